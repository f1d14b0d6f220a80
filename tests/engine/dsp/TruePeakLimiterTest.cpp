#include "dsp/TruePeakLimiter.h"

#include "DynamicsTestSupport.h"
#include "core/Decibels.h"
#include "support/TestSignals.h"

#include <ebur128.h>
#include <gtest/gtest.h>
#include <memory>
#include <random>

namespace lathe {
namespace {

using test::kRate;
constexpr std::size_t kBlock = 512;
constexpr double kCeilingDb = -1.0;
constexpr double kToleranceDb = 0.05;

std::unique_ptr<TruePeakLimiter> prepared(const LimiterSettings& settings = {}) {
    auto limiter = std::make_unique<TruePeakLimiter>(settings);
    limiter->prepare(kRate, kBlock, 2);
    return limiter;
}

// libebur128's true peak (its own 4x interpolator), in dBTP over all channels.
double libebur128TruePeakDb(const AudioBuffer& audio) {
    ebur128_state* state = ebur128_init(static_cast<unsigned>(audio.channelCount()), kRate, EBUR128_MODE_TRUE_PEAK);
    std::vector<float> interleaved(audio.frameCount() * audio.channelCount());
    for (std::size_t i = 0; i < audio.frameCount(); ++i)
        for (std::size_t c = 0; c < audio.channelCount(); ++c)
            interleaved[i * audio.channelCount() + c] = audio.channel(c)[i];
    ebur128_add_frames_float(state, interleaved.data(), audio.frameCount());
    double peak = 0.0;
    for (unsigned c = 0; c < audio.channelCount(); ++c) {
        double channelPeak = 0.0;
        ebur128_true_peak(state, c, &channelPeak);
        peak = std::max(peak, channelPeak);
    }
    ebur128_destroy(&state);
    return 20.0 * std::log10(peak);
}

// Limits `input` (plus enough silence to flush the look-ahead) and checks the output's
// true peak with two independent 4x measures.
AudioBuffer expectUnderCeiling(const AudioBuffer& input, const char* what, const LimiterSettings& settings = {}) {
    auto limiter = prepared(settings);
    const AudioBuffer tail = test::silence(0.1, kRate, input.channelCount());
    AudioBuffer audio = test::concatenate({&input, &tail});
    test::processInBlocks(*limiter, audio, kBlock);
    const test::ReferenceTruePeak reference;
    EXPECT_LE(reference.measureDb(audio), kCeilingDb + kToleranceDb) << what;
    EXPECT_LE(libebur128TruePeakDb(audio), kCeilingDb + kToleranceDb) << what;
    return audio;
}

AudioBuffer scaled(AudioBuffer audio, double gainDb) {
    for (std::size_t c = 0; c < audio.channelCount(); ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(c)[i] *= static_cast<float>(dbToGain(gainDb));
    return audio;
}

TEST(TruePeakLimiter, HotMaterialStaysUnderTheCeiling) {
    AudioBuffer hot = test::whiteNoise(0.5, 2.0, kRate, 2, 11);
    for (double frequencyHz : {55.0, 997.0, 5003.0, 15013.0, 19997.0}) {
        const AudioBuffer tone = test::sine(frequencyHz, 0.2, 2.0, kRate, 2, frequencyHz);
        for (std::size_t c = 0; c < 2; ++c)
            for (std::size_t i = 0; i < hot.frameCount(); ++i)
                hot.channel(c)[i] += tone.channel(c)[i];
    }
    // Peaks ~1.5 -> +12 dB over full scale is a x4 drive on top.
    const AudioBuffer driven = scaled(hot, 12.0);
    expectUnderCeiling(driven, "noise + sines +12 dB");

    LimiterSettings aggressive;  // the shortest attack (0 is raised to 1 ms), fast release
    aggressive.lookaheadMs = 0.0;
    aggressive.releaseMs = 5.0;
    expectUnderCeiling(driven, "noise + sines +12 dB, 0 ms look-ahead, 5 ms release", aggressive);
}

TEST(TruePeakLimiter, QuarterRateSineAtFortyFiveDegreesIsCaughtBetweenSamples) {
    // Samples sit at +-0.707 of the tone's peak: sample peak -3 dB, true peak 0 dB; +6 dB drive.
    const AudioBuffer tone = test::sine(kRate / 4.0, 2.0, 1.0, kRate, 2, std::numbers::pi / 4.0);
    const test::ReferenceTruePeak reference;
    ASSERT_GT(reference.measureDb(tone), 6.0);
    expectUnderCeiling(tone, "fs/4 at 45 degrees");
}

TEST(TruePeakLimiter, FullScaleSquareBurstsStayUnderTheCeiling) {
    std::mt19937 random(5);
    AudioBuffer bursts(2, static_cast<std::size_t>(kRate));
    std::size_t position = 0;
    for (int burst = 0; position + 2000 < bursts.frameCount(); ++burst) {
        const std::size_t halfPeriod = 1 + static_cast<std::size_t>(burst % 4);  // fs/2 .. fs/8
        const std::size_t length = 64 + random() % 512;
        for (std::size_t i = 0; i < length; ++i) {
            const float value = (i / halfPeriod) % 2 == 0 ? 1.0f : -1.0f;
            bursts.channel(0)[position + i] = value;
            bursts.channel(1)[position + i] = burst % 3 == 0 ? -value : value;
        }
        position += length + random() % 1500;
    }
    const test::ReferenceTruePeak reference;
    ASSERT_GT(reference.measureDb(bursts), 2.0);  // the bursts overshoot between samples
    expectUnderCeiling(bursts, "square bursts");
}

TEST(TruePeakLimiter, QuietSignalComesOutExactlyDelayedByTheLatency) {
    auto limiter = prepared();
    // 2 ms attack + the detector's 64-frame reconstruction delay + 4 frames around peaks.
    EXPECT_EQ(limiter->latencyFrames(), 88u + 64u + 4u);
    const AudioBuffer input = test::whiteNoise(dbToGain(-20.0), 1.0, kRate, 2, 9);
    AudioBuffer audio = input;
    test::processInBlocks(*limiter, audio, 333);  // block size need not divide anything
    const std::size_t latency = limiter->latencyFrames();
    for (std::size_t c = 0; c < 2; ++c) {
        for (std::size_t i = 0; i < latency; ++i)
            ASSERT_EQ(audio.channel(c)[i], 0.0f);
        for (std::size_t i = latency; i < audio.frameCount(); ++i)
            ASSERT_EQ(audio.channel(c)[i], input.channel(c)[i - latency]) << i;
    }
    EXPECT_EQ(limiter->gainReductionDb(), 0.0f);
}

TEST(TruePeakLimiter, BothChannelsGetTheSameGain) {
    auto limiter = prepared();
    AudioBuffer input = test::sine(997.0, dbToGain(6.0), 0.5, kRate);  // loud left
    const AudioBuffer quiet = test::whiteNoise(dbToGain(-20.0), 0.5, kRate, 1, 6);
    std::copy_n(quiet.channel(0), quiet.frameCount(), input.channel(1));
    AudioBuffer audio = input;
    test::processInBlocks(*limiter, audio, kBlock);
    const std::size_t latency = limiter->latencyFrames();
    std::size_t compared = 0;
    for (std::size_t i = latency; i < audio.frameCount(); ++i) {
        const float left = input.channel(0)[i - latency], right = input.channel(1)[i - latency];
        if (std::abs(left) < 0.1f || std::abs(right) < 0.01f)
            continue;
        ASSERT_NEAR(audio.channel(0)[i] / left, audio.channel(1)[i] / right, 1e-5) << i;
        ++compared;
    }
    EXPECT_GT(compared, audio.frameCount() / 4);
}

TEST(TruePeakLimiter, ReportsTheGainReductionOfASteadyOverload) {
    auto limiter = prepared();
    AudioBuffer audio = test::sine(997.0, dbToGain(6.0), 1.0, kRate);
    test::processInBlocks(*limiter, audio, kBlock);
    const double expectedDb = 6.0 - kCeilingDb + TruePeakLimiter::kDetectionMarginDb;
    EXPECT_NEAR(limiter->gainReductionDb(), expectedDb, 0.05);
    EXPECT_NEAR(test::peakDb(audio.channel(0), kRate / 2, kRate), kCeilingDb - TruePeakLimiter::kDetectionMarginDb,
                0.05);
}

TEST(TruePeakLimiter, InputGainDrivesTheLimiter) {
    LimiterSettings settings;
    settings.inputGainDb = 12.0;
    auto limiter = prepared(settings);
    AudioBuffer audio = test::sine(997.0, dbToGain(-6.0), 1.0, kRate);
    test::processInBlocks(*limiter, audio, kBlock);
    EXPECT_NEAR(limiter->gainReductionDb(), 6.0 - kCeilingDb + TruePeakLimiter::kDetectionMarginDb, 0.05);
}

// Frames after the end of the loud part until the reported reduction is below 1 dB.
std::size_t recoveryFrames(double loudSeconds) {
    auto limiter = prepared();
    const AudioBuffer loud = test::sine(997.0, dbToGain(10.0), loudSeconds, kRate);
    const AudioBuffer quiet = test::sine(997.0, dbToGain(-20.0), 2.0, kRate);
    AudioBuffer audio = test::concatenate({&loud, &quiet});
    std::size_t start = 0;
    for (; start < loud.frameCount() + limiter->latencyFrames(); start += kBlock)
        limiter->process(audio.view().slice(start, kBlock));
    std::size_t frames = 0;
    for (; start + kBlock <= audio.frameCount() && limiter->gainReductionDb() > 1.0f; start += kBlock) {
        limiter->process(audio.view().slice(start, kBlock));
        frames += kBlock;
    }
    return frames;
}

TEST(TruePeakLimiter, ReleasesTransientsFasterThanSustainedLimiting) {
    const std::size_t afterTransient = recoveryFrames(0.005);
    const std::size_t afterSustained = recoveryFrames(2.0);
    EXPECT_LT(afterTransient, static_cast<std::size_t>(0.3 * kRate));
    EXPECT_GT(afterSustained, 2 * afterTransient);
}

TEST(TruePeakLimiter, GainReturnsToExactlyOneAfterRelease) {
    auto limiter = prepared();
    const AudioBuffer loud = test::sine(997.0, dbToGain(6.0), 0.2, kRate);
    const AudioBuffer quiet = test::whiteNoise(dbToGain(-20.0), 4.0, kRate, 2, 4);
    AudioBuffer audio = test::concatenate({&loud, &quiet});
    test::processInBlocks(*limiter, audio, kBlock);
    const std::size_t latency = limiter->latencyFrames();
    for (std::size_t i = audio.frameCount() - kRate; i < audio.frameCount(); ++i)
        ASSERT_EQ(audio.channel(0)[i], quiet.channel(0)[i - latency - loud.frameCount()]) << i;
}

TEST(TruePeakLimiter, CeilingChangesGlideAndAreHonoured) {
    auto limiter = prepared();
    AudioBuffer audio = scaled(test::whiteNoise(1.0, 1.0, kRate, 2, 8), 6.0);
    const std::size_t half = audio.frameCount() / 2 / kBlock * kBlock;
    for (std::size_t start = 0; start < audio.frameCount(); start += kBlock) {
        if (start == half) {
            LimiterSettings lower;
            lower.ceilingDbtp = -6.0;
            limiter->setSettings(lower);
        }
        limiter->process(audio.view().slice(start, std::min(kBlock, audio.frameCount() - start)));
    }
    const test::ReferenceTruePeak reference;
    EXPECT_LE(reference.measureDb(audio.channel(0), half), kCeilingDb + kToleranceDb);
    const std::size_t settled = half + static_cast<std::size_t>(2 * TruePeakLimiter::kParameterRampSeconds * kRate);
    EXPECT_LE(reference.measureDb(audio.channel(0) + settled, audio.frameCount() - settled), -6.0 + kToleranceDb);
    EXPECT_GT(test::peakDb(audio.channel(0), half + 10, settled), -6.0);  // glides, not a step
}

}  // namespace
}  // namespace lathe
