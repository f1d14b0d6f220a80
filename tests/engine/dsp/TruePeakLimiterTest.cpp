#include "dsp/TruePeakLimiter.h"

#include "DynamicsTestSupport.h"
#include "core/Decibels.h"
#include "demo/DemoLevels.h"
#include "demo/DemoSongs.h"
#include "demo/SongRenderer.h"
#include "support/TestSignals.h"

#include <ebur128.h>
#include <gtest/gtest.h>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>
#include <string>

namespace lathe {
namespace {

using test::kRate;
constexpr std::size_t kBlock = 512;
constexpr double kCeilingDb = -1.0;

std::unique_ptr<TruePeakLimiter> prepared(const LimiterSettings& settings = {}, int rate = kRate) {
    auto limiter = std::make_unique<TruePeakLimiter>(settings);
    limiter->prepare(rate, kBlock, 2);
    return limiter;
}

// libebur128's true peak (its own 4x interpolator), in dBTP over all channels.
double libebur128TruePeakDb(const AudioBuffer& audio, int rate) {
    ebur128_state* state = ebur128_init(static_cast<unsigned>(audio.channelCount()), static_cast<unsigned long>(rate),
                                        EBUR128_MODE_TRUE_PEAK);
    const std::vector<float> interleaved = test::interleave(audio);
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

AudioBuffer scaled(AudioBuffer audio, double gainDb) {
    for (std::size_t c = 0; c < audio.channelCount(); ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(c)[i] *= static_cast<float>(dbToGain(gainDb));
    return audio;
}

// Driven by `driveDb` and clipped hard at full scale, as a smashed mix is: dense flat tops
// whose edges ring far between the samples.
AudioBuffer drivenAndClipped(AudioBuffer audio, double driveDb) {
    audio = scaled(std::move(audio), driveDb);
    for (std::size_t c = 0; c < audio.channelCount(); ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(c)[i] = std::clamp(audio.channel(c)[i], -1.0f, 1.0f);
    return audio;
}

struct Limited {
    AudioBuffer audio;
    double referenceDb = 0.0;   // the test's own long windowed-sinc 4x interpolator
    double libebur128Db = 0.0;  // libebur128's EBUR128_MODE_TRUE_PEAK
    double safetyFraction = 0.0;
};

// Limits `input` (plus enough silence to flush the look-ahead) and checks the output's
// true peak with two independent 4x measures: neither may read above the ceiling.
Limited expectUnderCeiling(const AudioBuffer& input, const std::string& what, LimiterSettings settings = {},
                           int rate = kRate) {
    auto limiter = prepared(settings, rate);
    const AudioBuffer tail = test::silence(0.02, rate, input.channelCount());
    Limited result;
    result.audio = test::concatenate({&input, &tail});
    test::processInBlocks(*limiter, result.audio, kBlock);
    const test::ReferenceTruePeak reference;
    result.referenceDb = reference.measureDb(result.audio);
    result.libebur128Db = libebur128TruePeakDb(result.audio, rate);
    const TruePeakSafetyStage& safety = limiter->safetyStage(0);
    result.safetyFraction = static_cast<double>(safety.framesReduced()) / static_cast<double>(safety.framesProcessed());
    EXPECT_LE(result.referenceDb, settings.ceilingDbtp) << what;
    EXPECT_LE(result.libebur128Db, settings.ceilingDbtp) << what;
    std::printf("%-40s ceiling %5.1f: reference %+.4f, libebur128 %+.4f dB over; safety on %.2f%% of frames, "
                "%.3f dB deep\n",
                what.c_str(), settings.ceilingDbtp, result.referenceDb - settings.ceilingDbtp,
                result.libebur128Db - settings.ceilingDbtp, 100.0 * result.safetyFraction, safety.maxReductionDb());
    return result;
}

constexpr int kRates[] = {44100, 48000};
constexpr double kCeilingsDbtp[] = {-0.1, -1.0, -3.0};

// Every rate and ceiling of the contract, on `material(rate)`.
template <typename Material>
void expectUnderEveryCeiling(const std::string& what, Material&& material) {
    for (const int rate : kRates) {
        const AudioBuffer input = material(rate);
        for (const double ceiling : kCeilingsDbtp) {
            LimiterSettings settings;
            settings.ceilingDbtp = ceiling;
            expectUnderCeiling(input, what + " @" + std::to_string(rate), settings, rate);
        }
    }
}

constexpr double kDrivesDb[] = {12.0, 18.0, 24.0};
constexpr double kNoiseSeconds = 0.4;

TEST(TruePeakLimiter, DrivenNoiseStaysUnderEveryCeiling) {
    for (const double drive : kDrivesDb) {
        const std::string gain = " +" + std::to_string(static_cast<int>(drive)) + " dB";
        expectUnderEveryCeiling("white noise" + gain, [drive](int rate) {
            return scaled(test::whiteNoise(1.0, kNoiseSeconds, rate, 2, 11), drive);
        });
        expectUnderEveryCeiling("pink noise" + gain, [drive](int rate) {
            return scaled(test::pinkNoise(1.0, kNoiseSeconds, rate, 2, 12), drive);
        });
        expectUnderEveryCeiling("clipped white noise" + gain, [drive](int rate) {
            return drivenAndClipped(test::whiteNoise(1.0, kNoiseSeconds, rate, 2, 13), drive);
        });
        expectUnderEveryCeiling("clipped pink noise" + gain, [drive](int rate) {
            return drivenAndClipped(test::pinkNoise(1.0, kNoiseSeconds, rate, 2, 14), drive);
        });
    }
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
    expectUnderCeiling(driven, "noise + sines +12 dB, 0 ms, 5 ms release", aggressive);
}

TEST(TruePeakLimiter, QuarterRateSineAtFortyFiveDegreesIsCaughtBetweenSamples) {
    // Samples sit at +-0.707 of the tone's peak: sample peak -3 dB, true peak 0 dB; +6 dB drive.
    const test::ReferenceTruePeak reference;
    ASSERT_GT(reference.measureDb(test::sine(kRate / 4.0, 2.0, 0.1, kRate, 2, std::numbers::pi / 4.0)), 6.0);
    expectUnderEveryCeiling("fs/4 at 45 degrees", [](int rate) {
        return test::sine(rate / 4.0, 2.0, 0.5, rate, 2, std::numbers::pi / 4.0);
    });
}

AudioBuffer squareBursts(int rate) {
    std::mt19937 random(5);
    AudioBuffer bursts(2, static_cast<std::size_t>(rate / 2));
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
    return bursts;
}

TEST(TruePeakLimiter, FullScaleSquareBurstsStayUnderTheCeiling) {
    const test::ReferenceTruePeak reference;
    ASSERT_GT(reference.measureDb(squareBursts(kRate)), 2.0);  // the bursts overshoot between samples
    expectUnderEveryCeiling("square bursts", squareBursts);
}

// `seconds` of the demo song `title` from `fromSeconds`, rendered and levelled at `rate`.
AudioBuffer demoExcerpt(const std::string& title, int rate, double fromSeconds, double seconds) {
    for (const demo::SongDescription& song : demo::demoSongs()) {
        if (song.title != title)
            continue;
        const AudioBuffer mix = demo::levelMix(demo::SongRenderer(song, rate).render(), rate, song.mixLevel,
                                               song.targetLufs);
        const auto from = std::min(static_cast<std::size_t>(fromSeconds * rate), mix.frameCount());
        AudioBuffer excerpt(2, std::min(static_cast<std::size_t>(seconds * rate), mix.frameCount() - from));
        for (std::size_t c = 0; c < 2; ++c)
            std::copy_n(mix.channel(c) + from, excerpt.frameCount(), excerpt.channel(c));
        return excerpt;
    }
    ADD_FAILURE() << "no demo song " << title;
    return AudioBuffer(2, 1);
}

// The loudest part of the demo album's hot, clipped track.
AudioBuffer redLine(int rate) { return demoExcerpt("Red Line", rate, 9.0, 3.0); }

TEST(TruePeakLimiter, TransientRichHotMixStaysUnderTheCeiling) {
    for (const int rate : kRates) {
        const AudioBuffer mix = redLine(rate);
        for (const double driveDb : {0.0, 6.0})
            for (const double ceiling : kCeilingsDbtp) {
                LimiterSettings settings;
                settings.ceilingDbtp = ceiling;
                settings.inputGainDb = driveDb;
                expectUnderCeiling(mix, "Red Line +" + std::to_string(static_cast<int>(driveDb)) + " dB @" +
                                            std::to_string(rate), settings, rate);
            }
    }
}

// On ordinary music the safety stage is a backstop, not a second limiter: mastering the
// demo's normally mixed songs hard (+6 dB into -1 dBTP) it acts on a small fraction of
// the frames, by hundredths of a dB.
TEST(TruePeakLimiter, SafetyStageRarelyActsOnMusic) {
    for (const char* title : {"First Light"}) {
        const AudioBuffer mix = demoExcerpt(title, kRate, 0.0, 20.0);
        LimiterSettings settings;
        settings.inputGainDb = 6.0;
        auto limiter = prepared(settings);
        AudioBuffer audio = mix;
        test::processInBlocks(*limiter, audio, kBlock);
        const TruePeakSafetyStage& safety = limiter->safetyStage(0);
        const double fraction = static_cast<double>(safety.framesReduced()) / static_cast<double>(safety.framesProcessed());
        std::printf("%s +6 dB into -1 dBTP: safety stage on %.3f%% of frames, at most %.4f dB\n", title,
                    100.0 * fraction, safety.maxReductionDb());
        EXPECT_LT(fraction, 0.01) << title;
        EXPECT_LT(safety.maxReductionDb(), 0.1f) << title;
        EXPECT_GT(std::max(test::peakDb(audio.channel(0), 0, audio.frameCount()),
                           test::peakDb(audio.channel(1), 0, audio.frameCount())),
                  -1.5)
            << title;  // it was limited, not turned down
    }
}

TEST(TruePeakLimiter, QuietSignalComesOutExactlyDelayedByTheLatency) {
    auto limiter = prepared();
    // Main stage: 2 ms attack + the detector's 64-frame reconstruction delay + 4 frames
    // around peaks. Safety stage: its detector's 64 frames + 0.5 ms attack + 8 frames.
    EXPECT_EQ(limiter->latencyFrames(), (88u + 64u + 4u) + (64u + 22u + 8u));
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
    const std::size_t frames = audio.frameCount();
    EXPECT_LE(reference.measureDb(audio.channel(0), frames, 0, half), kCeilingDb);
    const std::size_t settled = half + static_cast<std::size_t>(2 * TruePeakLimiter::kParameterRampSeconds * kRate);
    // Up to where the stream is cut off: its last points would be reconstructed from silence.
    const std::size_t measured = frames - test::ReferenceTruePeak::kHalfTaps;
    EXPECT_LE(reference.measureDb(audio.channel(0), frames, settled, measured), -6.0);
    EXPECT_GT(test::peakDb(audio.channel(0), half + 10, settled), -6.0);  // glides, not a step
}

}  // namespace
}  // namespace lathe
