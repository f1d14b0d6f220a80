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
    project.tracks[2].indexMarksSeconds = {2.0};
    return project;
}

const std::vector<std::int64_t> kFrames = {5 * kRate + 100, 6 * kRate + 7, 5 * kRate};

TEST(AlbumLayout, PlacesPregapsAndCrossfadesSampleAccurately) {
    const AlbumLayout layout = layoutAlbum(threeTracks(), kFrames, false);
    ASSERT_EQ(layout.tracks.size(), 3u);
    const auto& t = layout.tracks;
    EXPECT_EQ(t[0].index0, 0);
    EXPECT_EQ(t[0].index1, 2 * kRate);
    EXPECT_EQ(t[0].audioEnd, 7 * kRate + 100);
    EXPECT_EQ(t[1].index0, t[0].audioEnd);
    EXPECT_EQ(t[1].index1, t[0].audioEnd + 66150);
    EXPECT_EQ(t[1].audioEnd, t[1].index1 + kFrames[1]);
    EXPECT_EQ(t[2].index0, t[1].audioEnd - kRate);  // overlaps the last second
    EXPECT_EQ(t[2].index1, t[2].index0);
    EXPECT_EQ(t[2].indexMarks, std::vector<std::int64_t>{t[2].index1 + 2 * kRate});
    EXPECT_EQ(layout.totalFrames, t[2].audioEnd);
    // Files: index 1 to the next index 1; the gap belongs to the track before it.
    EXPECT_EQ(t[0].fileBegin, t[0].index1);
    EXPECT_EQ(t[0].fileEnd, t[1].index1);
    EXPECT_EQ(t[1].fileEnd, t[2].index1);
    EXPECT_EQ(t[2].fileEnd, layout.totalFrames);
}

TEST(AlbumLayout, ForACdRoundsIndexesToFramesAndPadsTheEnd) {
    const AlbumLayout layout = layoutAlbum(threeTracks(), kFrames, true);
    const auto& t = layout.tracks;
    EXPECT_EQ(layout.totalFrames % 588, 0);
    EXPECT_LT(layout.totalFrames - t[2].audioEnd, 588);
    EXPECT_EQ(t[0].index1Frame, 150);
    EXPECT_EQ(t[1].index0Frame, (t[1].index0 + 294) / 588);
    EXPECT_EQ(t[0].endFrame, t[1].index0Frame);
    EXPECT_EQ(t[2].endFrame, layout.totalFrames / 588);
    for (std::size_t i = 0; i < t.size(); ++i) {
        EXPECT_EQ(t[i].fileBegin, t[i].index1Frame * 588);
        EXPECT_LE(std::abs(t[i].index1Frame * 588 - t[i].index1), 294);
    }
    EXPECT_EQ(t[2].indexMarkFrames.size(), 1u);
}

TEST(AlbumLayout, ReportsShortTracksAndFadesLongerThanTheAudio) {
    Project project = threeTracks();
    project.tracks[0].fadeIn.lengthSeconds = 4.0;
    project.tracks[0].fadeOut.lengthSeconds = 2.0;
    const std::vector<std::int64_t> frames = {5 * kRate, 3 * kRate, 5 * kRate};
    const AlbumLayout layout = layoutAlbum(project, frames, true);
    const auto problems = checkLayout(project, frames, layout);
    std::vector<std::string> paths;
    for (const auto& problem : problems)
        paths.push_back(problem.jsonPath);
    // Track 2 is 3 s up to track 3's index 0 (which the crossfade pulls 1 s earlier).
    EXPECT_EQ(paths, (std::vector<std::string>{"tracks[0].fade_in", "tracks[1]"}));
    EXPECT_NE(problems[1].message.find("2.000 s"), std::string::npos) << problems[1].message;
}

TEST(AlbumLayout, TrimsInAlbumSamples) {
    Track track;
    track.trimStartSeconds = 0.5;
    track.trimEndSeconds = 2.0;
    const TrimRange same = trimRange(track, 3 * kRate, kRate, kRate);
    EXPECT_EQ(same.begin, 22050);
    EXPECT_EQ(same.end, 88200);
    const TrimRange resampled = trimRange(track, 3 * 48000, 48000, kRate);
    EXPECT_EQ(resampled.frames(), 66150);
    track.trimEndSeconds.reset();
    EXPECT_EQ(trimRange(track, 3 * 48000, 48000, kRate).end, 3 * kRate);
}

}  // namespace
}  // namespace lathe
