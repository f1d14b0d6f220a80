// The meter taps measure what the device receives and hand fixed-size frames to the UI.

#include "PlaybackTestProject.h"

#include "core/RtGuard.h"
#include "playback/MeterTaps.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lathe {
namespace {

using test::kTestRate;

MeterFrame lastMeter(MeterTaps& taps) {
    MeterFrame frame;
    MeterFrame last;
    while (taps.popMeter(frame))
        last = frame;
    return last;
}

void feed(MeterTaps& taps, AudioBuffer& audio, std::size_t block = 256) {
    for (std::size_t done = 0; done < audio.frameCount(); done += block) {
        const std::size_t count = std::min(block, audio.frameCount() - done);
        taps.process(audio.view().slice(done, count), static_cast<std::int64_t>(done + count), GainReductions{1.5f, {}});
        MeterFrame drop;
        if (done % (block * 16) == 0)
            while (taps.popMeter(drop)) {
            }
    }
}

TEST(MeterTaps, ASineAtMinus18DbfsReadsMinus18Lufs) {
    MeterTaps taps;
    taps.prepare(kTestRate);
    AudioBuffer sine = test::sine(997.0, std::pow(10.0, -18.0 / 20.0), 4.0, kTestRate);
    feed(taps, sine);
    const MeterFrame frame = lastMeter(taps);
    EXPECT_NEAR(frame.momentaryLufs, -18.0f, 0.2f);
    EXPECT_NEAR(frame.shortTermLufs, -18.0f, 0.2f);
    EXPECT_NEAR(frame.samplePeakDb[0], -18.0f, 0.05f);
    EXPECT_NEAR(frame.truePeakDb[1], -18.0f, 0.1f);
    EXPECT_NEAR(frame.correlation, 1.0f, 1e-3f);
    EXPECT_EQ(frame.gainReductionDb, 1.5f);
}

TEST(MeterTaps, OppositeChannelsCorrelateNegativelyAndSilenceReadsMinusInfinity) {
    MeterTaps taps;
    taps.prepare(kTestRate);
    AudioBuffer sine = test::sine(500.0, 0.5, 1.0, kTestRate);
    for (std::size_t i = 0; i < sine.frameCount(); ++i)
        sine.channel(1)[i] = -sine.channel(0)[i];
    feed(taps, sine);
    EXPECT_NEAR(lastMeter(taps).correlation, -1.0f, 1e-3f);
    AudioBuffer silence(2, 4 * kTestRate);
    feed(taps, silence);
    const MeterFrame quiet = lastMeter(taps);
    EXPECT_TRUE(std::isinf(quiet.momentaryLufs) && quiet.momentaryLufs < 0);
    EXPECT_TRUE(std::isinf(quiet.samplePeakDb[0]) && quiet.samplePeakDb[0] < 0);
}

TEST(MeterTaps, EachSpectrumPeaksAtItsSinesBinAndLevel) {
    MeterTaps taps;
    taps.prepare(kTestRate);
    const double binHz = static_cast<double>(kTestRate) / SpectrumFrame::kFftSize;
    AudioBuffer mix = test::sine(100 * binHz, 0.5, 0.5, kTestRate);
    AudioBuffer master = test::sine(300 * binHz, 0.25, 0.5, kTestRate);
    constexpr std::size_t block = 256;
    for (std::size_t done = 0; done < mix.frameCount(); done += block) {
        const std::size_t count = std::min(block, mix.frameCount() - done);
        taps.processSpectra(mix.view().slice(done, count), master.view().slice(done, count),
                            static_cast<std::int64_t>(done + count));
    }
    SpectrumFrame frame;
    SpectrumFrame last;
    int frames = 0;
    while (taps.popSpectrum(frame)) {
        last = frame;
        ++frames;
    }
    ASSERT_GT(frames, 0);
    EXPECT_EQ(last.position, static_cast<std::int64_t>(mix.frameCount() / 1024 * 1024));
    const auto peakOf = [](const auto& bins) { return std::max_element(bins.begin(), bins.end()) - bins.begin(); };
    EXPECT_EQ(peakOf(last.mixDb), 100);
    EXPECT_EQ(peakOf(last.masterDb), 300);
    EXPECT_NEAR(last.mixDb[100], 20.0f * std::log10(0.5f), 0.05f);
    EXPECT_NEAR(last.masterDb[300], 20.0f * std::log10(0.25f), 0.05f);
}

TEST(MeterTaps, MeasuringNeverAllocates) {
    MeterTaps taps;
    taps.prepare(kTestRate);
    AudioBuffer noise = test::whiteNoise(0.5, 1.0, kTestRate, 2, 5);
    const std::size_t before = RtGuard::allocationsInCallback();
    const std::size_t locksBefore = RtGuard::locksInCallback();
    {
        const RtGuard::Scope audioThread;
        for (std::size_t done = 0; done + 256 <= noise.frameCount(); done += 256) {
            const AudioView block = noise.view().slice(done, 256);
            taps.process(block, static_cast<std::int64_t>(done + 256), GainReductions{});
            taps.processSpectra(block, block, static_cast<std::int64_t>(done + 256));
        }
    }
    EXPECT_EQ(RtGuard::allocationsInCallback() - before, 0u);
    EXPECT_EQ(RtGuard::locksInCallback() - locksBefore, 0u);
}

}  // namespace
}  // namespace lathe
