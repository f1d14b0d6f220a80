#include "render/AlbumMixer.h"

#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;

AudioBuffer constant(float value, std::size_t frames) {
    AudioBuffer audio(2, frames);
    for (std::size_t c = 0; c < 2; ++c)
        std::fill_n(audio.channel(c), frames, value);
    return audio;
}

// Two tracks of a constant level: a pregap of exact zeros before the first, a
// linear crossfade between them that sums to the same level throughout.
TEST(AlbumMixer, PregapsAreZerosAndALinearCrossfadeSumsFlat) {
    test::TempDir dir;
    Project project;
    project.album.sampleRate = kRate;
    project.tracks.resize(2);
    project.tracks[0].pregapSeconds = 0.5;
    project.tracks[0].fadeOut = {0.25, FadeCurve::Linear};
    project.tracks[1].crossfadeSeconds = 0.25;
    project.tracks[1].pregapSeconds = 0.0;
    project.tracks[1].fadeIn = {0.25, FadeCurve::Linear};
    const std::vector<std::int64_t> frames = {kRate, kRate};
    test::writeAudioFile(dir / "a.wav", constant(0.5f, kRate), kRate, SampleFormat::Float32);
    test::writeAudioFile(dir / "b.wav", constant(0.5f, kRate), kRate, SampleFormat::Float32);
    const AlbumLayout layout = AlbumLayout::fromTimeline(AlbumTimeline(project, frames), false);
    AlbumMixer::mix(project, layout, {dir / "a.wav", dir / "b.wav"}, dir / "album.wav");

    const AudioBuffer album = test::readAudioFile(dir / "album.wav");
    ASSERT_EQ(album.frameCount(), static_cast<std::size_t>(kRate / 2 + 2 * kRate - kRate / 4));
    for (std::size_t i = 0; i < static_cast<std::size_t>(kRate / 2); ++i)
        ASSERT_EQ(album.channel(0)[i], 0.0f) << i;
    const auto overlapStart = static_cast<std::size_t>(layout.tracks[1].index1);
    EXPECT_EQ(overlapStart, static_cast<std::size_t>(kRate / 2 + kRate - kRate / 4));
    for (std::size_t i = kRate / 2; i < album.frameCount() - static_cast<std::size_t>(kRate / 4); ++i)
        ASSERT_NEAR(album.channel(1)[i], 0.5f, 1e-6f) << i;
    // Untouched samples pass bit for bit.
    EXPECT_EQ(album.channel(0)[kRate], 0.5f);
}

TEST(AlbumMixer, EqualPowerCrossfadeKeepsThePowerOfUncorrelatedTracks) {
    Track track;
    track.fadeIn = {1.0, FadeCurve::EqualPower};
    track.fadeOut = {1.0, FadeCurve::EqualPower};
    TrackLayout placed;
    placed.audioFrames = 4 * kRate;
    placed.fadeInFrames = kRate;
    placed.fadeOutFrames = kRate;
    for (std::int64_t j = 0; j < kRate; j += 997) {
        const double in = AlbumMixer::fadeGainAt(track, placed, j);
        const double out = AlbumMixer::fadeGainAt(track, placed, placed.audioFrames - kRate + j);
        EXPECT_NEAR(in * in + out * out, 1.0, 1e-12) << j;
    }
    EXPECT_EQ(AlbumMixer::fadeGainAt(track, placed, 2 * kRate), 1.0);
    EXPECT_GT(AlbumMixer::fadeGainAt(track, placed, 0), 0.0);
    EXPECT_LT(AlbumMixer::fadeGainAt(track, placed, 0), 1e-4);
}

}  // namespace
}  // namespace lathe
