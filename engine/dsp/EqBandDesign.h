#pragma once

#include "dsp/ButterworthCutDesign.h"
#include "dsp/NyquistCorrection.h"
#include "project/ModuleSettings.h"

#include <array>
#include <optional>
#include <span>

namespace lathe {

// Turns one EQ band into digital sections at a sample rate, and says what it should
// sound like: the analog prototype the sections match, and the digital response that
// the UI draws. Parameters are clamped to what stays stable and meaningful.
//
// A band is its matched sections (MatchedBiquadDesign, ButterworthCutDesign) plus one
// NyquistCorrection section. Measured deviation from the analog prototype, 20 Hz-20 kHz
// (tests/engine/dsp/EqBandDesignTest.cpp, Q 0.5-2, +-12 dB): within 0.1 dB for every
// shape up to 5 kHz at 44.1/48 kHz and everywhere at 96 kHz (0.01 dB); above 5 kHz at
// 44.1/48 kHz up to 0.16 dB for bells and shelves and 0.29 dB for steep high cuts.
class EqBandDesign {
public:
    static constexpr double kMinFrequencyHz = 10.0;
    static constexpr double kMaxFrequencyOfNyquist = 0.98;  // matched poles must stay below pi
    static constexpr double kMinQ = 0.05;
    static constexpr double kMaxQ = 50.0;
    static constexpr double kMaxGainDb = 48.0;

    static double clampFrequency(double freqHz, double sampleRate) noexcept;
    static double clampQ(double q) noexcept;
    static double clampGainDb(double gainDb) noexcept;

    // Bells and shelves have a gain; at 0 dB they are the identity and are skipped.
    static bool hasGain(EqShape shape) noexcept;
    // Disabled, or a bell/shelf at exactly 0 dB: the band does nothing.
    static bool isNeutral(const EqBand& band) noexcept;

    // Where the Nyquist correction is fitted: 64 log-spaced frequencies from 20 Hz to
    // 20.4 kHz (44.1 kHz) or 24 kHz (higher rates; above, the response may leave the
    // analog one by up to ~1.5 dB, inaudibly). Computed once per rate by real-time users.
    struct FitGrid {
        static constexpr std::size_t kPoints = NyquistCorrection::kGridPoints;
        static FitGrid forRate(double sampleRate) noexcept;
        double sampleRate = 0.0;
        std::array<double, kPoints> w{};    // radians per sample
        std::array<double, kPoints> phi{};  // sin^2(w/2)
    };

    // Matched sections plus one Nyquist correction section (identity when not needed).
    static SectionList design(EqShape shape, int slopeDbPerOctave, double freqHz, double gainDb,
                              double q, double sampleRate) noexcept;
    static SectionList design(EqShape shape, int slopeDbPerOctave, double freqHz, double gainDb,
                              double q, const FitGrid& grid) noexcept;
    static SectionList design(const EqBand& band, double sampleRate) noexcept;

    // The analog prototype's |H| in dB at freqHz (ignores `enabled`).
    static double analogMagnitudeDb(const EqBand& band, double freqHz) noexcept;

    // Does a band at `band` placement act on what the curve `view` shows? No view: every
    // band; a view: the stereo bands plus the bands of that placement.
    static bool appliesTo(Placement band, std::optional<Placement> view) noexcept;

    // The digital response (dB) of the enabled bands at freqHz.
    static double magnitudeDb(std::span<const EqBand> bands, double sampleRate, double freqHz,
                              std::optional<Placement> view = std::nullopt) noexcept;
};

}  // namespace lathe
