#include "dsp/GainComputer.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr double kThresholdDb = -20.0;

GainComputer computer(double ratio, double kneeDb) {
    GainComputer gc;
    gc.setRatio(ratio);
    gc.setKneeDb(kneeDb);
    return gc;
}

TEST(GainComputer, LeavesLevelsBelowTheKneeAlone) {
    const GainComputer gc = computer(4.0, 6.0);
    EXPECT_EQ(gc.gainReductionDb(-60.0, kThresholdDb), 0.0);
    EXPECT_EQ(gc.gainReductionDb(-23.0, kThresholdDb), 0.0);  // knee starts at T - W/2
}

TEST(GainComputer, AboveTheKneeFollowsTheRatio) {
    const GainComputer gc = computer(4.0, 6.0);
    // 10 dB over threshold at 4:1 comes out 2.5 dB over: 7.5 dB of reduction.
    EXPECT_NEAR(gc.gainReductionDb(-10.0, kThresholdDb), 7.5, 1e-12);
    EXPECT_NEAR(gc.gainReductionDb(0.0, kThresholdDb), 15.0, 1e-12);
}

TEST(GainComputer, TheQuadraticKneeMeetsBothLinesSmoothly) {
    const GainComputer gc = computer(4.0, 6.0);
    // At the threshold the parabola gives (1 - 1/R) W / 8.
    EXPECT_NEAR(gc.gainReductionDb(kThresholdDb, kThresholdDb), 0.75 * 6.0 / 8.0, 1e-12);
    // Continuous at the upper knee edge (T + W/2) with the 4:1 line.
    EXPECT_NEAR(gc.gainReductionDb(-17.0 - 1e-9, kThresholdDb), 0.75 * 3.0, 1e-6);
    // Slope: 0 at the lower edge, 1 - 1/R at the upper edge.
    const double step = 1e-4;
    EXPECT_NEAR(gc.gainReductionDb(-23.0 + step, kThresholdDb) / step, 0.0, 1e-3);
    EXPECT_NEAR((gc.gainReductionDb(-17.0, kThresholdDb) - gc.gainReductionDb(-17.0 - step, kThresholdDb)) / step,
                0.75, 1e-3);
}

TEST(GainComputer, AHardKneeBendsAtTheThreshold) {
    const GainComputer gc = computer(2.0, 0.0);
    EXPECT_EQ(gc.gainReductionDb(kThresholdDb, kThresholdDb), 0.0);
    EXPECT_NEAR(gc.gainReductionDb(-14.0, kThresholdDb), 3.0, 1e-12);
}

}  // namespace
}  // namespace lathe
