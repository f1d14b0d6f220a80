#pragma once

#include "dsp/BiquadCoefficients.h"

#include <array>
#include <cstddef>

namespace lathe {

// A matched section (MatchedBiquadDesign) is exact at DC, at Nyquist and at one point
// between, but a second-order digital response must flatten out at fs/2 while the
// analog one keeps going, so wide bands high up miss by up to a few dB around 10-20 kHz
// at 44.1 kHz. This fits up to two more sections C with |C|^2 = the remaining ratio
// |H_analog|^2 / |H_matched|^2, which follows the analog prototype within 0.1 dB up to
// 20 kHz (see tests/engine/dsp/EqBandDesignTest.cpp).
//
// |C|^2 is a ratio of polynomials in p = sin^2(w/2) of degree 2 (one section) or 4 (two
// sections). The fit runs Steiglitz-McBride iterations of linear least squares on the
// relative error, then Lawson reweighting towards minimax, first with degree 2 and, if
// that leaves more than a few thousandths of a dB, with degree 4. Every candidate is
// spectrally factorised (the roots of each polynomial in p map to minimum-phase zeros
// and stable poles in z; a pole and a zero that over-fitting put at almost the same
// place, often on the unit circle, cancel) and judged by its realised sections on a
// check grid twice as dense as the fit grid, so a fit that misbehaves between fit points
// or turns negative above the grid is never chosen. Degree 2 cannot follow wide bands
// near Nyquist; degree 4 is tried when degree 2 leaves more than 0.005 dB.
// Of equally accurate candidates the milder is kept (near pole-zero pairs cancelled),
// so that successive designs of a glide stay alike (see EqBandDesign::alignForRamp).
// The grid is short (32 fit points, spaced evenly in sqrt(w) so that they crowd towards
// Nyquist) and the iterations few (3 + 2): allocation-free, 14-19 microseconds for a wide
// band near Nyquist on a loaded machine (tests/bench/EqBenchmark.cpp) and nothing at all
// for bands the matched sections already get within 0.02 dB, so it runs for every
// coefficient update of a glide.
//
// Why a design and not 2x oversampling of the high bands: this EQ is minimum phase and
// zero latency; halfband filters flat to 20 kHz at 44.1 kHz would add latency and phase
// the analog prototype does not have, and cost more per sample than one or two sections.
class NyquistCorrection {
public:
        static constexpr std::size_t kGridPoints = 32;
    static constexpr std::size_t kCheckPoints = 2 * kGridPoints - 1;
    static constexpr std::size_t kSections = 2;
    using Sections = std::array<BiquadCoefficients, kSections>;

    // phi: sin^2(w/2) of the fit frequencies, ratio: the wanted |C|^2 there; checkPhi and
    // checkRatio the same on the check grid. Identity sections when the ratio is already
    // flat or no realisable fit beats the identity.
    static Sections fit(const double* phi, const double* ratio, std::size_t count, const double* checkPhi,
                        const double* checkRatio, std::size_t checkCount) noexcept;
};

}  // namespace lathe
