#include "dsp/BiquadCoefficients.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {
namespace {

constexpr double kButterworthQ = std::numbers::sqrt2 / 2.0;
// Corners are kept just below Nyquist so that tan() stays finite.
constexpr double kMaxCornerFraction = 0.499;

struct Prototype {
    double cosW;
    double alpha;
    double a0;
};

Prototype prototype(double cornerHz, double sampleRate) noexcept {
    const double corner = std::clamp(cornerHz, 1.0, kMaxCornerFraction * sampleRate);
    const double w = 2.0 * std::numbers::pi * corner / sampleRate;
    const double alpha = std::sin(w) / (2.0 * kButterworthQ);
    return {std::cos(w), alpha, 1.0 + alpha};
}

BiquadCoefficients normalised(const Prototype& p, double b0, double b1, double b2) noexcept {
    return {b0 / p.a0, b1 / p.a0, b2 / p.a0, -2.0 * p.cosW / p.a0, (1.0 - p.alpha) / p.a0};
}

}  // namespace

BiquadCoefficients BiquadCoefficients::butterworthLowPass(double cornerHz, double sampleRate) noexcept {
    const Prototype p = prototype(cornerHz, sampleRate);
    const double b = (1.0 - p.cosW) / 2.0;
    return normalised(p, b, 2.0 * b, b);
}

BiquadCoefficients BiquadCoefficients::butterworthHighPass(double cornerHz, double sampleRate) noexcept {
    const Prototype p = prototype(cornerHz, sampleRate);
    const double b = (1.0 + p.cosW) / 2.0;
    return normalised(p, b, -2.0 * b, b);
}

BiquadCoefficients BiquadCoefficients::butterworthAllPass(double cornerHz, double sampleRate) noexcept {
    const Prototype p = prototype(cornerHz, sampleRate);
    return normalised(p, 1.0 - p.alpha, -2.0 * p.cosW, 1.0 + p.alpha);
}

}  // namespace lathe
