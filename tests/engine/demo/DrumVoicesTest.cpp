#include "demo/DrumVoices.h"

#include "SpectrumProbe.h"

#include <gtest/gtest.h>

namespace lathe::demo {
namespace {

constexpr double kRate = 44100.0;

double energy(const std::vector<float>& samples, double fromSeconds, double toSeconds) {
    double sum = 0.0;
    const auto last = std::min(samples.size(), static_cast<std::size_t>(toSeconds * kRate));
    for (auto n = static_cast<std::size_t>(fromSeconds * kRate); n < last; ++n)
        sum += static_cast<double>(samples[n]) * samples[n];
    return sum;
}

TEST(DrumVoices, KickIsALowThumpThatDiesAway) {
    const auto kick = renderKick(kRate);
    const test::SpectrumProbe spectrum(kick, kRate);
    EXPECT_LT(spectrum.peakFrequency(), 100.0);
    EXPECT_GT(spectrum.bandShare(20.0, 150.0), 0.8);
    EXPECT_LT(test::powerDecibels(energy(kick, 0.3, 0.4) / energy(kick, 0.0, 0.1)), -20.0);
}

TEST(DrumVoices, SnareHasABodyToneAndABrightNoiseBurst) {
    DemoRandom random(7);
    const auto snare = renderSnare(kRate, random);
    const test::SpectrumProbe spectrum(snare, kRate);
    EXPECT_GT(spectrum.bandShare(150.0, 400.0), 0.1);
    EXPECT_GT(spectrum.bandShare(1500.0, 20000.0), 0.3);
    EXPECT_LT(test::powerDecibels(energy(snare, 0.2, 0.3) / energy(snare, 0.0, 0.1)), -20.0);
}

TEST(DrumVoices, HatsLiveAboveSixKilohertzAndOpenOnesRingLonger) {
    DemoRandom random(7);
    const auto closed = renderHat(kRate, random, false);
    const auto open = renderHat(kRate, random, true);
    EXPECT_GT(test::SpectrumProbe(closed, kRate).bandShare(6000.0, 22050.0), 0.85);
    EXPECT_GT(test::SpectrumProbe(open, kRate).bandShare(6000.0, 22050.0), 0.85);
    EXPECT_GT(open.size(), 3 * closed.size());
}

// A one-shot cut off mid-decay clicks on every hit.
TEST(DrumVoices, EveryHitEndsInSilence) {
    DemoRandom random(5);
    for (const auto& hit : {renderKick(kRate), renderSnare(kRate, random), renderHat(kRate, random, false),
                            renderHat(kRate, random, true)}) {
        ASSERT_FALSE(hit.empty());
        EXPECT_EQ(hit.back(), 0.0f);
        EXPECT_LT(std::abs(hit[hit.size() - 2]), 1e-3f);
    }
}

TEST(DrumVoices, NoiseFollowsTheSeed) {
    DemoRandom first(11);
    DemoRandom second(11);
    DemoRandom other(12);
    const auto a = renderSnare(kRate, first);
    EXPECT_EQ(a, renderSnare(kRate, second));
    EXPECT_NE(a, renderSnare(kRate, other));
}

}  // namespace
}  // namespace lathe::demo
