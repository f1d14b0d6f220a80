#include "core/Error.h"
#include "demo/DemoAlbumWriter.h"
#include "demo/DemoMix.h"
#include "demo/DemoProject.h"
#include "demo/DemoSongs.h"
#include "io/AudioFileReader.h"
#include "project/ProjectFile.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"
#include "SpectrumProbe.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <ebur128.h>
#include <fstream>
#include <iterator>
#include <memory>

namespace lathe {
namespace {

constexpr int kRate = demo::kDemoSampleRate;
constexpr std::size_t kFirstLight = 0;
constexpr std::size_t kRedLine = 1;
constexpr std::size_t kQuietHours = 2;
constexpr std::size_t kHomeward = 3;

struct Loudness {
    double integratedLufs = 0.0;
    double truePeakDbtp = 0.0;
};

// Measured with libebur128 directly, independently of the demo's own levelling.
Loudness measure(const AudioBuffer& audio) {
    ebur128_state* state = ebur128_init(2, kRate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    std::vector<float> interleaved(audio.frameCount() * 2);
    for (std::size_t n = 0; n < audio.frameCount(); ++n)
        for (std::size_t c = 0; c < 2; ++c)
            interleaved[n * 2 + c] = audio.channel(c)[n];
    ebur128_add_frames_float(state, interleaved.data(), audio.frameCount());
    Loudness result;
    ebur128_loudness_global(state, &result.integratedLufs);
    double peak = 0.0;
    for (unsigned c = 0; c < 2; ++c) {
        double channelPeak = 0.0;
        ebur128_true_peak(state, c, &channelPeak);
        peak = std::max(peak, channelPeak);
    }
    result.truePeakDbtp = 20.0 * std::log10(peak);
    ebur128_destroy(&state);
    return result;
}

double samplePeakDbfs(const AudioBuffer& audio) {
    float peak = 0.0f;
    for (std::size_t c = 0; c < audio.channelCount(); ++c)
        for (std::size_t n = 0; n < audio.frameCount(); ++n)
            peak = std::max(peak, std::abs(audio.channel(c)[n]));
    return 20.0 * std::log10(peak);
}

// Pearson correlation of left and right: 1 is mono, 0 unrelated.
double leftRightCorrelation(const AudioBuffer& audio) {
    double lr = 0.0, ll = 0.0, rr = 0.0;
    for (std::size_t n = 0; n < audio.frameCount(); ++n) {
        const double l = audio.channel(0)[n];
        const double r = audio.channel(1)[n];
        lr += l * r;
        ll += l * l;
        rr += r * r;
    }
    return lr / std::sqrt(ll * rr);
}

// The mid signal (L+R)/2 between two times, as an analyser on the master bus sees it.
test::SpectrumProbe midSpectrum(const AudioBuffer& audio, double fromSeconds, double toSeconds) {
    const auto first = static_cast<std::size_t>(fromSeconds * kRate);
    const auto last = std::min(audio.frameCount(), static_cast<std::size_t>(toSeconds * kRate));
    std::vector<float> mid;
    for (std::size_t n = first; n < last; ++n)
        mid.push_back(0.5f * (audio.channel(0)[n] + audio.channel(1)[n]));
    return test::SpectrumProbe(mid, kRate);
}

double decibels(double powerRatio) { return test::powerDecibels(powerRatio); }

double barSeconds(const demo::SongDescription& song) { return 4.0 * 60.0 / song.bpm; }

std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The album is written once, into a folder that does not exist yet, and read back, so
// the checks see the 24-bit files and the project a user gets.
class DemoMixes : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_folder = std::make_unique<test::TempDir>();
        s_album = demo::writeDemoAlbum(s_folder->path() / "new" / "demo");
        s_songs = demo::demoSongs();
        s_files = s_album.mixes;
        for (const auto& file : s_files)
            s_mixes.push_back(test::readAudioFile(file));
    }
    static void TearDownTestSuite() {
        s_mixes.clear();
        s_files.clear();
        s_folder.reset();
    }

    static inline std::unique_ptr<test::TempDir> s_folder;
    static inline demo::DemoAlbumFiles s_album;
    static inline std::vector<demo::SongDescription> s_songs;
    static inline std::vector<std::filesystem::path> s_files;
    static inline std::vector<AudioBuffer> s_mixes;
};

TEST_F(DemoMixes, AreWrittenUnderMixesAndReferencedRelativelyByDemoLathe) {
    const auto root = s_folder->path() / "new" / "demo";
    EXPECT_EQ(s_album.project, root / "demo.lathe");
    ASSERT_EQ(s_files.size(), 4u);
    EXPECT_EQ(s_files[0], root / "mixes" / "01 First Light.wav");
    EXPECT_EQ(s_files[3], root / "mixes" / "04 Homeward.wav");
    const std::string text = fileBytes(s_album.project);
    EXPECT_NE(text.find("\"mixes/02 Red Line.wav\""), std::string::npos) << text;
    EXPECT_EQ(text.find(root.string()), std::string::npos) << "sources must be stored relative";
}

TEST_F(DemoMixes, ProjectLoadsBackAsBuiltAndValidates) {
    const Project loaded = loadProject(s_album.project);
    EXPECT_EQ(loaded, demo::buildDemoProject(s_songs, s_files));
    EXPECT_TRUE(validateProject(loaded, ValidationStage::Export).empty());
}

TEST_F(DemoMixes, AreFourCdQualityStereoFilesOfTwentyToFortySeconds) {
    ASSERT_EQ(s_files.size(), 4u);
    for (const auto& file : s_files) {
        const AudioFileReader reader(file);
        EXPECT_EQ(reader.info().format, "WAV");
        EXPECT_EQ(reader.info().subtype, "PCM_24");
        EXPECT_EQ(reader.info().sampleRate, 44100);
        EXPECT_EQ(reader.info().channels, 2);
        EXPECT_GE(reader.info().durationSeconds(), 20.0) << file;
        EXPECT_LE(reader.info().durationSeconds(), 40.0) << file;
    }
}

TEST_F(DemoMixes, HaveDifferentTemposAndKeys) {
    for (std::size_t i = 0; i < s_songs.size(); ++i)
        for (std::size_t j = i + 1; j < s_songs.size(); ++j) {
            EXPECT_NE(s_songs[i].bpm, s_songs[j].bpm);
            EXPECT_NE(s_songs[i].tonicMidi % 12, s_songs[j].tonicMidi % 12);
        }
}

TEST_F(DemoMixes, HaveAStereoImageThatIsWideButNotOutOfPhase) {
    for (std::size_t i = 0; i < s_mixes.size(); ++i) {
        const double correlation = leftRightCorrelation(s_mixes[i]);
        EXPECT_GT(correlation, 0.3) << s_songs[i].title;
        EXPECT_LT(correlation, 0.95) << s_songs[i].title;
    }
}

TEST_F(DemoMixes, QuietTrackSitsAtMinus24Lufs) {
    const Loudness quiet = measure(s_mixes[kQuietHours]);
    EXPECT_NEAR(quiet.integratedLufs, -24.0, 0.5);
    EXPECT_LT(quiet.truePeakDbtp, -6.0);
}

TEST_F(DemoMixes, HotTrackClipsAtFullScaleWithInterSamplePeaksAboveZeroDbtp) {
    const Loudness hot = measure(s_mixes[kRedLine]);
    EXPECT_GT(hot.truePeakDbtp, 0.0);
    EXPECT_GT(samplePeakDbfs(s_mixes[kRedLine]), -0.1);
    EXPECT_GT(hot.integratedLufs, -10.0);
}

TEST_F(DemoMixes, OtherTracksAreBetweenMinus16AndMinus12LufsWithHeadroom) {
    for (std::size_t i : {kFirstLight, kHomeward}) {
        const Loudness loudness = measure(s_mixes[i]);
        EXPECT_GE(loudness.integratedLufs, -16.0) << s_songs[i].title;
        EXPECT_LE(loudness.integratedLufs, -12.0) << s_songs[i].title;
        EXPECT_LT(samplePeakDbfs(s_mixes[i]), -0.9) << s_songs[i].title;
    }
}

// First Light's intro is pad and arpeggio only; bass, kick and hats join in bar 5.
TEST_F(DemoMixes, ArrangementBringsInBassAndHatsAfterTheIntro) {
    const auto& song = s_songs[kFirstLight];
    const double bar = barSeconds(song);
    const auto intro = midSpectrum(s_mixes[kFirstLight], 0.5 * bar, 4.0 * bar);
    const auto verse = midSpectrum(s_mixes[kFirstLight], 4.5 * bar, 8.0 * bar);
    EXPECT_GT(decibels(verse.bandPower(30.0, 150.0) / intro.bandPower(30.0, 150.0)), 10.0);
    EXPECT_GT(decibels(verse.bandPower(6000.0, 16000.0) / intro.bandPower(6000.0, 16000.0)), 6.0);
    // Once the band plays, the bass carries real weight and the hats real air.
    const double total = verse.bandPower(20.0, 20000.0);
    EXPECT_GT(decibels(verse.bandPower(30.0, 150.0) / total), -10.0);
    EXPECT_GT(decibels(verse.bandPower(6000.0, 16000.0) / total), -35.0);
}

// The intro's pads and arpeggio play D major chords: nearly all tonal energy falls on
// the seven notes of the D major scale.
TEST_F(DemoMixes, IntroHarmonyStaysInTheSongsKey) {
    const auto& song = s_songs[kFirstLight];
    const auto intro = midSpectrum(s_mixes[kFirstLight], 0.5 * barSeconds(song), 4.0 * barSeconds(song));
    const std::vector<int> dMajor{2, 4, 6, 7, 9, 11, 1};
    EXPECT_GT(intro.pitchClassShare(dMajor, 100.0, 1000.0), 0.85);
}

// Dynamics: the full chorus is clearly louder than the sparse intro.
TEST_F(DemoMixes, ChorusIsLouderThanIntro) {
    const auto& song = s_songs[kHomeward];
    const double bar = barSeconds(song);
    const auto intro = midSpectrum(s_mixes[kHomeward], 0.0, 2.0 * bar);
    const auto chorus = midSpectrum(s_mixes[kHomeward], 7.0 * bar, 12.0 * bar);
    const double introMean = intro.bandPower(20.0, 20000.0) / (2.0 * bar);
    const double chorusMean = chorus.bandPower(20.0, 20000.0) / (5.0 * bar);
    EXPECT_GT(decibels(chorusMean / introMean), 4.0);
}

TEST_F(DemoMixes, AreByteIdenticalOnEveryRun) {
    const test::TempDir again;
    const auto file = again / "again.wav";
    demo::writeDemoMix(file, s_songs[kQuietHours]);
    EXPECT_EQ(fileBytes(file), fileBytes(s_files[kQuietHours]));
}

TEST_F(DemoMixes, UnwritableFolderIsAWriteFailureNamingIt) {
    const test::TempDir scratch;
    const auto blocker = scratch / "a file";
    std::ofstream(blocker) << "not a folder";
    try {
        demo::writeDemoAlbum(blocker / "demo");
        FAIL() << "expected a write failure";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::WriteFailed);
        EXPECT_NE(std::string(error.what()).find(blocker.string()), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace lathe
