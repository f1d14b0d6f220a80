#include "timeline/AlbumTimeline.h"

#include "TimelineTestData.h"
#include "core/Error.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

using test::cdSeconds;

TEST(AlbumTimeline, LaysOutGapsTrimsIndexMarksAndACrossfadeSampleExactly) {
    const AlbumTimeline timeline(test::threeTrackAlbum(), test::kThreeTrackSources);
    ASSERT_EQ(timeline.tracks().size(), 3u);
    const TrackPlacement& one = timeline.tracks()[0];
    const TrackPlacement& two = timeline.tracks()[1];
    const TrackPlacement& three = timeline.tracks()[2];

    EXPECT_EQ(one.sourceStart, 44100);
    EXPECT_EQ(one.audioFrames, 352800);  // 8 s
    EXPECT_EQ(one.index0, 0);
    EXPECT_EQ(one.index1, 88200);
    EXPECT_EQ(one.extraIndexes, (std::vector<std::int64_t>{88200 + 110250}));
    EXPECT_EQ(one.audioEnd, 441000);
    EXPECT_EQ(one.crossfadeFrames, 0);

    EXPECT_EQ(two.sourceStart, 0);
    EXPECT_EQ(two.index0, 441000);
    EXPECT_EQ(two.index1, 441000 + 66150);
    EXPECT_EQ(two.audioEnd, 507150 + 264600);
    EXPECT_EQ(two.fadeInFrames, 22050);
    EXPECT_EQ(two.fadeOutFrames, 44100);

    // The crossfade: the third track starts 1 s before the second ends, no pregap.
    EXPECT_EQ(three.crossfadeFrames, 44100);
    EXPECT_EQ(three.index1, 771750 - 44100);
    EXPECT_EQ(three.index0, three.index1);
    EXPECT_EQ(three.audioEnd, 727650 + 220500);
    EXPECT_EQ(timeline.totalFrames(), 948150);
}

TEST(AlbumTimeline, TrackFilesRunFromIndexOneToTheNextIndexOneAndTileTheAlbum) {
    const AlbumTimeline timeline(test::threeTrackAlbum(), test::kThreeTrackSources);
    const auto& tracks = timeline.tracks();
    EXPECT_EQ(tracks[0].fileStart, 88200);  // track 1's pregap is in no file
    EXPECT_EQ(tracks[0].fileEnd, 507150);   // the gap belongs to the track before it
    EXPECT_EQ(tracks[1].fileStart, 507150);
    EXPECT_EQ(tracks[1].fileEnd, 727650);  // cut where the crossfade starts
    EXPECT_EQ(tracks[2].fileStart, 727650);
    EXPECT_EQ(tracks[2].fileEnd, timeline.totalFrames());
    for (std::size_t i = 1; i < tracks.size(); ++i)
        EXPECT_EQ(tracks[i].fileStart, tracks[i - 1].fileEnd);
}

TEST(AlbumTimeline, CdTableOfContentsRoundsEveryIndexToTheNearestFrameAndPadsTheEnd) {
    const CdTableOfContents toc =
        AlbumTimeline(test::threeTrackAlbum(), test::kThreeTrackSources).cdTableOfContents();
    ASSERT_EQ(toc.tracks.size(), 3u);
    // 198450 / 588 = 337.5 -> 338; 507150 / 588 = 862.5 -> 863; 727650 / 588 = 1237.5 -> 1238.
    const CdTrackEntry one{1, 0, 150, {338}, 750};
    const CdTrackEntry two{2, 750, 863, {}, 1238};
    const CdTrackEntry three{3, 1238, 1238, {}, 1613};
    EXPECT_EQ(toc.tracks[0], one);
    EXPECT_EQ(toc.tracks[1], two);
    EXPECT_EQ(toc.tracks[2], three);
    EXPECT_FALSE(toc.tracks[2].hasPregap());
    EXPECT_EQ(toc.leadOut, 1613);  // 948150 samples = 1612.5 frames, padded up
}

TEST(AlbumTimeline, ClampsTrimsAndCrossfadesThatBreakTheRulesSoTheLayoutStaysOrdered) {
    Track first = test::plainTrack("A", 2.0);
    first.trimEndSeconds = 30.0;  // past the 5 s source
    Track second = test::plainTrack("B", 0.0);
    second.crossfadeSeconds = 9.0;  // longer than both tracks
    const AlbumTimeline timeline(test::albumOf({first, second}),
                                 std::vector<std::int64_t>{cdSeconds(5), cdSeconds(3)});
    EXPECT_EQ(timeline.tracks()[0].audioFrames, cdSeconds(5));
    EXPECT_EQ(timeline.tracks()[1].crossfadeFrames, cdSeconds(3));
    EXPECT_GE(timeline.tracks()[1].index1, timeline.tracks()[0].index1);
    EXPECT_EQ(timeline.totalFrames(), timeline.tracks()[0].audioEnd);
}

TEST(AlbumTimeline, OnlyA44100HzAlbumHasACdTableOfContents) {
    Project project = test::threeTrackAlbum();
    project.album.sampleRate = 48000;
    const AlbumTimeline timeline(project, test::kThreeTrackSources);
    EXPECT_EQ(timeline.tracks()[0].index1, 96000);
    EXPECT_THROW(timeline.cdTableOfContents(), lathe::Error);
}

TEST(AlbumTimeline, MismatchedSourceCountIsAnError) {
    const std::vector<std::int64_t> twoSources{1, 2};
    EXPECT_THROW(AlbumTimeline timeline(test::threeTrackAlbum(), twoSources), lathe::Error);
}

}  // namespace
}  // namespace lathe
