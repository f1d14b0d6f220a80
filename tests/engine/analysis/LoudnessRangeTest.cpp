#include "analysis/LoudnessRange.h"
#include "analysis/LoudnessUnits.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

void addLevels(LoudnessRange& range, double from, double to, double step) {
    for (double lufs = from; lufs <= to + 1e-9; lufs += step)
        range.add(energyOfLoudness(lufs));
}

TEST(LoudnessRange, IsTheSpreadBetweenThe10thAnd95thPercentiles) {
    // 201 values evenly from -30 to -10 LUFS; ranked as ffmpeg ranks them, the 20th
    // (-28.1) and the 191st (-11.0).
    LoudnessRange range;
    addLevels(range, -30.0, -10.0, 0.1);
    EXPECT_NEAR(range.rangeLu().value(), 17.1, 0.02);
}

TEST(LoudnessRange, GatesOutSilenceAndQuietPassages) {
    LoudnessRange range;
    addLevels(range, -30.0, -10.0, 0.1);
    const double before = range.rangeLu().value();
    // Below the absolute gate, and 20 LU below the mean: neither counts.
    for (int i = 0; i < 500; ++i) {
        range.add(energyOfLoudness(-75.0));
        range.add(energyOfLoudness(-45.0));
        range.add(0.0);
    }
    EXPECT_NEAR(range.rangeLu().value(), before, 0.02);
}

TEST(LoudnessRange, MergingIsMeasuringTogether) {
    LoudnessRange low;
    LoudnessRange high;
    LoudnessRange both;
    addLevels(low, -30.0, -20.05, 0.1);
    addLevels(high, -20.0, -10.0, 0.1);
    addLevels(both, -30.0, -10.0, 0.1);
    low.merge(high);
    EXPECT_DOUBLE_EQ(low.rangeLu().value(), both.rangeLu().value());
}

TEST(LoudnessRange, NothingAboveTheGateHasNoRange) {
    LoudnessRange range;
    EXPECT_FALSE(range.rangeLu());
    range.add(energyOfLoudness(-80.0));
    EXPECT_FALSE(range.rangeLu());
    range.add(energyOfLoudness(-20.0));
    EXPECT_NEAR(range.rangeLu().value(), 0.0, 1e-9);
}

}  // namespace
}  // namespace lathe
