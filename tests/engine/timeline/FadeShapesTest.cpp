#include "timeline/FadeShapes.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lathe {
namespace {

using fades::fadeInGain;
using fades::fadeOutGain;

constexpr FadeCurve kCurves[] = {FadeCurve::Linear, FadeCurve::EqualPower, FadeCurve::Logarithmic,
                                 FadeCurve::Exponential, FadeCurve::SCurve};
constexpr int kSteps = 1000;

double at(int step) {
    return static_cast<double>(step) / kSteps;
}

TEST(FadeShapes, EveryCurveRisesMonotonicallyFromSilenceToUnity) {
    for (FadeCurve curve : kCurves) {
        EXPECT_EQ(fadeInGain(curve, 0.0), 0.0) << static_cast<int>(curve);
        EXPECT_NEAR(fadeInGain(curve, 1.0), 1.0, 1e-15) << static_cast<int>(curve);
        EXPECT_EQ(fadeOutGain(curve, 0.0), fadeInGain(curve, 1.0));
        EXPECT_EQ(fadeOutGain(curve, 1.0), 0.0);
        for (int step = 1; step <= kSteps; ++step)
            ASSERT_GT(fadeInGain(curve, at(step)), fadeInGain(curve, at(step - 1)))
                << static_cast<int>(curve) << " at " << at(step);
        EXPECT_EQ(fadeInGain(curve, -0.5), 0.0);  // clamped
        EXPECT_EQ(fadeInGain(curve, 1.5), fadeInGain(curve, 1.0));
    }
}

TEST(FadeShapes, EqualPowerPairsKeepConstantPower) {
    for (int step = 0; step <= kSteps; ++step) {
        const double in = fadeInGain(FadeCurve::EqualPower, at(step));
        const double out = fadeOutGain(FadeCurve::EqualPower, at(step));
        ASSERT_NEAR(in * in + out * out, 1.0, 1e-12) << at(step);
    }
    // -3 dB at the middle, where a linear crossfade dips to -6 dB.
    EXPECT_NEAR(20.0 * std::log10(fadeInGain(FadeCurve::EqualPower, 0.5)), -3.0103, 1e-4);
}

TEST(FadeShapes, LinearAndSCurvePairsKeepConstantAmplitude) {
    for (FadeCurve curve : {FadeCurve::Linear, FadeCurve::SCurve})
        for (int step = 0; step <= kSteps; ++step)
            ASSERT_NEAR(fadeInGain(curve, at(step)) + fadeOutGain(curve, at(step)), 1.0, 1e-12)
                << static_cast<int>(curve) << " at " << at(step);
    EXPECT_NEAR(20.0 * std::log10(fadeInGain(FadeCurve::Linear, 0.5)), -6.0206, 1e-4);
    // The S-curve starts and ends flat: its first step is far smaller than linear's.
    EXPECT_LT(fadeInGain(FadeCurve::SCurve, 0.01), 0.01 * 0.1);
}

TEST(FadeShapes, LogarithmicRisesFastExponentialSlowAndTheyAreInverses) {
    for (int step = 1; step < kSteps; ++step) {
        const double t = at(step);
        const double log = fadeInGain(FadeCurve::Logarithmic, t);
        const double exp = fadeInGain(FadeCurve::Exponential, t);
        ASSERT_GT(log, t);
        ASSERT_LT(exp, t);
        ASSERT_NEAR(fadeInGain(FadeCurve::Exponential, log), t, 1e-12);
    }
    // The exponential curve is a straight line in dB over its last part: -20 dB at 2/3.
    EXPECT_NEAR(20.0 * std::log10(fadeInGain(FadeCurve::Exponential, 2.0 / 3.0)), -20.0, 0.1);
}

}  // namespace
}  // namespace lathe
