#pragma once

namespace lathe {

// One second-order section, normalised so that a0 = 1:
// H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2).
// The designs are bilinear transforms prewarped at the corner frequency, so a low-pass,
// the high-pass and the all-pass of the same corner share one denominator exactly:
// that is what makes Linkwitz-Riley bands sum to an all-pass in the digital domain too.
struct BiquadCoefficients {
    double b0 = 1.0;
    double b1 = 0.0;
    double b2 = 0.0;
    double a1 = 0.0;
    double a2 = 0.0;

    // Second-order Butterworth sections (Q = 1/sqrt(2)).
    static BiquadCoefficients butterworthLowPass(double cornerHz, double sampleRate) noexcept;
    static BiquadCoefficients butterworthHighPass(double cornerHz, double sampleRate) noexcept;
    // The all-pass that a Linkwitz-Riley 4th-order low-pass plus high-pass add up to.
    static BiquadCoefficients butterworthAllPass(double cornerHz, double sampleRate) noexcept;

    bool isIdentity() const noexcept {
        return b0 == 1.0 && b1 == 0.0 && b2 == 0.0 && a1 == 0.0 && a2 == 0.0;
    }
};

}  // namespace lathe
