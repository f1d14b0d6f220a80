#include "demo/DemoMix.h"
#include "demo/DemoSongs.h"
#include "io/AudioFileReader.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"
#include "SpectrumProbe.h"

#include <gtest/gtest.h>

#include <cmath>
#include <ebur128.h>
#include <map>

namespace lathe {
namespace {

constexpr int kRate = demo::kDemoSampleRate;
constexpr std::size_t kFirstLight = 0;
constexpr std::size_t kRedLine = 1;
constexpr std::size_t kQuietHours = 2;
constexpr std::size_t kHomeward = 3;

const demo::SongDescription& song(std::size_t index) {
    static const std::vector<demo::SongDescription> songs = demo::demoSongs();
    return songs.at(index);
}

// A song as a user gets it: written as the 24-bit file and read back. Rendered once
// per test process, and only the songs a test asks for (ctest runs each test alone).
const AudioBuffer& shippedMix(std::size_t index) {
    static const test::TempDir folder;
    static std::map<std::size_t, AudioBuffer> mixes;
    if (!mixes.count(index)) {
        const auto file = folder / (std::to_string(index) + ".wav");
        demo::writeDemoMix(file, song(index));
        mixes.emplace(index, test::readAudioFile(file));
    }
    return mixes.at(index);
}

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

double decibels(double powerRatio) {
    return test::powerDecibels(powerRatio);
}

double barSeconds(const demo::SongDescription& description) {
    return 4.0 * 60.0 / description.bpm;
}

TEST(DemoSongList, HasFourSongsOfTwentyToFortySecondsInDifferentTemposAndKeys) {
    const auto songs = demo::demoSongs();
    ASSERT_EQ(songs.size(), 4u);
    for (std::size_t i = 0; i < songs.size(); ++i) {
        EXPECT_GE(demo::songSeconds(songs[i]), 20.0) << songs[i].title;
        EXPECT_LE(demo::songSeconds(songs[i]), 40.0) << songs[i].title;
        for (std::size_t j = i + 1; j < songs.size(); ++j) {
            EXPECT_NE(songs[i].bpm, songs[j].bpm);
            EXPECT_NE(songs[i].tonicMidi % 12, songs[j].tonicMidi % 12);
        }
    }
}

TEST(DemoMix, IsA24BitCdQualityStereoFileOfTheSongsLength) {
    const test::TempDir folder;
    const auto file = folder / "quiet.wav";
    demo::writeDemoMix(file, song(kQuietHours));
    const AudioFileReader reader(file);
    EXPECT_EQ(reader.info().format, "WAV");
    EXPECT_EQ(reader.info().subtype, "PCM_24");
    EXPECT_EQ(reader.info().sampleRate, 44100);
    EXPECT_EQ(reader.info().channels, 2);
    EXPECT_NEAR(reader.info().durationSeconds(), demo::songSeconds(song(kQuietHours)), 1.0 / kRate);
}

TEST(DemoMix, EverySongHasAStereoImageThatIsWideButNotOutOfPhase) {
    for (std::size_t i = 0; i < 4; ++i) {
        const double correlation = leftRightCorrelation(shippedMix(i));
        EXPECT_GT(correlation, 0.3) << song(i).title;
        EXPECT_LT(correlation, 0.95) << song(i).title;
    }
}

TEST(DemoMix, QuietTrackSitsAtMinus24Lufs) {
    const Loudness quiet = measure(shippedMix(kQuietHours));
    EXPECT_NEAR(quiet.integratedLufs, -24.0, 0.5);
    EXPECT_LT(quiet.truePeakDbtp, -6.0);
}

TEST(DemoMix, HotTrackClipsAtFullScaleWithInterSamplePeaksAboveZeroDbtp) {
    const Loudness hot = measure(shippedMix(kRedLine));
    EXPECT_GT(hot.truePeakDbtp, 0.0);
    EXPECT_GT(samplePeakDbfs(shippedMix(kRedLine)), -0.1);
    EXPECT_GT(hot.integratedLufs, -10.0);
}

TEST(DemoMix, OtherTracksAreBetweenMinus16AndMinus12LufsWithHeadroom) {
    for (std::size_t i : {kFirstLight, kHomeward}) {
        const Loudness loudness = measure(shippedMix(i));
        EXPECT_GE(loudness.integratedLufs, -16.0) << song(i).title;
        EXPECT_LE(loudness.integratedLufs, -12.0) << song(i).title;
        EXPECT_LT(samplePeakDbfs(shippedMix(i)), -0.9) << song(i).title;
    }
}

// First Light's intro is pad and arpeggio only; bass, kick and hats join in bar 5.
TEST(DemoMix, ArrangementBringsInBassAndHatsAfterTheIntro) {
    const double bar = barSeconds(song(kFirstLight));
    const auto intro = midSpectrum(shippedMix(kFirstLight), 0.5 * bar, 4.0 * bar);
    const auto verse = midSpectrum(shippedMix(kFirstLight), 4.5 * bar, 8.0 * bar);
    EXPECT_GT(decibels(verse.bandPower(30.0, 150.0) / intro.bandPower(30.0, 150.0)), 10.0);
    EXPECT_GT(decibels(verse.bandPower(6000.0, 16000.0) / intro.bandPower(6000.0, 16000.0)), 6.0);
    // Once the band plays, the bass carries real weight and the hats real air.
    const double total = verse.bandPower(20.0, 20000.0);
    EXPECT_GT(decibels(verse.bandPower(30.0, 150.0) / total), -10.0);
    EXPECT_GT(decibels(verse.bandPower(6000.0, 16000.0) / total), -35.0);
}

// The intro's pads and arpeggio play D major chords: nearly all tonal energy falls on
// the seven notes of the D major scale (a semitone higher, E flat major, gets little).
TEST(DemoMix, IntroHarmonyStaysInTheSongsKey) {
    const double bar = barSeconds(song(kFirstLight));
    const auto intro = midSpectrum(shippedMix(kFirstLight), 0.5 * bar, 4.0 * bar);
    EXPECT_GT(intro.pitchClassShare({2, 4, 6, 7, 9, 11, 1}, 100.0, 1000.0), 0.85);
    EXPECT_LT(intro.pitchClassShare({3, 5, 7, 8, 10, 0, 2}, 100.0, 1000.0), 0.5);
}

// Dynamics: the full chorus is clearly louder than the sparse intro.
TEST(DemoMix, ChorusIsLouderThanIntro) {
    const double bar = barSeconds(song(kHomeward));
    const auto intro = midSpectrum(shippedMix(kHomeward), 0.0, 2.0 * bar);
    const auto chorus = midSpectrum(shippedMix(kHomeward), 7.0 * bar, 12.0 * bar);
    const double introMean = intro.bandPower(20.0, 20000.0) / (2.0 * bar);
    const double chorusMean = chorus.bandPower(20.0, 20000.0) / (5.0 * bar);
    EXPECT_GT(decibels(chorusMean / introMean), 4.0);
}

}  // namespace
}  // namespace lathe
