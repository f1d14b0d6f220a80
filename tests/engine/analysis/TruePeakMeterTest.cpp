#include "analysis/TruePeakMeter.h"
#include "core/Decibels.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include <numbers>

namespace lathe {
namespace {

constexpr int kRate48k = 48000;
constexpr int kRate44k = 44100;

float measure(const AudioBuffer& audio) {
    TruePeakMeter meter(audio.channelCount());
    const std::vector<float> samples = test::interleave(audio);
    meter.processInterleaved(samples.data(), audio.frameCount());
    meter.finish();
    return meter.peak();
}

double degrees(double value) { return value * std::numbers::pi / 180.0; }

// An abrupt start or end is a step, and a step overshoots once band-limited (as it
// would from a converter); raised-cosine edges keep a test tone's crest its own.
AudioBuffer withSoftEdges(AudioBuffer audio, int sampleRate) {
    constexpr double kEdgeSeconds = 0.02;
    const auto edge = static_cast<std::size_t>(kEdgeSeconds * sampleRate);
    for (std::size_t i = 0; i < edge; ++i) {
        const auto gain = static_cast<float>(0.5 - 0.5 * std::cos(std::numbers::pi * static_cast<double>(i) / edge));
        for (std::size_t c = 0; c < audio.channelCount(); ++c) {
            audio.channel(c)[i] *= gain;
            audio.channel(c)[audio.frameCount() - 1 - i] *= gain;
        }
    }
    return audio;
}

// EBU Tech 3341 true-peak cases (after cases 15-22): sines at 48 kHz whose samples
// miss the crest by a known phase. Tolerance +0.2 / -0.4 dB.
struct TruePeakCase {
    double frequencyHz;
    double phaseDegrees;
    double truePeakDbtp;
};

void PrintTo(const TruePeakCase& c, std::ostream* out) {
    *out << c.frequencyHz << " Hz, " << c.phaseDegrees << " degrees, " << c.truePeakDbtp << " dBTP";
}

class TruePeakTech3341 : public ::testing::TestWithParam<TruePeakCase> {};

TEST_P(TruePeakTech3341, ReadsTheCrestBetweenTheSamples) {
    const TruePeakCase& c = GetParam();
    const AudioBuffer audio = withSoftEdges(
        test::sine(c.frequencyHz, dbToGain(c.truePeakDbtp), 1.0, kRate48k, 2, degrees(c.phaseDegrees)),
        kRate48k);
    const double measured = gainToDb(measure(audio));
    EXPECT_LE(measured, c.truePeakDbtp + 0.2);
    EXPECT_GE(measured, c.truePeakDbtp - 0.4);
}

INSTANTIATE_TEST_SUITE_P(Cases, TruePeakTech3341,
                         ::testing::Values(TruePeakCase{12000, 0.0, -6.0}, TruePeakCase{12000, 45.0, -6.0},
                                           TruePeakCase{8000, 60.0, -6.0}, TruePeakCase{6000, 67.5, -6.0},
                                           TruePeakCase{12000, 0.0, 0.0}, TruePeakCase{12000, 45.0, 0.0},
                                           TruePeakCase{8000, 60.0, 0.0}, TruePeakCase{6000, 67.5, 0.0}),
                         [](const auto& testCase) {
                             const TruePeakCase& c = testCase.param;
                             return std::to_string(static_cast<int>(c.frequencyHz)) + "Hz_" +
                                    std::to_string(static_cast<int>(c.phaseDegrees * 10)) + "decidegrees_" +
                                    (c.truePeakDbtp < 0 ? "minus6dBTP" : "0dBTP");
                         });

TEST(TruePeakMeter, QuarterRateSineAt45DegreesIsFoundExactly) {
    // Samples sit at +-0.707 of the crest; the interpolated points at 1/4 sample
    // land on it, so only the filter's accuracy is left to measure.
    const AudioBuffer audio =
        withSoftEdges(test::sine(kRate48k / 4.0, 1.0, 1.0, kRate48k, 1, degrees(45.0)), kRate48k);
    EXPECT_NEAR(gainToDb(measure(audio)), 0.0, 0.01);
}

// The interpolated wave follows the sine through the whole audio band: never above
// its crest, and below only by the 4x sampling of the wave (cos(pi f / 4 fs)).
TEST(TruePeakMeter, IsAccurateAcrossTheAudioBand) {
    for (double frequency : {997.0, 5011.0, 10007.0, 15013.0, 19001.0}) {
        for (double phase : {0.0, 0.3, 0.7, 1.1}) {
            const AudioBuffer audio = withSoftEdges(test::sine(frequency, 0.5, 0.25, kRate44k, 1, phase), kRate44k);
            const double peak = measure(audio);
            const double samplingLoss = std::cos(std::numbers::pi * frequency / (4.0 * kRate44k));
            EXPECT_LE(peak, 0.5 * 1.002) << frequency << " Hz";
            EXPECT_GE(peak, 0.5 * samplingLoss * 0.998) << frequency << " Hz";
        }
    }
}

TEST(TruePeakMeter, IsNeverBelowTheSamplePeak) {
    const AudioBuffer noise = test::whiteNoise(0.8, 0.5, kRate44k, 2, 3);
    float samplePeak = 0.0f;
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < noise.frameCount(); ++i)
            samplePeak = std::max(samplePeak, std::fabs(noise.channel(c)[i]));
    const float truePeak = measure(noise);
    EXPECT_GE(truePeak, samplePeak);
    EXPECT_LT(truePeak, samplePeak * 2.0f);
}

TEST(TruePeakMeter, KeepsChannelsApart) {
    AudioBuffer audio = test::sine(1000.0, 0.5, 0.5, kRate44k, 2);
    for (std::size_t i = 0; i < audio.frameCount(); ++i)
        audio.channel(1)[i] *= 0.1f;
    TruePeakMeter meter(2);
    meter.process(audio.view());
    meter.finish();
    EXPECT_NEAR(meter.channelPeak(0), 0.5, 0.0005);
    EXPECT_NEAR(meter.channelPeak(1), 0.05, 0.00005);
    EXPECT_EQ(meter.peak(), meter.channelPeak(0));
}

TEST(TruePeakMeter, ResultDoesNotDependOnBlockSizes) {
    const AudioBuffer noise = test::whiteNoise(0.9, 0.3, kRate44k, 2, 11);
    const std::vector<float> samples = test::interleave(noise);
    const float whole = measure(noise);
    for (std::size_t block : {1u, 7u, 100u, 2047u, 2048u, 5000u}) {
        TruePeakMeter meter(2);
        for (std::size_t start = 0; start < noise.frameCount(); start += block) {
            const std::size_t frames = std::min(block, noise.frameCount() - start);
            meter.processInterleaved(samples.data() + start * 2, frames);
        }
        meter.finish();
        EXPECT_EQ(meter.peak(), whole) << "blocks of " << block;
    }
}

TEST(TruePeakMeter, FinishSeesTheOvershootAfterTheLastSample) {
    // Two full-height samples end the stream: the wave between and after them
    // overshoots (a band-limited pulse), which only the flush brings through.
    AudioBuffer audio = test::silence(0.1, kRate44k, 1);
    const std::size_t last = audio.frameCount() - 1;
    audio.channel(0)[last - 1] = 0.9f;
    audio.channel(0)[last] = 0.9f;
    TruePeakMeter meter(1);
    meter.process(audio.view());
    meter.finish();
    EXPECT_GT(meter.peak(), 1.1f);
}

TEST(TruePeakMeter, SilenceAndResetReadZero) {
    TruePeakMeter meter(2);
    AudioBuffer silence = test::silence(0.2, kRate44k, 2);
    meter.process(silence.view());
    meter.finish();
    EXPECT_EQ(meter.peak(), 0.0f);

    AudioBuffer loud = test::sine(1000.0, 0.5, 0.2, kRate44k, 2);
    meter.process(loud.view());
    meter.reset();
    meter.process(silence.view());
    meter.finish();
    EXPECT_EQ(meter.peak(), 0.0f);
}

TEST(TruePeakMeter, EveryPhaseHasUnityGainAtDc) {
    for (const auto& phase : TruePeakMeter::coefficients()) {
        double sum = 0.0;
        for (float tap : phase)
            sum += tap;
        EXPECT_NEAR(sum, 1.0, 1e-6);
    }
}

}  // namespace
}  // namespace lathe
