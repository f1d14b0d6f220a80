#pragma once

#include "project/ModuleSettings.h"
#include "project/Project.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

// The strings the project file uses for every enum, in one table per enum so the
// reader, the writer and error messages ("expected one of ...") cannot disagree.
namespace lathe {

template <class Enum>
struct EnumNames;

template <class Enum, std::size_t N>
using EnumNameTable = std::array<std::pair<Enum, std::string_view>, N>;

template <>
struct EnumNames<EqPhase> {
    static constexpr EnumNameTable<EqPhase, 2> table{{
        {EqPhase::Minimum, "minimum"}, {EqPhase::Linear, "linear"}}};
};

template <>
struct EnumNames<EqShape> {
    static constexpr EnumNameTable<EqShape, 6> table{{
        {EqShape::Bell, "bell"}, {EqShape::LowShelf, "low_shelf"},
        {EqShape::HighShelf, "high_shelf"}, {EqShape::LowCut, "low_cut"},
        {EqShape::HighCut, "high_cut"}, {EqShape::Notch, "notch"}}};
};

template <>
struct EnumNames<Placement> {
    static constexpr EnumNameTable<Placement, 5> table{{
        {Placement::Stereo, "stereo"}, {Placement::Mid, "mid"}, {Placement::Side, "side"},
        {Placement::Left, "left"}, {Placement::Right, "right"}}};
};

template <>
struct EnumNames<Detector> {
    static constexpr EnumNameTable<Detector, 2> table{{
        {Detector::Rms, "rms"}, {Detector::Peak, "peak"}}};
};

template <>
struct EnumNames<LoudnessMode> {
    static constexpr EnumNameTable<LoudnessMode, 3> table{{
        {LoudnessMode::Off, "off"}, {LoudnessMode::Track, "track"},
        {LoudnessMode::Album, "album"}}};
};

template <>
struct EnumNames<FadeCurve> {
    static constexpr EnumNameTable<FadeCurve, 5> table{{
        {FadeCurve::Linear, "linear"}, {FadeCurve::EqualPower, "equal_power"},
        {FadeCurve::Logarithmic, "logarithmic"}, {FadeCurve::Exponential, "exponential"},
        {FadeCurve::SCurve, "s_curve"}}};
};

template <>
struct EnumNames<WavSplit> {
    static constexpr EnumNameTable<WavSplit, 2> table{{
        {WavSplit::Tracks, "tracks"}, {WavSplit::Album, "album"}}};
};

template <>
struct EnumNames<DitherKind> {
    static constexpr EnumNameTable<DitherKind, 3> table{{
        {DitherKind::None, "none"}, {DitherKind::Tpdf, "tpdf"}, {DitherKind::Shaped, "shaped"}}};
};

template <>
struct EnumNames<Mp3Mode> {
    static constexpr EnumNameTable<Mp3Mode, 2> table{{
        {Mp3Mode::Cbr, "cbr"}, {Mp3Mode::Vbr, "vbr"}}};
};

template <class Enum>
concept NamedEnum = requires { EnumNames<Enum>::table; };

template <NamedEnum Enum>
std::string_view enumName(Enum value) {
    for (const auto& [candidate, name] : EnumNames<Enum>::table)
        if (candidate == value)
            return name;
    return {};
}

template <NamedEnum Enum>
std::optional<Enum> enumFromName(std::string_view name) {
    for (const auto& [value, candidate] : EnumNames<Enum>::table)
        if (candidate == name)
            return value;
    return std::nullopt;
}

// "minimum, linear": the accepted names, for error messages.
template <NamedEnum Enum>
std::string enumChoices() {
    std::string text;
    for (const auto& entry : EnumNames<Enum>::table) {
        if (!text.empty())
            text += ", ";
        text += entry.second;
    }
    return text;
}

}  // namespace lathe
