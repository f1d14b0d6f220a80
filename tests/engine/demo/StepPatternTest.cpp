#include "demo/StepPattern.h"

#include <gtest/gtest.h>

namespace lathe::demo {
namespace {

TEST(StepPattern, HoldsExtendTheNoteBeforeThemAndRestsAreSkipped) {
    const auto events = parseStepPattern("R---r.o-.......f");
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events[0].step, 0);
    EXPECT_EQ(events[0].lengthSteps, 4);
    EXPECT_EQ(events[0].symbol, 'R');
    EXPECT_EQ(events[1].step, 4);
    EXPECT_EQ(events[1].lengthSteps, 1);
    EXPECT_EQ(events[2].step, 6);
    EXPECT_EQ(events[2].lengthSteps, 2);
    EXPECT_EQ(events[3].step, 15);
    EXPECT_EQ(events[3].symbol, 'f');
}

TEST(StepPattern, LeadingHoldHasNothingToHoldAndIsARest) {
    const auto events = parseStepPattern("--x-");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].step, 2);
    EXPECT_EQ(events[0].lengthSteps, 2);
}

TEST(StepPattern, EndingPlaysTheFirstSymbolOnceForTheWholeBar) {
    const auto events = endingEvents("..o.x.o.x.o.x.o.");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].step, 0);
    EXPECT_EQ(events[0].lengthSteps, kStepsPerBar);
    EXPECT_EQ(events[0].symbol, 'o');
    EXPECT_TRUE(endingEvents("................").empty());
    EXPECT_TRUE(endingEvents("").empty());
}

}  // namespace
}  // namespace lathe::demo
