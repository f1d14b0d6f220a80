#pragma once

#include "dsp/BiquadCoefficients.h"
#include "dsp/ButterworthCutDesign.h"

#include <cstddef>

namespace lathe {

// A matched section (MatchedBiquadDesign) is exact at DC, at Nyquist and at one point
// between, but a second-order digital response must flatten out at fs/2 while the
// analog one keeps going, so wide bands high up still miss by up to a few dB around
// 10-20 kHz at 44.1 kHz. This fits one more section C with |C|^2 = the remaining ratio
// |H_analog|^2 / |H_matched|^2, which turns a band into a fourth-order filter that
// follows the analog prototype to about 0.1-0.3 dB up to 20 kHz (see the tests).
//
// |C|^2 is a ratio of quadratics in p = sin^2(w/2) (Vicanek's form); the fit runs
// Steiglitz-McBride iterations of linear least squares on the relative error, then
// splits numerator and denominator into minimum-phase polynomials. Allocation-free and
// fast enough (a few microseconds) to run for every coefficient update of a glide.
class NyquistCorrection {
public:
    static constexpr std::size_t kGridPoints = 64;

    // phi: sin^2(w/2) of the grid frequencies; ratio: the wanted |C|^2 there. The
    // identity when the ratio is already flat or no stable fit beats the identity.
    static BiquadCoefficients fit(const double* phi, const double* ratio, std::size_t count) noexcept;
};

}  // namespace lathe
