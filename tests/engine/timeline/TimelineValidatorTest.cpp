#include "timeline/TimelineValidator.h"

#include "TimelineTestData.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

namespace lathe {
inline void PrintTo(const ProjectProblem& problem, std::ostream* out) {
    *out << describeProblem(problem);
}

namespace {

using test::cdSeconds;

// The problem at `path`, or a failure listing what was found instead.
const ProjectProblem* findProblem(const std::vector<ProjectProblem>& problems, const std::string& path,
                                  const std::string& words) {
    const auto found = std::find_if(problems.begin(), problems.end(), [&](const ProjectProblem& p) {
        return p.jsonPath == path && p.message.find(words) != std::string::npos;
    });
    return found == problems.end() ? nullptr : &*found;
}

#define EXPECT_PROBLEM(problems, path, words) \
    EXPECT_NE(findProblem(problems, path, words), nullptr) << ::testing::PrintToString(problems)

TEST(TimelineValidator, AValidAlbumHasNoProblems) {
    EXPECT_EQ(validateAlbum(test::threeTrackAlbum(), test::kThreeTrackSources),
              std::vector<ProjectProblem>{});
}

TEST(TimelineValidator, RedBookListsEveryProblemWithItsPath) {
    // 100 tracks of 48 s with 2 s gaps: track 1's pregap is 1 s, track 6 lasts 3 s,
    // and the album runs past 79:57.
    std::vector<Track> tracks;
    std::vector<std::int64_t> sources;
    for (int i = 0; i < 100; ++i) {
        tracks.push_back(test::plainTrack(std::to_string(i + 1), 2.0));
        sources.push_back(cdSeconds(i == 5 ? 3.0 : 48.0));
    }
    tracks[0].pregapSeconds = 1.0;
    const auto problems = validateAlbum(test::albumOf(tracks), sources);

    EXPECT_PROBLEM(problems, "tracks", "at most 99 tracks, got 100");
    EXPECT_PROBLEM(problems, "tracks[0].pregap_s", "at least 2 s");
    EXPECT_PROBLEM(problems, "tracks[5]", "is 3 s long from index 1 to the next track's index 0");
    EXPECT_PROBLEM(problems, "tracks", "the album is 82:34:00 long; a CD holds at most 79:57:00");
    EXPECT_EQ(problems.size(), 4u) << ::testing::PrintToString(problems);
}

TEST(TimelineValidator, AThreeSecondLastTrackIsMeasuredToTheAlbumEnd) {
    Track second = test::plainTrack("Short", 2.0);
    const auto problems = validateAlbumTimeline(test::albumOf({test::plainTrack("Long", 2.0), second}),
                                                std::vector<std::int64_t>{cdSeconds(60), cdSeconds(3)});
    ASSERT_EQ(problems.size(), 1u) << ::testing::PrintToString(problems);
    EXPECT_PROBLEM(problems, "tracks[1]", "is 3 s long");
}

TEST(TimelineValidator, TheTrackBeforeACrossfadeEndsWhereTheOverlapStarts) {
    // Track 1 has 5 s of audio, track 2 overlaps its last 2 s: track 1 keeps 3 s.
    Track second = test::plainTrack("B", 0.0);
    second.crossfadeSeconds = 2.0;
    const auto problems = validateAlbumTimeline(test::albumOf({test::plainTrack("A", 2.0), second}),
                                                std::vector<std::int64_t>{cdSeconds(5), cdSeconds(60)});
    ASSERT_EQ(problems.size(), 1u) << ::testing::PrintToString(problems);
    EXPECT_PROBLEM(problems, "tracks[0]", "is 3 s long");
}

TEST(TimelineValidator, FadesCrossfadesTrimsAndIndexMarksMustFitTheAudio) {
    Track first = test::plainTrack("A", 2.0);
    first.fadeIn = {6.0, FadeCurve::Linear};   // 10 s of audio: fits alone
    first.fadeOut = {5.0, FadeCurve::Linear};  // but not with the fade-in
    first.indexMarksSeconds = {3.0, 10.5};     // the second lies past the track's end
    Track second = test::plainTrack("B", 2.0);
    second.trimEndSeconds = 20.0;  // past the 11 s source
    second.fadeIn = {12.0, FadeCurve::Linear};
    Track third = test::plainTrack("C", 0.0);
    third.crossfadeSeconds = 12.0;  // longer than both tracks
    Track fourth = test::plainTrack("D", 2.0);
    fourth.trimStartSeconds = 30.0;  // at the end of the 30 s source
    auto project = test::albumOf({first, second, third, fourth});
    project.exports.ddp.enabled = false;  // only the audio rules, not the Red Book
    const auto problems = validateAlbumTimeline(
        project, std::vector<std::int64_t>{cdSeconds(10), cdSeconds(11), cdSeconds(10), cdSeconds(30)});

    EXPECT_PROBLEM(problems, "tracks[0].fade_out.length_s", "overlaps the fade-in");
    EXPECT_PROBLEM(problems, "tracks[0].index_marks_s[1]", "is not inside the track");
    EXPECT_PROBLEM(problems, "tracks[1].trim_end_s", "after the end of the source (11 s)");
    EXPECT_PROBLEM(problems, "tracks[1].fade_in.length_s", "longer than the trimmed audio (11 s)");
    EXPECT_PROBLEM(problems, "tracks[2].crossfade_s", "longer than this track's trimmed audio (10 s)");
    EXPECT_PROBLEM(problems, "tracks[2].crossfade_s",
                   "longer than the previous track's trimmed audio (11 s)");
    EXPECT_PROBLEM(problems, "tracks[3].trim_start_s", "before the end of the source (30 s)");
    EXPECT_EQ(problems.size(), 7u) << ::testing::PrintToString(problems);
}

TEST(TimelineValidator, RedBookDurationsApplyOnlyWhenDdpIsEnabled) {
    auto project = test::albumOf({test::plainTrack("A", 2.0)});
    project.exports.ddp.enabled = false;
    EXPECT_TRUE(validateAlbumTimeline(project, std::vector<std::int64_t>{cdSeconds(1)}).empty());
    project.exports.ddp.enabled = true;
    EXPECT_EQ(validateAlbumTimeline(project, std::vector<std::int64_t>{cdSeconds(1)}).size(), 1u);
}

}  // namespace
}  // namespace lathe
