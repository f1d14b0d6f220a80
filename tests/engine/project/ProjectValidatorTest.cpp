#include "project/ProjectValidator.h"

#include "ProjectTestData.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace lathe {
namespace {

using Problems = std::vector<ProjectProblem>;

// A valid CD project: 44.1 kHz, DDP on, two tracks.
Project cdProject() {
    Project project = test::fullProject();
    project.album.sampleRate = 44100;
    project.exports.ddp.enabled = true;
    return project;
}

TEST(ProjectValidator, ValidProjectsHaveNoProblems) {
    EXPECT_EQ(validateProject(test::fullProject()), Problems{});
    EXPECT_EQ(validateProject(cdProject()), Problems{});
    EXPECT_EQ(validateProject(cdProject(), ValidationStage::Export), Problems{});
    EXPECT_EQ(validateProject(Project{}), Problems{});
}

TEST(ProjectValidator, IsrcAndBarcodeAreChecked) {
    Project project = test::fullProject();
    project.tracks[1].isrc = "US-XYZ-26-00001";
    project.album.upcEan = "036000291453";
    EXPECT_EQ(validateProject(project),
              (Problems{{"album.upc_ean", "wrong check digit 3 (expected 2)"},
                        {"tracks[1].isrc", "expected 12 characters CCXXXYYNNNNN, got 15"}}));
}

TEST(ProjectValidator, ReleaseDateMustBeIsoOrEmpty) {
    Project project = test::fullProject();
    project.album.releaseDate = "23.11.2026";
    EXPECT_EQ(validateProject(project),
              (Problems{{"album.release_date", "expected a date YYYY-MM-DD"}}));
    project.album.releaseDate = "2026-13-01";
    EXPECT_EQ(validateProject(project),
              (Problems{{"album.release_date",
                         "expected a date YYYY-MM-DD with month 01-12 and day 01-31"}}));
    project.album.releaseDate = "";
    EXPECT_EQ(validateProject(project), Problems{});
}

TEST(ProjectValidator, FadesPregapsAndTrimsCannotBeNegative) {
    Project project = test::fullProject();
    project.tracks[0].fadeIn.lengthSeconds = -0.1;
    project.tracks[0].fadeOut.lengthSeconds = -1.0;
    project.tracks[0].pregapSeconds = -2.0;
    project.tracks[1].crossfadeSeconds = -1.0;
    project.tracks[1].trimStartSeconds = -3.0;
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks[0].fade_in.length_s", "must be at least 0"},
                        {"tracks[0].fade_out.length_s", "must be at least 0"},
                        {"tracks[0].pregap_s", "must be at least 0"},
                        {"tracks[1].trim_start_s", "must be at least 0"},
                        {"tracks[1].crossfade_s", "must be at least 0"}}));
}

TEST(ProjectValidator, TrimEndMustComeAfterTrimStart) {
    Project project = test::fullProject();
    project.tracks[0].trimEndSeconds = 0.25;  // equal to trim_start_s
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks[0].trim_end_s", "must be after trim_start_s (0.25 s)"}}));
    project.tracks[0].trimEndSeconds = 0.1;
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks[0].trim_end_s", "must be after trim_start_s (0.25 s)"}}));
}

TEST(ProjectValidator, CrossfadesStartAtTrackTwoWithoutPregap) {
    Project project = test::fullProject();
    project.tracks[1].pregapSeconds = 0.5;
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks[1].crossfade_s",
                         "a crossfade needs pregap_s 0 (the tracks overlap), got pregap_s 0.5"}}));
    project = test::fullProject();
    project.tracks[0].crossfadeSeconds = 1.0;
    project.tracks[0].pregapSeconds = 0.0;
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks[0].crossfade_s",
                         "the first track has no track before it to crossfade with"}}));
}

TEST(ProjectValidator, IndexMarksArePositiveAndAscending) {
    Project project = test::fullProject();
    project.tracks[0].indexMarksSeconds = {-1.0, 30.0, 30.0, 20.0};
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks[0].index_marks_s[0]", "must be greater than 0"},
                        {"tracks[0].index_marks_s[2]", "must be above the value before it (30 s)"},
                        {"tracks[0].index_marks_s[3]", "must be above the value before it (30 s)"}}));
}

TEST(ProjectValidator, EveryTrackNeedsASource) {
    Project project = test::fullProject();
    project.tracks[1].source.clear();
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks[1].source", "missing; every track needs a source file"}}));
}

TEST(ProjectValidator, DdpNeedsRedBookSampleRateTrackCountAndFirstPregap) {
    const std::string why = " (export.ddp.enabled: a CD follows the Red Book)";
    Project project = cdProject();
    project.album.sampleRate = 48000;
    EXPECT_EQ(validateProject(project), (Problems{{"album.sample_rate", "must be 44100" + why}}));

    project = cdProject();
    project.tracks[0].pregapSeconds = 1.5;
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks[0].pregap_s", "the first track needs at least 2 s of pregap" + why}}));

    project = cdProject();
    project.tracks.resize(100, project.tracks[0]);
    EXPECT_EQ(validateProject(project),
              (Problems{{"tracks", "a CD holds at most 99 tracks, got 100" + why}}));
    project.tracks.resize(99);
    EXPECT_EQ(validateProject(project), Problems{});

    project.tracks.clear();
    EXPECT_EQ(validateProject(project, ValidationStage::Editing), Problems{});
    EXPECT_EQ(validateProject(project, ValidationStage::Export),
              (Problems{{"tracks", "a CD needs at least 1 track" + why}}));

    project.exports.ddp.enabled = false;
    project.album.sampleRate = 96000;
    EXPECT_EQ(validateProject(project, ValidationStage::Export), Problems{});
}

TEST(ProjectValidator, NonFiniteValuesFromCodeAreCaught) {
    Project project = test::fullProject();
    project.tracks[0].gainDb = std::numeric_limits<double>::quiet_NaN();
    project.masterChain.modules[0].parameters = GainSettings{std::numeric_limits<double>::infinity()};
    EXPECT_EQ(validateProject(project),
              (Problems{{"master_chain.modules[0].gain_db", "must be a finite number"},
                        {"tracks[0].gain_db", "must be a finite number"}}));
}

TEST(ProjectValidator, FrequenciesFollowTheAlbumSampleRate) {
    Project project = test::fullProject();
    project.album.sampleRate = 44100;  // the 20.5 kHz high cut stays legal
    EXPECT_EQ(validateProject(project), Problems{});
    project.album.sampleRate = 32000;
    EXPECT_EQ(validateProject(project),
              (Problems{{"master_chain.modules[1].bands[4].freq_hz",
                         "must be above 0 and below 16000 Hz (half of album.sample_rate)"},
                        {"tracks[0].chain.modules[0].bands[4].freq_hz",
                         "must be above 0 and below 16000 Hz (half of album.sample_rate)"}}));
}

}  // namespace
}  // namespace lathe
