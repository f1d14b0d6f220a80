#pragma once

#include <cmath>

namespace lathe {

// One second-order (or, with b2 = a2 = 0, first-order) section
//   H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2).
struct BiquadCoefficients {
    double b0 = 1.0;
    double b1 = 0.0;
    double b2 = 0.0;
    double a1 = 0.0;
    double a2 = 0.0;

    // |H(e^jw)|^2 in Vicanek's form: with phi1 = sin^2(w/2), phi0 = 1 - phi1 and
    // phi2 = 4 phi0 phi1, a polynomial c0 + c1 z^-1 + c2 z^-2 has the squared magnitude
    // (c0+c1+c2)^2 phi0 + (c0-c1+c2)^2 phi1 - 4 c0 c2 phi2. It stays accurate for
    // poles close to z = 1, where evaluating complex exponentials would cancel.
    static double polynomialMagnitudeSquared(double c0, double c1, double c2, double w) noexcept {
        return polynomialMagnitudeSquaredAt(c0, c1, c2, phiOf(w));
    }

    // phi1 = sin^2(w/2), shared by every section evaluated at one frequency.
    static double phiOf(double w) noexcept {
        const double s = std::sin(0.5 * w);
        return s * s;
    }

    static double polynomialMagnitudeSquaredAt(double c0, double c1, double c2, double phi1) noexcept {
        const double phi0 = 1.0 - phi1;
        const double phi2 = 4.0 * phi0 * phi1;
        const double sum = c0 + c1 + c2;
        const double alternating = c0 - c1 + c2;
        return sum * sum * phi0 + alternating * alternating * phi1 - 4.0 * c0 * c2 * phi2;
    }

    // w in radians per sample.
    double magnitudeSquared(double w) const noexcept { return magnitudeSquaredAt(phiOf(w)); }

    double magnitudeSquaredAt(double phi1) const noexcept {
        return polynomialMagnitudeSquaredAt(b0, b1, b2, phi1) / polynomialMagnitudeSquaredAt(1.0, a1, a2, phi1);
    }

    // 1/H, for designs that match the zeros of a cut by designing the boost.
    // Valid because the numerators we build are minimum phase.
    BiquadCoefficients inverted() const noexcept {
        return {1.0 / b0, a1 / b0, a2 / b0, b1 / b0, b2 / b0};
    }

    // Second-order Butterworth sections (Q = 1/sqrt(2)), bilinear transforms prewarped at
    // the corner, so a low-pass, the high-pass and the all-pass of the same corner share
    // one denominator exactly: that is what makes Linkwitz-Riley bands sum to an
    // all-pass in the digital domain too.
    static BiquadCoefficients butterworthLowPass(double cornerHz, double sampleRate) noexcept;
    static BiquadCoefficients butterworthHighPass(double cornerHz, double sampleRate) noexcept;
    // The all-pass that a Linkwitz-Riley 4th-order low-pass plus high-pass add up to.
    static BiquadCoefficients butterworthAllPass(double cornerHz, double sampleRate) noexcept;

    bool isIdentity() const noexcept {
        return b0 == 1.0 && b1 == 0.0 && b2 == 0.0 && a1 == 0.0 && a2 == 0.0;
    }

    bool operator==(const BiquadCoefficients&) const = default;
};

}  // namespace lathe
