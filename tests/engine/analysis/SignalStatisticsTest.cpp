#include "analysis/SignalStatistics.h"
#include "io/AudioFileInfo.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include <numbers>

namespace lathe {
namespace {

constexpr int kSampleRate = 44100;

SignalStatistics measure(const AudioBuffer& audio, float clipLevel = 1.0f) {
    SignalStatistics statistics(audio.channelCount(), clipLevel);
    const std::vector<float> samples = test::interleave(audio);
    statistics.processInterleaved(samples.data(), audio.frameCount());
    return statistics;
}

TEST(SignalStatistics, SamplePeakAndDcOffsetPerChannel) {
    AudioBuffer audio = test::sine(1000.0, 0.5, 1.0, kSampleRate, 2);
    for (std::size_t i = 0; i < audio.frameCount(); ++i) {
        audio.channel(0)[i] += 0.01f;
        audio.channel(1)[i] = audio.channel(1)[i] * 0.25f - 0.002f;
    }
    const SignalStatistics statistics = measure(audio);
    EXPECT_NEAR(statistics.samplePeak(0), 0.51, 1e-4);
    EXPECT_NEAR(statistics.samplePeak(1), 0.127, 1e-4);
    EXPECT_NEAR(statistics.dcOffset(0), 0.01, 1e-6);
    EXPECT_NEAR(statistics.dcOffset(1), -0.002, 1e-6);
}

TEST(SignalStatistics, PhaseCorrelation) {
    const AudioBuffer same = test::sine(1000.0, 0.5, 1.0, kSampleRate, 2);
    EXPECT_NEAR(measure(same).phaseCorrelation().value(), 1.0, 1e-9);

    AudioBuffer inverted = same;
    for (std::size_t i = 0; i < inverted.frameCount(); ++i)
        inverted.channel(1)[i] = -inverted.channel(1)[i];
    EXPECT_NEAR(measure(inverted).phaseCorrelation().value(), -1.0, 1e-9);

    // A quarter period apart: sine against cosine.
    AudioBuffer quadrature = same;
    const AudioBuffer cosine = test::sine(1000.0, 0.5, 1.0, kSampleRate, 1, std::numbers::pi / 2.0);
    std::copy_n(cosine.channel(0), cosine.frameCount(), quadrature.channel(1));
    EXPECT_NEAR(measure(quadrature).phaseCorrelation().value(), 0.0, 1e-3);

    EXPECT_NEAR(measure(test::whiteNoise(0.5, 1.0, kSampleRate, 2, 5)).phaseCorrelation().value(), 0.0, 0.02);
}

TEST(SignalStatistics, MonoCorrelatesFullyAndSilenceNotAtAll) {
    EXPECT_EQ(measure(test::sine(1000.0, 0.5, 0.5, kSampleRate, 1)).phaseCorrelation(), 1.0);
    EXPECT_FALSE(measure(test::silence(0.5, kSampleRate, 2)).phaseCorrelation());
    AudioBuffer oneSided = test::sine(1000.0, 0.5, 0.5, kSampleRate, 2);
    std::fill_n(oneSided.channel(1), oneSided.frameCount(), 0.0f);
    EXPECT_FALSE(measure(oneSided).phaseCorrelation());
}

TEST(SignalStatistics, CountsSamplesAtOrBeyondTheClipLevel) {
    AudioBuffer audio = test::silence(0.01, kSampleRate, 2);
    audio.channel(0)[3] = 1.0f;
    audio.channel(0)[4] = -1.0f;
    audio.channel(1)[5] = 1.5f;
    audio.channel(1)[6] = 0.9999f;
    EXPECT_EQ(measure(audio).clippedSamples(), 3u);
    EXPECT_EQ(measure(audio, 0.9999f).clippedSamples(), 4u);
}

TEST(SignalStatistics, ClipLevelIsTheExtremeCodeOfIntegerFiles) {
    AudioFileInfo info;
    info.bitsPerSample = 16;
    EXPECT_EQ(SignalStatistics::clipLevelFor(info), 32767.0f / 32768.0f);
    info.bitsPerSample = 24;
    EXPECT_EQ(SignalStatistics::clipLevelFor(info), 8388607.0f / 8388608.0f);
    info.bitsPerSample = 0;
    info.isFloat = true;
    EXPECT_EQ(SignalStatistics::clipLevelFor(info), 1.0f);
}

}  // namespace
}  // namespace lathe
