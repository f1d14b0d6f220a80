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
// A band is its matched sections (MatchedBiquadDesign, ButterworthCutDesign) plus two
// NyquistCorrection sections. Measured deviation from the analog prototype on a dense log
// grid 20 Hz-20 kHz (tests/engine/dsp/EqBandDesignTest.cpp, ButterworthCutDesignTest.cpp;
// bells, shelves and notches at 20 Hz-18 kHz, Q 0.5-12, +-12 dB; cuts of every slope with
// corners up to 18 kHz) at 44.1, 48 and 96 kHz: within 0.033 dB for every shape, steep
// high cuts within 0.057 dB down to -60 dB. Bell centres within 0.015 dB of their gain.
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

    // Where the Nyquist correction is fitted and checked: 63 frequencies spaced evenly in
    // sqrt(w) from 20 Hz to 21.4 kHz (44.1 kHz), 23.3 kHz (48 kHz) or 24 kHz (higher
    // rates), every other one a fit point. Fitting a little beyond 20 kHz keeps the fit from turning
    // away just above the audio band. Computed once per rate by real-time users.
    struct FitGrid {
        static constexpr std::size_t kPoints = NyquistCorrection::kGridPoints;
        static constexpr std::size_t kCheckPoints = NyquistCorrection::kCheckPoints;
        static FitGrid forRate(double sampleRate) noexcept;
        double sampleRate = 0.0;
        std::array<double, kCheckPoints> w{};    // radians per sample
        std::array<double, kCheckPoints> phi{};  // sin^2(w/2)
    };

    // Matched sections plus two Nyquist correction sections (identities when not needed).
    static SectionList design(EqShape shape, int slopeDbPerOctave, double freqHz, double gainDb,
                              double q, double sampleRate) noexcept;
    static SectionList design(EqShape shape, int slopeDbPerOctave, double freqHz, double gainDb,
                              double q, const FitGrid& grid) noexcept;
    static SectionList design(const EqBand& band, double sampleRate) noexcept;

    // The correction sections' numerators and denominators may be paired and ordered in
    // any way without changing the response; a fresh design can come out paired unlike
    // the design before it, and a linear coefficient ramp between the two would pass
    // through filters far from both (up to 12 dB off). This re-pairs `next` to lie
    // closest to `previous` (same shape and slope), so ramps stay between their ends.
    static void alignForRamp(SectionList& next, const SectionList& previous) noexcept;

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
