#pragma once

#include "dsp/AnalogBiquad.h"
#include "dsp/BiquadCoefficients.h"

namespace lathe {

// Digital sections whose magnitude follows the analog prototype up to Nyquist, after
// M. Vicanek, "Matched Second Order Digital Filters" (2016): the poles are the analog
// poles mapped by z = exp(s T) (impulse invariance, so resonances keep their frequency
// and Q: no bilinear cramping), and the numerator, which has three degrees of freedom in
// |H|^2, is chosen so the magnitude equals the analog one at DC, at Nyquist and at one
// frequency in between. All frequencies are in radians per sample (2 pi f / fs);
// w0 must lie below pi.
class MatchedBiquadDesign {
public:
    static BiquadCoefficients bell(double w0, double q, double gainDb) noexcept;
    static BiquadCoefficients lowShelf(double w0, double q, double gainDb) noexcept;
    static BiquadCoefficients highShelf(double w0, double q, double gainDb) noexcept;
    static BiquadCoefficients notch(double w0, double q) noexcept;
    static BiquadCoefficients lowPass(double w0, double q) noexcept;
    static BiquadCoefficients highPass(double w0, double q) noexcept;
    static BiquadCoefficients lowPass1(double w0) noexcept;
    static BiquadCoefficients highPass1(double w0) noexcept;

    // The general method: `prototype` normalised to w0, magnitude matched at DC, Nyquist
    // and wMatch. A first-order prototype keeps its one real pole (the second pole sits
    // at z = 0). High-passes keep their zeros at DC, which leaves only the Nyquist match.
    static BiquadCoefficients match(const AnalogBiquad& prototype, double w0, double wMatch) noexcept;

    // The same, but the prototype's zeros are the ones mapped exactly: designs 1/H and
    // inverts it. Better when the zeros are the sharper or lower pair (a bell's cut).
    static BiquadCoefficients matchZeros(const AnalogBiquad& prototype, double w0,
                                         double wMatch) noexcept;
};

}  // namespace lathe
