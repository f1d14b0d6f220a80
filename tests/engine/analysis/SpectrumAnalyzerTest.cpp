#include "analysis/SpectrumAnalyzer.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lathe {
namespace {

constexpr int kSampleRate = 48000;
constexpr std::size_t kFftSize = 4096;

TEST(SpectrumAnalyzer, ABinCentredSineReadsItsLevelInItsBinAndLittleElsewhere) {
    SpectrumAnalyzer analyzer(kFftSize);
    constexpr std::size_t kBin = 100;
    const double frequency = static_cast<double>(kBin) * kSampleRate / kFftSize;
    AudioBuffer audio = test::sine(frequency, 0.5, 0.2, kSampleRate, 2);
    const auto& spectrum = analyzer.analyze(audio.view());
    ASSERT_EQ(spectrum.size(), kFftSize / 2 + 1);
    EXPECT_NEAR(spectrum[kBin], -6.02, 0.05);
    const auto loudest = std::max_element(spectrum.begin(), spectrum.end()) - spectrum.begin();
    EXPECT_EQ(loudest, static_cast<std::ptrdiff_t>(kBin));
    // Hann sidelobes: two bins away is already far down.
    EXPECT_LT(spectrum[kBin + 3], -6.02 - 60.0);
    EXPECT_LT(spectrum[kBin * 5], -100.0);
}

TEST(SpectrumAnalyzer, SilenceReadsTheFloor) {
    SpectrumAnalyzer analyzer(kFftSize);
    AudioBuffer audio = test::silence(0.1, kSampleRate);
    const auto& spectrum = analyzer.analyze(audio.view());
    EXPECT_EQ(*std::max_element(spectrum.begin(), spectrum.end()), SpectrumAnalyzer::kFloorDb);
}

}  // namespace
}  // namespace lathe
