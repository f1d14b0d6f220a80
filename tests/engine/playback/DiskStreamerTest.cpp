// The disk streamer hands the audio thread exactly what the source reader reads, across
// seeks, resampling, and tracks far beyond its pool.

#include "PlaybackTestProject.h"

#include "graph/GraphDescription.h"
#include "graph/SourceBlock.h"
#include "playback/DiskStreamer.h"
#include "playback/SourceReader.h"
#include "core/RtGuard.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace lathe {
namespace {

using test::kTestRate;

constexpr std::size_t kBlock = 512;
constexpr std::chrono::milliseconds kPrimeTimeout{5000};

// Reads [from, from + frames) of every track through the streamer as the audio thread
// would, waiting (test only) for the streamer between blocks.
AudioBuffer streamTrack(DiskStreamer& streamer, const GraphDescription& graph, std::size_t track,
                        std::int64_t from, std::int64_t frames) {
    SourceBlock block(graph.tracks.size(), kBlock);
    AudioBuffer out(2, static_cast<std::size_t>(frames));
    for (std::int64_t done = 0; done < frames;) {
        const auto count = static_cast<std::size_t>(std::min<std::int64_t>(kBlock, frames - done));
        streamer.fill(from + done, block, count);
        const AudioView view = block.track(track, count);
        for (std::size_t c = 0; c < 2; ++c)
            std::copy_n(view.channel(c), count, out.channel(c) + done);
        done += static_cast<std::int64_t>(count);
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return out;
}

AudioBuffer readDirectly(const SourceSegment& segment, int rate, std::int64_t from, std::int64_t frames) {
    SourceReader reader(segment, rate);
    reader.seek(from);
    AudioBuffer out(2, static_cast<std::size_t>(frames));
    reader.read(out.view());
    return out;
}

void expectEqual(const AudioBuffer& a, const AudioBuffer& b) {
    ASSERT_EQ(a.frameCount(), b.frameCount());
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < a.frameCount(); ++i)
            ASSERT_EQ(a.channel(c)[i], b.channel(c)[i]) << "channel " << c << " frame " << i;
}

TEST(DiskStreamer, DeliversTheSourceReadersSamplesFromTheStartAndAfterASeek) {
    const test::TempDir dir;
    const GraphDescription graph = describeProject(test::makeTestAlbum(dir, 2.0, 0.0));
    DiskStreamer streamer(graph);
    streamer.start(0);
    ASSERT_TRUE(streamer.waitUntilPrimed(kPrimeTimeout));
    expectEqual(streamTrack(streamer, graph, 0, 0, 20000), readDirectly(graph.tracks[0].source, kTestRate, 0, 20000));

    const std::int64_t target = graph.tracks[1].source.startFrame + 30000;
    streamer.seek(target);
    ASSERT_TRUE(streamer.waitUntilPrimed(kPrimeTimeout));
    expectEqual(streamTrack(streamer, graph, 1, target, 20000),
                readDirectly(graph.tracks[1].source, kTestRate, 30000, 20000));
    EXPECT_EQ(streamer.underruns(), 0u);
    EXPECT_TRUE(streamer.error().empty());
}

TEST(DiskStreamer, ResamplesASourceToTheEngineRate) {
    const test::TempDir dir;
    test::writeAudioFile(dir / "48k.wav", test::sine(1000.0, 0.5, 1.0, 48000), 48000, SampleFormat::Float32);
    Project project;
    project.album.sampleRate = kTestRate;
    project.tracks.resize(1);
    project.tracks[0].source = dir / "48k.wav";
    project.tracks[0].pregapSeconds = 0.0;
    const GraphDescription graph = describeProject(project);
    ASSERT_EQ(graph.tracks[0].source.lengthFrames, kTestRate);
    DiskStreamer streamer(graph);
    streamer.start(0);
    ASSERT_TRUE(streamer.waitUntilPrimed(kPrimeTimeout));
    const AudioBuffer streamed = streamTrack(streamer, graph, 0, 0, 30000);
    expectEqual(streamed, readDirectly(graph.tracks[0].source, kTestRate, 0, 30000));
    // And it is the 1 kHz sine at 44.1 kHz.
    const AudioBuffer reference = test::sine(1000.0, 0.5, 1.0, kTestRate);
    for (std::size_t i = 1000; i < 29000; ++i)
        ASSERT_NEAR(streamed.channel(0)[i], reference.channel(0)[i], 1e-3f) << i;
}

TEST(DiskStreamer, FillingAndSeekingOnTheAudioThreadNeverAllocate) {
    const test::TempDir dir;
    const GraphDescription graph = describeProject(test::makeTestAlbum(dir, 1.0, 0.0));
    DiskStreamer streamer(graph);
    streamer.start(0);
    ASSERT_TRUE(streamer.waitUntilPrimed(kPrimeTimeout));
    SourceBlock block(graph.tracks.size(), kBlock);
    const std::size_t before = RtGuard::allocationsInCallback();
    const std::size_t locksBefore = RtGuard::locksInCallback();
    for (std::int64_t frame = 0; frame < graph.lengthFrames; frame += kBlock) {
        {
            const RtGuard::Scope audioThread;  // counts this thread's allocations only
            if (frame == 10 * static_cast<std::int64_t>(kBlock))
                streamer.seek(frame);
            streamer.fill(frame, block, kBlock);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(300));
    }
    EXPECT_TRUE(RtGuard::counting());
    EXPECT_EQ(RtGuard::allocationsInCallback() - before, 0u);
    EXPECT_EQ(RtGuard::locksInCallback() - locksBefore, 0u);
}

}  // namespace
}  // namespace lathe
