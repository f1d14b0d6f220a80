#pragma once

#include "project/JsonDocument.h"
#include "project/Project.h"
#include "project/ProjectError.h"
#include "project/ProjectFile.h"

#include <gtest/gtest.h>
#include <ostream>
#include <string>
#include <vector>

namespace lathe {
// Readable failures: "path: message" instead of bytes.
inline void PrintTo(const ProjectProblem& problem, std::ostream* out) {
    *out << describeProblem(problem);
}
}  // namespace lathe

// Shared test data for the project-file tests: the format document's example, a project
// that sets every field away from its default, and a way to see a document's problems.
namespace lathe::test {

inline const std::filesystem::path kProjectDir = "/albums/night-drive";

// project-format.md's example, verbatim.
inline const char* const kFormatExample = R"({
  "format": "lathe-project",
  "version": 1,
  "album": {
    "title": "Night Drive", "performer": "The Examples", "songwriter": "", "composer": "",
    "arranger": "", "message": "", "genre": "", "release_date": "2026-11-23",
    "upc_ean": "0123456789012",
    "sample_rate": 44100,
    "loudness": {"mode": "album", "target_lufs": -14.0}
  },
  "master_chain": {"modules": [
    {"type": "limiter", "enabled": true, "ceiling_dbtp": -1.0, "release_ms": 60,
     "lookahead_ms": 2.0}
  ]},
  "tracks": [{
    "source": "mixes/01 Intro.wav",
    "title": "Intro", "performer": "", "songwriter": "", "composer": "", "arranger": "",
    "message": "", "isrc": "USXYZ2600001",
    "trim_start_s": 0.0, "trim_end_s": null, "gain_db": 0.0,
    "fade_in":  {"length_s": 0.0, "curve": "equal_power"},
    "fade_out": {"length_s": 3.0, "curve": "equal_power"},
    "pregap_s": 2.0, "crossfade_s": 0.0,
    "index_marks_s": [],
    "chain": {"modules": [
      {"type": "eq", "enabled": true, "phase": "minimum", "bands": [
        {"shape": "low_cut", "freq_hz": 25, "slope_db_oct": 24, "placement": "stereo", "enabled": true},
        {"shape": "bell", "freq_hz": 3200, "gain_db": -1.5, "q": 1.2, "placement": "mid", "enabled": true},
        {"shape": "high_shelf", "freq_hz": 10000, "gain_db": 1.0, "q": 0.707, "placement": "side", "enabled": true}
      ]}
    ]}
  }],
  "export": {
    "ddp": {"enabled": true},
    "wav": {"enabled": true, "bits": 24, "sample_rate": null, "split": "tracks", "dither": "tpdf"},
    "mp3": {"enabled": true, "mode": "cbr", "bitrate_kbps": 320, "vbr_quality": 0}
  }
})";

inline const char* const kMinimalProject = R"({"format":"lathe-project","version":1})";

// Every module type, every enum away from its default where the format allows, and
// every field changed; still a valid project (48 kHz, so DDP is off).
inline Project fullProject() {
    Project project;
    Album& album = project.album;
    album.text = {"Night Drive", "The Examples", "A. Writer", "B. Composer", "C. Arranger", "Ünïcode ✓"};
    album.genre = "Electronic";
    album.releaseDate = "2026-11-23";
    album.upcEan = "036000291452";
    album.sampleRate = 48000;
    album.loudness = {LoudnessMode::Album, -16.5};

    EqSettings eq;
    eq.phase = EqPhase::Linear;
    eq.bands = {
        {EqShape::LowCut, 28.0, 0.0, 0.707, 36, Placement::Side, true},
        {EqShape::Bell, 3150.5, -2.25, 1.4, 12, Placement::Mid, false},
        {EqShape::LowShelf, 110.0, 1.5, 0.5, 12, Placement::Left, true},
        {EqShape::HighShelf, 12000.0, 0.75, 0.9, 12, Placement::Right, true},
        {EqShape::HighCut, 20500.0, 0.0, 0.707, 6, Placement::Stereo, true},
        {EqShape::Notch, 60.0, 0.0, 30.0, 12, Placement::Stereo, true},
    };
    CompressorSettings compressor{-24.0, 3.5, 15.0, 250.0, 4.0, 1.5, Detector::Peak, 0.8, 90.0};
    MultibandSettings multiband;
    multiband.crossoversHz = {150.0, 900.0, 5000.0};
    multiband.linearPhase = true;
    multiband.bands[0] = {compressor, true, false};
    multiband.bands[2].solo = true;
    multiband.bands[3].compressor.ratio = 1.25;
    project.masterChain.modules = {
        {GainSettings{-3.5}, true},
        {eq, false},
        {compressor, true},
        {multiband, true},
        {StereoSettings{1.3, 120.0, -0.1}, true},
        {DeclickSettings{0.8}, true},
        {LimiterSettings{-0.3, 80.0, 5.0, 2.5}, true},
    };

    Track first;
    first.source = kProjectDir / "mixes/01 Intro.wav";
    first.text = {"Intro", "The Examples", "W", "C", "A", "first"};
    first.isrc = "USXYZ2600001";
    first.trimStartSeconds = 0.25;
    first.trimEndSeconds = 181.5;
    first.gainDb = -1.25;
    first.fadeIn = {0.05, FadeCurve::Linear};
    first.fadeOut = {2.5, FadeCurve::SCurve};
    first.pregapSeconds = 2.5;
    first.indexMarksSeconds = {30.0, 60.5};
    first.chain.modules = {{eq, true}, {DeclickSettings{0.2}, false}};

    Track second;
    second.source = "/elsewhere/02 Drive.flac";
    second.text.title = "Drive";
    second.isrc = "GBABC2612345";
    second.fadeIn = {1.0, FadeCurve::Logarithmic};
    second.fadeOut = {4.0, FadeCurve::Exponential};
    second.pregapSeconds = 0.0;
    second.crossfadeSeconds = 1.5;

    project.tracks = {first, second};
    project.exports.ddp.enabled = false;
    project.exports.wav = {false, 16, 96000, WavSplit::Album, DitherKind::Shaped};
    project.exports.mp3 = {false, Mp3Mode::Vbr, 256, 2};
    return project;
}

// The problems parseProject reports for `text`; empty when it loads.
inline std::vector<ProjectProblem> problemsOf(const std::string& text) {
    try {
        parseProject(text, kProjectDir, "test.lathe");
    } catch (const ProjectError& error) {
        return error.problems();
    }
    return {};
}

inline std::vector<ProjectProblem> problemsOf(const Json& document) {
    return problemsOf(document.dump());
}

inline Json exampleJson() { return Json::parse(kFormatExample); }
inline Json fullJson() { return Json::parse(serializeProject(fullProject(), kProjectDir)); }

}  // namespace lathe::test
