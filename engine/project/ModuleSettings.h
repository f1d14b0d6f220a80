#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// The settings of every chain module, with the defaults of project-format.md. These
// plain structs are what the project file stores, what the UI edits and what the DSP
// processors are configured from.
namespace lathe {

enum class EqPhase { Minimum, Linear };
enum class EqShape { Bell, LowShelf, HighShelf, LowCut, HighCut, Notch };
enum class Placement { Stereo, Mid, Side, Left, Right };
enum class Detector { Rms, Peak };

struct GainSettings {
    double gainDb = 0.0;
    bool operator==(const GainSettings&) const = default;
};

struct EqBand {
    EqShape shape = EqShape::Bell;
    double freqHz = 1000.0;
    double gainDb = 0.0;
    double q = 0.707;
    int slopeDbPerOctave = 12;  // 6..48 in steps of 6; cuts only
    Placement placement = Placement::Stereo;
    bool enabled = true;
    bool operator==(const EqBand&) const = default;
};

struct EqSettings {
    static constexpr std::size_t kMaxBands = 24;
    EqPhase phase = EqPhase::Minimum;
    std::vector<EqBand> bands;
    bool operator==(const EqSettings&) const = default;
};

struct CompressorSettings {
    double thresholdDb = -18.0;
    double ratio = 2.0;
    double attackMs = 10.0;
    double releaseMs = 120.0;
    double kneeDb = 6.0;
    double makeupDb = 0.0;
    Detector detector = Detector::Rms;
    double stereoLink = 1.0;
    double sidechainHighPassHz = 0.0;  // 0 = off
    bool operator==(const CompressorSettings&) const = default;
};

struct MultibandBand {
    CompressorSettings compressor;
    bool bypass = false;
    bool solo = false;
    bool operator==(const MultibandBand&) const = default;
};

struct MultibandSettings {
    static constexpr std::size_t kMinBands = 2;
    static constexpr std::size_t kMaxBands = 5;
    std::vector<double> crossoversHz{120.0, 1000.0, 6000.0};
    bool linearPhase = false;
    std::vector<MultibandBand> bands{4};  // always crossoversHz.size() + 1
    bool operator==(const MultibandSettings&) const = default;
};

struct StereoSettings {
    double width = 1.0;        // 0 = mono, 2 = max
    double monoBelowHz = 0.0;  // 0 = off
    double balance = 0.0;      // -1 = left .. +1 = right
    bool operator==(const StereoSettings&) const = default;
};

struct DeclickSettings {
    double sensitivity = 0.5;  // 0..1
    bool operator==(const DeclickSettings&) const = default;
};

struct LimiterSettings {
    double ceilingDbtp = -1.0;
    double releaseMs = 60.0;
    double lookaheadMs = 2.0;
    double inputGainDb = 0.0;
    bool operator==(const LimiterSettings&) const = default;
};

using ModuleParameters = std::variant<GainSettings, EqSettings, CompressorSettings,
                                      MultibandSettings, StereoSettings, DeclickSettings,
                                      LimiterSettings>;

struct Module {
    ModuleParameters parameters;
    bool enabled = true;
    bool operator==(const Module&) const = default;
};

struct Chain {
    std::vector<Module> modules;
    bool operator==(const Chain&) const = default;
};

// The `"type"` string of a module in the project file.
const char* moduleTypeName(const ModuleParameters& parameters);

// Every module type name, in the order of ModuleParameters' alternatives.
std::span<const std::string_view> moduleTypeNames();

// A module of the named type with its default settings; nullopt for an unknown name.
std::optional<ModuleParameters> defaultModuleParameters(std::string_view typeName);

}  // namespace lathe
