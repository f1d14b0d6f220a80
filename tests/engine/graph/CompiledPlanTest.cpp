// The compiled plan: placement, fades, latency compensation, and the offline driver.

#include "../playback/PlaybackTestProject.h"

#include "graph/CompiledPlan.h"
#include "graph/FadeGain.h"
#include "graph/GraphDescription.h"
#include "render/PlanRenderer.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

using test::kTestRate;

constexpr std::size_t kBlock = 256;

Project impulseAlbum(const test::TempDir& dir, bool limitFirstTrack) {
    AudioBuffer impulse(2, 4410);
    impulse.channel(0)[100] = impulse.channel(1)[100] = 0.25f;
    test::writeAudioFile(dir / "a.wav", impulse, kTestRate, SampleFormat::Float32);
    test::writeAudioFile(dir / "b.wav", impulse, kTestRate, SampleFormat::Float32);
    Project project;
    project.album.sampleRate = kTestRate;
    Track a;
    a.source = dir / "a.wav";
    a.pregapSeconds = 0.0;
    if (limitFirstTrack)
        a.chain.modules.push_back({LimiterSettings{}, true});
    Track b = a;
    b.source = dir / "b.wav";
    b.chain = {};
    b.pregapSeconds = 0.05;
    project.tracks = {a, b};
    return project;
}

std::size_t firstNonZero(const AudioBuffer& audio, std::size_t from = 0) {
    for (std::size_t i = from; i < audio.frameCount(); ++i)
        if (audio.channel(0)[i] != 0.0f)
            return i;
    return audio.frameCount();
}

TEST(GraphDescription, PlacesTracksAfterTheirPregaps) {
    const test::TempDir dir;
    const GraphDescription graph = describeProject(impulseAlbum(dir, false));
    ASSERT_EQ(graph.tracks.size(), 2u);
    EXPECT_EQ(graph.tracks[0].source.startFrame, 0);
    EXPECT_EQ(graph.tracks[0].source.lengthFrames, 4410);
    EXPECT_EQ(graph.tracks[1].source.startFrame, 4410 + 2205);
    EXPECT_EQ(graph.lengthFrames, 4410 + 2205 + 4410);
    // At another rate the places scale with it.
    const GraphDescription at48k = describeProject(impulseAlbum(dir, false), 48000);
    EXPECT_EQ(at48k.tracks[1].source.startFrame, 4800 + 2400);
}

TEST(GraphDescription, ACrossfadeOverlapsThePreviousTracksEndAndBothFadesCrossIt) {
    const test::TempDir dir;
    Project project = impulseAlbum(dir, false);
    project.tracks[1].pregapSeconds = 0.0;
    project.tracks[1].crossfadeSeconds = 0.02;
    project.tracks[0].fadeOut = {0.02, FadeCurve::EqualPower};
    project.tracks[1].fadeIn = {0.02, FadeCurve::EqualPower};
    const GraphDescription graph = describeProject(project);
    EXPECT_EQ(graph.tracks[1].source.startFrame, 4410 - 882);
    EXPECT_EQ(graph.tracks[0].fadeOut.frames, 882);
    EXPECT_EQ(graph.tracks[1].fadeIn.frames, 882);
    EXPECT_EQ(graph.lengthFrames, 2 * 4410 - 882);
}

TEST(CompiledPlan, EmptyChainsPlaceTheSourcesBitExactly) {
    const test::TempDir dir;
    CompiledPlan plan(describeProject(impulseAlbum(dir, false)), kBlock);
    EXPECT_EQ(plan.latencyFrames(), 0u);
    const AudioBuffer out = PlanRenderer(plan, kBlock).renderMaster(0, 12000);
    EXPECT_EQ(firstNonZero(out), 100u);
    EXPECT_EQ(out.channel(0)[100], 0.25f);
    EXPECT_EQ(firstNonZero(out, 101), 4410u + 2205u + 100u);
    EXPECT_EQ(out.channel(1)[4410 + 2205 + 100], 0.25f);
}

TEST(CompiledPlan, CompensatesTheSlowestTrackChainOnEveryTrackAndOnSourceA) {
    const test::TempDir dir;
    CompiledPlan plan(describeProject(impulseAlbum(dir, true)), kBlock);
    const std::size_t latency = plan.latencyFrames();
    ASSERT_GT(latency, 0u);
    AudioBuffer master(2, 12000);
    AudioBuffer mix(2, 12000);
    PlanRenderer(plan, kBlock).render(0, 12000, [&](std::int64_t frame, const AudioView& a, const AudioView& b) {
        for (std::size_t c = 0; c < 2; ++c) {
            std::copy_n(a.channel(c), a.frameCount(), mix.channel(c) + frame);
            std::copy_n(b.channel(c), b.frameCount(), master.channel(c) + frame);
        }
    });
    // Track 2 has no chain, yet its impulse comes out `latency` late, like track 1's.
    const std::size_t second = 4410 + 2205 + 100 + latency;
    EXPECT_EQ(master.channel(0)[second], 0.25f);
    EXPECT_EQ(firstNonZero(master, 4410 + latency), second);
    // Track 1's limiter lets the quiet impulse through, delayed by its look-ahead.
    EXPECT_NEAR(master.channel(0)[100 + latency], 0.25f, 1e-6f);
    // Source A (no chains) is aligned with B.
    EXPECT_EQ(firstNonZero(mix), 100 + latency);
    EXPECT_EQ(mix.channel(0)[second], 0.25f);
}

TEST(CompiledPlan, FadesFollowTheirCurvesAfterTheChain) {
    const test::TempDir dir;
    AudioBuffer dc(2, kTestRate);
    for (std::size_t c = 0; c < 2; ++c)
        std::fill_n(dc.channel(c), dc.frameCount(), 0.5f);
    test::writeAudioFile(dir / "dc.wav", dc, kTestRate, SampleFormat::Float32);
    Project project;
    project.album.sampleRate = kTestRate;
    project.tracks.resize(1);
    project.tracks[0].source = dir / "dc.wav";
    project.tracks[0].pregapSeconds = 0.0;
    project.tracks[0].fadeIn = {0.1, FadeCurve::EqualPower};
    project.tracks[0].fadeOut = {0.2, FadeCurve::Linear};
    CompiledPlan plan(describeProject(project), kBlock);
    const AudioBuffer out = PlanRenderer(plan, kBlock).renderMaster(0, kTestRate);
    const FadeGain fades({FadeCurve::EqualPower, 4410}, {FadeCurve::Linear, 8820}, kTestRate);
    for (const std::size_t i : {0u, 2205u, 4409u, 4410u, 22050u, 35280u, 40000u, 44099u})
        EXPECT_FLOAT_EQ(out.channel(0)[i], 0.5f * fades.at(static_cast<std::int64_t>(i))) << i;
    EXPECT_NEAR(out.channel(0)[2205], 0.5f * std::sin(0.25 * 3.14159265), 1e-3f);  // half-way, equal power
    EXPECT_NEAR(out.channel(0)[44100 - 4410], 0.5f * 0.5f, 1e-3f);                  // half-way, linear
    EXPECT_FLOAT_EQ(out.channel(0)[22050], 0.5f);
}

TEST(CompiledPlan, TheSameBlocksGiveTheSameSamplesEveryRun) {
    const test::TempDir dir;
    const GraphDescription graph = describeProject(test::makeTestAlbum(dir));
    CompiledPlan first(graph, kBlock);
    CompiledPlan second(graph, kBlock);
    const AudioBuffer a = PlanRenderer(first, kBlock).renderMaster(0, 3 * kTestRate);
    const AudioBuffer b = PlanRenderer(second, kBlock).renderMaster(0, 3 * kTestRate);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < a.frameCount(); ++i)
            ASSERT_EQ(a.channel(c)[i], b.channel(c)[i]) << i;
    EXPECT_GT(test::largestStep(a), 0.0f);
}

TEST(CompiledPlan, ATrackGainGlidesInsteadOfJumping) {
    const test::TempDir dir;
    CompiledPlan plan(describeProject(test::makeSineAlbum(dir, 1.0, 0.5, 100.0)), kBlock);
    AudioBuffer out(2, 8192);
    std::int64_t frame = 0;
    PlanRenderer renderer(plan, kBlock);
    renderer.render(0, 4096, [&](std::int64_t at, const AudioView&, const AudioView& b) {
        std::copy_n(b.channel(0), b.frameCount(), out.channel(0) + at);
        frame = at + static_cast<std::int64_t>(b.frameCount());
    });
    plan.setTrackGainDb(0, -20.0);
    renderer.render(frame, 4096, [&](std::int64_t at, const AudioView&, const AudioView& b) {
        std::copy_n(b.channel(0), b.frameCount(), out.channel(0) + at);
    });
    // 100 Hz at 0.5: at most ~0.0071 per sample; a jump to -20 dB would be far more.
    float largest = 0.0f;
    for (std::size_t i = 1; i < 8192; ++i)
        largest = std::max(largest, std::abs(out.channel(0)[i] - out.channel(0)[i - 1]));
    EXPECT_LT(largest, 0.0075f);
    float lastPeak = 0.0f;
    for (std::size_t i = 8192 - 882; i < 8192; ++i)
        lastPeak = std::max(lastPeak, std::abs(out.channel(0)[i]));
    EXPECT_NEAR(lastPeak, 0.05f, 0.002f);
}

}  // namespace
}  // namespace lathe
