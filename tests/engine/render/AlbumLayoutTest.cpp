#include "render/AlbumLayout.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;

Project threeTracks() {
    Project project;
    project.album.sampleRate = kRate;
    for (int i = 0; i < 3; ++i)
        project.tracks.push_back(Track{});
    project.tracks[0].pregapSeconds = 2.0;
    project.tracks[1].pregapSeconds = 1.5;
    project.tracks[2].pregapSeconds = 0.0;
    project.tracks[2].crossfadeSeconds = 1.0;
    project.tracks[2].fadeIn.lengthSeconds = 1.0;
    project.tracks[2].indexMarksSeconds = {2.0};
    return project;
}

const std::vector<std::int64_t> kFrames = {5 * kRate + 100, 6 * kRate + 7, 5 * kRate + 301};

TEST(AlbumLayout, WithoutACdFilesAreCutAtTheExactIndexOnes) {
    const AlbumLayout layout = AlbumLayout::fromTimeline(AlbumTimeline(threeTracks(), kFrames), false);
    const auto& t = layout.tracks;
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0].fileBegin, 2 * kRate);
    EXPECT_EQ(t[0].fileEnd, t[1].index1);
    EXPECT_EQ(t[1].fileEnd, t[2].index1);
    EXPECT_EQ(t[2].index1, t[1].audioEnd - kRate);
    EXPECT_EQ(t[2].fileEnd, layout.totalFrames);
    EXPECT_EQ(layout.totalFrames, t[2].audioEnd);
    EXPECT_EQ(t[2].fadeInFrames, kRate);
}

TEST(AlbumLayout, ForACdFilesAreCutAtTheRoundedIndexOnesAndTheEndIsPadded) {
    const AlbumLayout layout = AlbumLayout::fromTimeline(AlbumTimeline(threeTracks(), kFrames), true);
    const auto& t = layout.tracks;
    EXPECT_EQ(layout.totalFrames % 588, 0);
    EXPECT_GE(layout.totalFrames, t[2].audioEnd);
    EXPECT_LT(layout.totalFrames - t[2].audioEnd, 588);
    EXPECT_EQ(t[0].index1Frame, 150);
    for (std::size_t i = 0; i < t.size(); ++i) {
        EXPECT_EQ(t[i].fileBegin, t[i].index1Frame * 588);
        EXPECT_LE(std::abs(t[i].fileBegin - t[i].index1), 294);
        EXPECT_EQ(t[i].fileEnd, i + 1 < t.size() ? t[i + 1].fileBegin : layout.totalFrames);
    }
    EXPECT_EQ(t[0].endFrame, t[1].index0Frame);
    EXPECT_EQ(t[2].endFrame, layout.totalFrames / 588);
    EXPECT_EQ(t[2].indexMarkFrames, std::vector<std::int64_t>{(t[2].indexMarks[0] + 294) / 588});
}

}  // namespace
}  // namespace lathe
