#include "timeline/CdFrames.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

TEST(CdFrames, AFrameIsA75thOfASecond) {
    EXPECT_EQ(CdFrames::kSamplesPerFrame, 588);
    EXPECT_EQ(CdFrames::kBytesPerFrame, 2352);
    EXPECT_EQ(CdFrames::kMaxProgramFrames, 359775);  // 79:57:00
}

TEST(CdFrames, RoundsSamplePositionsToTheNearestFrameHalfUp) {
    EXPECT_EQ(CdFrames::nearestFrame(0), 0);
    EXPECT_EQ(CdFrames::nearestFrame(293), 0);
    EXPECT_EQ(CdFrames::nearestFrame(294), 1);
    EXPECT_EQ(CdFrames::nearestFrame(588), 1);
    EXPECT_EQ(CdFrames::nearestFrame(881), 1);
    EXPECT_EQ(CdFrames::nearestFrame(882), 2);
    EXPECT_EQ(CdFrames::nearestFrame(88200), 150);
}

TEST(CdFrames, PadsALengthToWholeFrames) {
    EXPECT_EQ(CdFrames::framesCovering(0), 0);
    EXPECT_EQ(CdFrames::framesCovering(1), 1);
    EXPECT_EQ(CdFrames::framesCovering(588), 1);
    EXPECT_EQ(CdFrames::framesCovering(589), 2);
}

TEST(CdFrames, ConvertsToAndFromMinutesSecondsFrames) {
    EXPECT_EQ(CdFrames::toMsf(150), (Msf{0, 2, 0}));
    EXPECT_EQ(CdFrames::toMsf(74), (Msf{0, 0, 74}));
    EXPECT_EQ(CdFrames::toMsf(4500 + 75 + 1), (Msf{1, 1, 1}));
    EXPECT_EQ(CdFrames::toMsf(359775), (Msf{79, 57, 0}));
    for (std::int64_t frames : {0, 1, 74, 75, 4499, 4500, 123456, 359849})
        EXPECT_EQ(CdFrames::fromMsf(CdFrames::toMsf(frames)), frames);
    EXPECT_EQ(CdFrames::format(Msf{2, 3, 74}), "02:03:74");
}

}  // namespace
}  // namespace lathe
