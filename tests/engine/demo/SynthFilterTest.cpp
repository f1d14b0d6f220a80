#include "demo/SynthFilter.h"

#include <gtest/gtest.h>

#include <numbers>

namespace lathe::demo {
namespace {

constexpr double kRate = 44100.0;

// Steady-state gain of the filter for a sine, in dB.
double gainDb(FilterMode mode, double cutoffHz, double frequencyHz) {
    SynthFilter filter(mode, cutoffHz, 0.70710678, kRate);
    double inPower = 0.0, outPower = 0.0;
    for (int n = 0; n < 2 * 44100; ++n) {
        const auto x = static_cast<float>(std::sin(2.0 * std::numbers::pi * frequencyHz * n / kRate));
        const float y = filter.process(x);
        if (n >= 44100) {
            inPower += static_cast<double>(x) * x;
            outPower += static_cast<double>(y) * y;
        }
    }
    return 10.0 * std::log10(outPower / inPower);
}

// The Butterworth response through the bilinear transform (prewarped at the cutoff):
// what a topology-preserving SVF at Q = 1/sqrt(2) must match exactly.
double bilinearButterworthDb(FilterMode mode, double cutoffHz, double frequencyHz) {
    const double w =
        std::tan(std::numbers::pi * frequencyHz / kRate) / std::tan(std::numbers::pi * cutoffHz / kRate);
    const double denominator = (1.0 - w * w) * (1.0 - w * w) + 2.0 * w * w;
    const double numerator = mode == FilterMode::LowPass ? 1.0 : w * w * w * w;
    return 10.0 * std::log10(numerator / denominator);
}

TEST(SynthFilter, LowPassIsButterworthAtQHalfRootTwo) {
    EXPECT_NEAR(gainDb(FilterMode::LowPass, 1000.0, 100.0), 0.0, 0.01);
    EXPECT_NEAR(gainDb(FilterMode::LowPass, 1000.0, 1000.0), -3.01, 0.01);
    for (double hz : {2000.0, 8000.0, 15000.0})
        EXPECT_NEAR(gainDb(FilterMode::LowPass, 1000.0, hz),
                    bilinearButterworthDb(FilterMode::LowPass, 1000.0, hz), 0.05)
            << hz;
}

TEST(SynthFilter, HighPassMirrorsIt) {
    EXPECT_NEAR(gainDb(FilterMode::HighPass, 1000.0, 10000.0), 0.0, 0.01);
    EXPECT_NEAR(gainDb(FilterMode::HighPass, 1000.0, 1000.0), -3.01, 0.01);
    for (double hz : {125.0, 500.0})
        EXPECT_NEAR(gainDb(FilterMode::HighPass, 1000.0, hz),
                    bilinearButterworthDb(FilterMode::HighPass, 1000.0, hz), 0.05)
            << hz;
}

}  // namespace
}  // namespace lathe::demo
