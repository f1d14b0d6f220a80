#pragma once

#include <cmath>

namespace lathe {

// An analog prototype H(s) = (n2 s^2 + n1 s + n0) / (d2 s^2 + d1 s + d0) with s normalised
// to the band frequency (s = j * f / f0). First-order prototypes have n2 = d2 = 0. These
// are the responses the digital EQ must match, and the reference its tests compare to.
struct AnalogBiquad {
    double n0 = 1.0;
    double n1 = 0.0;
    double n2 = 0.0;
    double d0 = 1.0;
    double d1 = 0.0;
    double d2 = 0.0;

    // |H(jx)|^2 at x = f / f0.
    double magnitudeSquared(double x) const noexcept {
        const double x2 = x * x;
        const double nr = n0 - n2 * x2;
        const double ni = n1 * x;
        const double dr = d0 - d2 * x2;
        const double di = d1 * x;
        return (nr * nr + ni * ni) / (dr * dr + di * di);
    }

    bool isFirstOrder() const noexcept { return d2 == 0.0; }

    AnalogBiquad inverted() const noexcept { return {d0, d1, d2, n0, n1, n2}; }

    // RBJ's analog prototypes (Audio EQ Cookbook), the shapes engineers know.
    // A = 10^(gainDb/40).
    static AnalogBiquad bell(double q, double gainDb) noexcept {
        const double a = amplitude(gainDb);
        return {1.0, a / q, 1.0, 1.0, 1.0 / (a * q), 1.0};
    }
    static AnalogBiquad lowShelf(double q, double gainDb) noexcept {
        const double a = amplitude(gainDb);
        const double r = std::sqrt(a) / q;
        return {a * a, a * r, a, 1.0, r, a};
    }
    static AnalogBiquad highShelf(double q, double gainDb) noexcept {
        const double a = amplitude(gainDb);
        const double r = std::sqrt(a) / q;
        return {a, a * r, a * a, a, r, 1.0};
    }
    static AnalogBiquad notch(double q) noexcept { return {1.0, 0.0, 1.0, 1.0, 1.0 / q, 1.0}; }
    static AnalogBiquad lowPass(double q) noexcept { return {1.0, 0.0, 0.0, 1.0, 1.0 / q, 1.0}; }
    static AnalogBiquad highPass(double q) noexcept { return {0.0, 0.0, 1.0, 1.0, 1.0 / q, 1.0}; }
    static AnalogBiquad lowPass1() noexcept { return {1.0, 0.0, 0.0, 1.0, 1.0, 0.0}; }
    static AnalogBiquad highPass1() noexcept { return {0.0, 1.0, 0.0, 1.0, 1.0, 0.0}; }

private:
    static double amplitude(double gainDb) noexcept { return std::pow(10.0, gainDb / 40.0); }
};

}  // namespace lathe
