#pragma once

#include "project/ModuleSettings.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The album: the model behind a `.lathe` file (project-format.md, version 1). Plain
// data; loading, validation and saving live in ProjectFile.
namespace lathe {

enum class LoudnessMode { Off, Track, Album };
enum class FadeCurve { Linear, EqualPower, Logarithmic, Exponential, SCurve };
enum class WavSplit { Tracks, Album };
enum class DitherKind { None, Tpdf, Shaped };
enum class Mp3Mode { Cbr, Vbr };

struct CdText {
    std::string title;
    std::string performer;
    std::string songwriter;
    std::string composer;
    std::string arranger;
    std::string message;
    bool operator==(const CdText&) const = default;
};

struct LoudnessTarget {
    LoudnessMode mode = LoudnessMode::Off;
    double targetLufs = -14.0;
    bool operator==(const LoudnessTarget&) const = default;
};

struct Album {
    CdText text;
    std::string genre;
    std::string releaseDate;  // YYYY-MM-DD or empty
    std::string upcEan;       // 12 or 13 digits, or empty
    int sampleRate = 44100;
    LoudnessTarget loudness;
    bool operator==(const Album&) const = default;
};

struct Fade {
    double lengthSeconds = 0.0;
    FadeCurve curve = FadeCurve::EqualPower;
    bool operator==(const Fade&) const = default;
};

struct Track {
    std::filesystem::path source;  // absolute once loaded; stored relative when below the project
    CdText text;
    std::string isrc;              // 12 characters without hyphens, or empty
    double trimStartSeconds = 0.0;
    std::optional<double> trimEndSeconds;  // nullopt = to the end of the source
    double gainDb = 0.0;
    Fade fadeIn;
    Fade fadeOut;
    double pregapSeconds = 2.0;
    double crossfadeSeconds = 0.0;
    std::vector<double> indexMarksSeconds;
    Chain chain;
    bool operator==(const Track&) const = default;
};

struct DdpExport {
    bool enabled = true;
    bool operator==(const DdpExport&) const = default;
};

struct WavExport {
    bool enabled = true;
    int bits = 24;                   // 16, 24 or 32 (float)
    std::optional<int> sampleRate;   // nullopt = the album's rate
    WavSplit split = WavSplit::Tracks;
    DitherKind dither = DitherKind::Tpdf;
    bool operator==(const WavExport&) const = default;
};

struct Mp3Export {
    bool enabled = true;
    Mp3Mode mode = Mp3Mode::Cbr;
    int bitrateKbps = 320;
    int vbrQuality = 0;  // LAME -V 0..9
    bool operator==(const Mp3Export&) const = default;
};

struct ExportSettings {
    DdpExport ddp;
    WavExport wav;
    Mp3Export mp3;
    bool operator==(const ExportSettings&) const = default;
};

struct Project {
    static constexpr std::string_view kFormatName = "lathe-project";  // the "format" key
    static constexpr int kFormatVersion = 1;
    Album album;
    Chain masterChain;
    std::vector<Track> tracks;
    ExportSettings exports;
    bool operator==(const Project&) const = default;
};

}  // namespace lathe
