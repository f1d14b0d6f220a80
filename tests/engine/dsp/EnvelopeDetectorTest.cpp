#include "dsp/EnvelopeDetector.h"

#include "DynamicsTestSupport.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

using test::kRate;

// Feeds a mono signal and returns the envelope.
std::vector<float> envelopeOf(EnvelopeDetector& detector, std::vector<float> input) {
    std::vector<float> envelope(input.size());
    const float* in[] = {input.data()};
    float* out[] = {envelope.data()};
    detector.process(in, out, 1, input.size());
    return envelope;
}

EnvelopeDetector peakDetector(double attackMs, double releaseMs) {
    EnvelopeDetector detector;
    detector.setDetector(Detector::Peak);
    detector.setAttackMs(attackMs);
    detector.setReleaseMs(releaseMs);
    detector.prepare(kRate);
    return detector;
}

// Time in ms at which the envelope first crosses `level` going in the step's direction.
double crossingMs(const std::vector<float>& envelope, std::size_t from, float level, bool rising) {
    for (std::size_t i = from; i < envelope.size(); ++i)
        if (rising ? envelope[i] >= level : envelope[i] <= level)
            return 1000.0 * static_cast<double>(i - from + 1) / kRate;
    return -1.0;
}

TEST(EnvelopeDetector, AttackReachesOneMinusOneOverEAfterTheAttackTime) {
    for (double attackMs : {1.0, 10.0, 50.0}) {
        EnvelopeDetector detector = peakDetector(attackMs, 200.0);
        const auto envelope = envelopeOf(detector, std::vector<float>(kRate / 2, 1.0f));
        EXPECT_NEAR(crossingMs(envelope, 0, static_cast<float>(1.0 - std::exp(-1.0)), true), attackMs,
                    0.1 * attackMs);
    }
}

TEST(EnvelopeDetector, ReleaseFallsToOneOverEAfterTheReleaseTime) {
    for (double releaseMs : {20.0, 120.0, 500.0}) {
        EnvelopeDetector detector = peakDetector(1.0, releaseMs);
        std::vector<float> input(2 * kRate, 0.0f);
        std::fill_n(input.begin(), kRate / 10, 1.0f);  // 100 ms step up, then silence
        const auto envelope = envelopeOf(detector, input);
        EXPECT_NEAR(crossingMs(envelope, kRate / 10, static_cast<float>(std::exp(-1.0)), false), releaseMs,
                    0.1 * releaseMs);
    }
}

std::vector<float> sine(double frequencyHz, double amplitude, double seconds) {
    std::vector<float> samples(static_cast<std::size_t>(seconds * kRate));
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = static_cast<float>(amplitude * std::sin(2 * std::numbers::pi * frequencyHz * i / kRate));
    return samples;
}

TEST(EnvelopeDetector, PeakModeReadsASteadySinesPeak) {
    EnvelopeDetector detector = peakDetector(10.0, 120.0);
    const auto envelope = envelopeOf(detector, sine(1000.0, 0.5, 1.0));
    for (std::size_t i = kRate / 2; i < envelope.size(); ++i)
        ASSERT_NEAR(20 * std::log10(envelope[i] / 0.5), 0.0, 0.1) << i;
}

TEST(EnvelopeDetector, RmsModeReadsASteadySinesRms) {
    EnvelopeDetector detector;
    detector.setDetector(Detector::Rms);
    detector.prepare(kRate);
    for (double frequencyHz : {100.0, 1000.0}) {
        detector.reset();
        const auto envelope = envelopeOf(detector, sine(frequencyHz, 0.5, 1.0));
        for (std::size_t i = kRate / 2; i < envelope.size(); ++i)
            ASSERT_NEAR(20 * std::log10(envelope[i] / (0.5 / std::sqrt(2.0))), 0.0, 0.15) << frequencyHz;
    }
}

TEST(EnvelopeDetector, FullStereoLinkGivesBothChannelsTheLouderLevel) {
    EnvelopeDetector detector = peakDetector(5.0, 50.0);
    detector.setStereoLink(1.0);
    std::vector<float> loud = sine(500.0, 0.8, 0.2);
    std::vector<float> quiet = sine(700.0, 0.1, 0.2);
    std::vector<float> left(loud.size()), right(loud.size());
    const float* in[] = {loud.data(), quiet.data()};
    float* out[] = {left.data(), right.data()};
    detector.process(in, out, 2, loud.size());
    EXPECT_EQ(left, right);

    detector.reset();
    detector.setStereoLink(0.0);
    detector.process(in, out, 2, loud.size());
    EXPECT_NEAR(right.back(), 0.1f, 0.01f);
    EXPECT_NEAR(left.back(), 0.8f, 0.05f);
}

}  // namespace
}  // namespace lathe
