#include "core/Error.h"
#include "demo/DemoProject.h"
#include "demo/DemoSongs.h"
#include "project/ProjectValidator.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace lathe {
namespace {

std::vector<std::filesystem::path> fakeMixes(std::size_t count) {
    std::vector<std::filesystem::path> files;
    for (std::size_t i = 0; i < count; ++i)
        files.push_back("/album/mixes/" + std::to_string(i + 1) + ".wav");
    return files;
}

class DemoProject : public ::testing::Test {
protected:
    std::vector<demo::SongDescription> songs = demo::demoSongs();
    Project project = demo::buildDemoProject(songs, fakeMixes(songs.size()));
};

// Computed here from the GS1 rule (weights 1, 3, 1, ... from the left for EAN-13),
// independently of the project's own validator.
TEST_F(DemoProject, HasAlbumMetadataAndAnEanWithACorrectCheckDigit) {
    EXPECT_FALSE(project.album.text.title.empty());
    EXPECT_FALSE(project.album.text.performer.empty());
    EXPECT_FALSE(project.album.genre.empty());
    EXPECT_TRUE(std::regex_match(project.album.releaseDate, std::regex(R"(\d{4}-\d{2}-\d{2})")));
    const std::string& ean = project.album.upcEan;
    ASSERT_EQ(ean.size(), 13u);
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i)
        sum += (ean[i] - '0') * (i % 2 == 0 ? 1 : 3);
    EXPECT_EQ((10 - sum % 10) % 10, ean[12] - '0');
}

TEST_F(DemoProject, NormalisesTheAlbumToMinus14Lufs) {
    EXPECT_EQ(project.album.loudness.mode, LoudnessMode::Album);
    EXPECT_DOUBLE_EQ(project.album.loudness.targetLufs, -14.0);
    EXPECT_EQ(project.album.sampleRate, 44100);
    EXPECT_TRUE(project.exports.ddp.enabled);
}

TEST_F(DemoProject, EveryTrackHasTitlePerformerAndItsOwnValidIsrc) {
    ASSERT_EQ(project.tracks.size(), 4u);
    std::set<std::string> isrcs;
    for (std::size_t i = 0; i < project.tracks.size(); ++i) {
        const Track& track = project.tracks[i];
        EXPECT_EQ(track.text.title, songs[i].title);
        EXPECT_FALSE(track.text.performer.empty());
        EXPECT_TRUE(std::regex_match(track.isrc, std::regex("[A-Z]{2}[A-Z0-9]{3}[0-9]{7}"))) << track.isrc;
        isrcs.insert(track.isrc);
    }
    EXPECT_EQ(isrcs.size(), project.tracks.size());
}

TEST_F(DemoProject, SequencesWithGapsOneCrossfadeAndFades) {
    const auto& tracks = project.tracks;
    EXPECT_DOUBLE_EQ(tracks[0].pregapSeconds, 2.0);
    EXPECT_DOUBLE_EQ(tracks[1].pregapSeconds, 1.5);
    EXPECT_DOUBLE_EQ(tracks[2].pregapSeconds, 2.0);
    int crossfades = 0;
    for (const Track& track : tracks)
        crossfades += track.crossfadeSeconds > 0.0;
    EXPECT_EQ(crossfades, 1);
    EXPECT_DOUBLE_EQ(tracks[3].crossfadeSeconds, 3.0);
    EXPECT_DOUBLE_EQ(tracks[3].pregapSeconds, 0.0);
    EXPECT_GT(tracks.front().fadeIn.lengthSeconds, 0.0);
    EXPECT_GT(tracks.back().fadeOut.lengthSeconds, 0.0);
    // The crossfade's two sides are faded over its whole length.
    EXPECT_DOUBLE_EQ(tracks[2].fadeOut.lengthSeconds, 3.0);
    EXPECT_DOUBLE_EQ(tracks[3].fadeIn.lengthSeconds, 3.0);
}

// Red Book durations need the audio's length, which the songs know: each track from
// index 1 to the next index 0 (the next crossfade eats into it) is at least 4 s.
TEST_F(DemoProject, FollowsTheRedBook) {
    EXPECT_TRUE(validateProject(project, ValidationStage::Export).empty());
    for (std::size_t i = 0; i < songs.size(); ++i) {
        const double overlap = i + 1 < songs.size() ? project.tracks[i + 1].crossfadeSeconds : 0.0;
        EXPECT_GE(demo::songSeconds(songs[i]) - overlap, 4.0) << songs[i].title;
        EXPECT_LT(project.tracks[i].fadeIn.lengthSeconds + project.tracks[i].fadeOut.lengthSeconds,
                  demo::songSeconds(songs[i]));
    }
}

TEST_F(DemoProject, TrackChainsEqualiseLowCutMidBellAndSideShelf) {
    for (const Track& track : project.tracks) {
        ASSERT_EQ(track.chain.modules.size(), 1u);
        const auto& eq = std::get<EqSettings>(track.chain.modules[0].parameters);
        ASSERT_EQ(eq.bands.size(), 3u);
        EXPECT_EQ(eq.bands[0].shape, EqShape::LowCut);
        EXPECT_EQ(eq.bands[1].shape, EqShape::Bell);
        EXPECT_EQ(eq.bands[1].placement, Placement::Mid);
        EXPECT_EQ(eq.bands[2].shape, EqShape::HighShelf);
        EXPECT_EQ(eq.bands[2].placement, Placement::Side);
    }
}

TEST_F(DemoProject, MasterChainIsEqCompressorStereoAndAMinusOneDbtpLimiter) {
    const auto& modules = project.masterChain.modules;
    ASSERT_EQ(modules.size(), 4u);
    EXPECT_TRUE(std::holds_alternative<EqSettings>(modules[0].parameters));
    const auto& compressor = std::get<CompressorSettings>(modules[1].parameters);
    EXPECT_LE(compressor.ratio, 2.0);  // gentle
    EXPECT_TRUE(std::holds_alternative<StereoSettings>(modules[2].parameters));
    EXPECT_DOUBLE_EQ(std::get<LimiterSettings>(modules[3].parameters).ceilingDbtp, -1.0);
    for (const Module& module : modules)
        EXPECT_TRUE(module.enabled);
}

TEST_F(DemoProject, HotTrackComesDownBeforeItsChain) {
    EXPECT_LT(project.tracks[1].gainDb, 0.0);
    EXPECT_EQ(project.tracks[0].gainDb, 0.0);
}

TEST(DemoProjectPlan, RefusesAnotherNumberOfSongs) {
    auto songs = demo::demoSongs();
    songs.pop_back();
    EXPECT_THROW(demo::buildDemoProject(songs, fakeMixes(songs.size())), Error);
}

}  // namespace
}  // namespace lathe
