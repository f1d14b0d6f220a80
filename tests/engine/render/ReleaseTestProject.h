#pragma once

// A small album for the release-export tests (engine and CLI): five tracks of 5-7 s
// synthesised in code, with different gaps, a crossfade, an index mark, ISRCs, a UPC,
// CD-Text, a gain module in one track chain and a -1 dBTP limiter on the master,
// normalised as an album to -14 LUFS.

#include "project/Project.h"
#include "project/ProjectFile.h"
#include "support/TestSignals.h"

#include <filesystem>
#include <string>
#include <vector>

namespace lathe::test {

inline constexpr int kReleaseRate = 44100;

struct ReleaseTrackPlan {
    double seconds;
    double toneHz;
    double pregapSeconds;
    double crossfadeSeconds;
};

inline const std::vector<ReleaseTrackPlan>& releaseTrackPlans() {
    static const std::vector<ReleaseTrackPlan> plans = {{6.0, 220.0, 2.0, 0.0},
                                                        {5.5, 330.0, 1.0, 0.0},
                                                        {6.5, 440.0, 0.0, 1.5},
                                                        {5.0, 275.0, 0.5, 0.0},
                                                        {6.2, 550.0, 3.0, 0.0}};
    return plans;
}

// Pink noise with a tone on top: music-like enough that a limiter works and an MP3
// overshoots its ceiling when decoded.
inline AudioBuffer releaseSource(const ReleaseTrackPlan& plan, unsigned seed) {
    AudioBuffer audio = pinkNoise(0.45, plan.seconds, kReleaseRate, 2, seed);
    const AudioBuffer tone = sine(plan.toneHz, 0.3, plan.seconds, kReleaseRate, 2);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(c)[i] += tone.channel(c)[i];
    return audio;
}

inline Project releaseTestProject(const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder / "mixes");
    Project project;
    project.album.text.title = "Test Pressing";
    project.album.text.performer = "The Examples";
    project.album.genre = "Electronic";
    project.album.releaseDate = "2026-11-23";
    project.album.upcEan = "0123456789012";
    project.album.sampleRate = kReleaseRate;
    project.album.loudness = {LoudnessMode::Album, -14.0};
    project.masterChain.modules.push_back(Module{LimiterSettings{-1.0, 60.0, 2.0, 0.0}, true});
    const auto& plans = releaseTrackPlans();
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const auto source = folder / "mixes" / ("mix" + std::to_string(i + 1) + ".wav");
        writeAudioFile(source, releaseSource(plans[i], static_cast<unsigned>(i + 7)), kReleaseRate);
        Track track;
        track.source = source;
        track.text.title = "Song " + std::to_string(i + 1) + (i == 1 ? ": A/B \"mix\"" : "");
        track.isrc = "USXYZ26000" + std::to_string(10 + i);
        track.pregapSeconds = plans[i].pregapSeconds;
        track.crossfadeSeconds = plans[i].crossfadeSeconds;
        track.fadeIn = {0.2, FadeCurve::EqualPower};
        track.fadeOut = {1.0, FadeCurve::EqualPower};
        if (plans[i].crossfadeSeconds > 0.0)
            track.fadeIn = {plans[i].crossfadeSeconds, FadeCurve::EqualPower};
        if (i + 1 < plans.size() && plans[i + 1].crossfadeSeconds > 0.0)
            track.fadeOut = {plans[i + 1].crossfadeSeconds, FadeCurve::EqualPower};
        if (i == 3)
            track.indexMarksSeconds = {2.0};
        if (i == 0)
            track.chain.modules.push_back(Module{GainSettings{-2.0}, true});
        project.tracks.push_back(track);
    }
    project.exports.wav = {true, 16, std::nullopt, WavSplit::Tracks, DitherKind::Shaped};
    project.exports.mp3 = {true, Mp3Mode::Cbr, 320, 0};
    return project;
}

// Writes the album's sources and project file; returns the project file.
inline std::filesystem::path writeReleaseTestProject(const std::filesystem::path& folder) {
    const Project project = releaseTestProject(folder);
    const auto file = folder / "album.lathe";
    saveProject(project, file);
    return file;
}

}  // namespace lathe::test
