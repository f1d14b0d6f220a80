#include "render/AlbumRenderer.h"

#include "project/ProjectFile.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;

// Loudness mode `track`: each track is brought to the target on its own, so tracks
// mixed 12 dB apart come out at the same loudness.
TEST(AlbumRendererLoudness, TrackModeBringsEveryTrackToTheTarget) {
    test::TempDir dir;
    Project project;
    project.album.sampleRate = kRate;
    project.album.loudness = {LoudnessMode::Track, -16.0};
    project.exports.ddp.enabled = false;
    project.exports.mp3.enabled = false;
    project.exports.wav = {true, 32, std::nullopt, WavSplit::Tracks, DitherKind::None};
    for (int i = 0; i < 2; ++i) {
        const auto source = dir / (i == 0 ? "loud.wav" : "quiet.wav");
        test::writeAudioFile(source, test::pinkNoise(i == 0 ? 0.5 : 0.125, 4.5, kRate, 2, 11 + i), kRate,
                             SampleFormat::Float32);
        Track track;
        track.source = source;
        track.text.title = i == 0 ? "Loud" : "Quiet";
        // No gap after track 1: its file is its audio alone (silence in a file would
        // count in the gated loudness of a track this short).
        track.pregapSeconds = i == 0 ? 2.0 : 0.0;
        track.fadeIn.lengthSeconds = 0.0;
        track.fadeOut.lengthSeconds = 0.0;
        project.tracks.push_back(track);
    }
    saveProject(project, dir / "loud.lathe");
    AlbumRenderer::Options options;
    options.project = dir / "loud.lathe";
    options.outDir = dir / "out";
    const auto result = AlbumRenderer(options).render();
    const auto& tracks = result.report["tracks"];
    ASSERT_EQ(tracks.size(), 2u);
    for (const auto& track : tracks)
        EXPECT_NEAR(track["outputs"]["wav"]["integrated_lufs"].get<double>(), -16.0, 0.1) << track["title"];
    EXPECT_NEAR(tracks[1]["loudness_gain_db"].get<double>() - tracks[0]["loudness_gain_db"].get<double>(),
                12.04, 0.2);
    EXPECT_TRUE(result.report["album"]["target_lufs"] == -16.0);
}

}  // namespace
}  // namespace lathe
