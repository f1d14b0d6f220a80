#include "dsp/MatchedBiquadDesign.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {

namespace {

constexpr double kPi = std::numbers::pi;

// The third match point of shapes whose interesting part spans a wide range (shelves,
// low-pass sections): w0 itself, but never so close to Nyquist that it adds nothing to
// the Nyquist match (phi2 -> 0 there). Vicanek uses the band centre for peaks and a
// point near fs/4 for the rest; this keeps the centre when it is below that.
constexpr double kHighestInnerMatch = 0.5 * kPi;

double innerMatchPoint(double w0) { return std::min(w0, kHighestInnerMatch); }

struct Poles {
    double a1;
    double a2;
};

// z = exp(s) of the analog poles of s^2 + 2 zeta wp s + wp^2 (wp in radians per sample).
Poles matchedPoles(double wp, double zeta) {
    const double decay = std::exp(-zeta * wp);
    const double a1 = zeta <= 1.0 ? -2.0 * decay * std::cos(wp * std::sqrt(1.0 - zeta * zeta))
                                  : -2.0 * decay * std::cosh(wp * std::sqrt(zeta * zeta - 1.0));
    return {a1, decay * decay};
}

}  // namespace

BiquadCoefficients MatchedBiquadDesign::match(const AnalogBiquad& h, double w0, double wMatch) noexcept {
    // A first-order prototype keeps its one matched real pole but gets a second-order
    // numerator: two matched points (DC, Nyquist) alone leave up to 1 dB between them.
    const Poles poles = h.isFirstOrder() ? Poles{-std::exp(-w0 * h.d0 / h.d1), 0.0}
                                         : matchedPoles(w0 * std::sqrt(h.d0 / h.d2),
                                                        h.d1 / (2.0 * std::sqrt(h.d0 * h.d2)));
    BiquadCoefficients c{1.0, 0.0, 0.0, poles.a1, poles.a2};

    const double a0Sum = 1.0 + c.a1 + c.a2;
    const double a1Sum = 1.0 - c.a1 + c.a2;
    const double sqrtB0 = a0Sum * std::sqrt(h.magnitudeSquared(0.0));
    const double sqrtB1 = a1Sum * std::sqrt(h.magnitudeSquared(kPi / w0));

    if (h.n0 == 0.0 && (h.n1 == 0.0 || h.isFirstOrder())) {
        // The zeros at DC of a high-pass (two, or one for first order) leave one degree
        // of freedom: the Nyquist gain.
        if (h.isFirstOrder()) {
            c.b0 = 0.5 * sqrtB1;
            c.b1 = -c.b0;
        } else {
            c.b0 = 0.25 * sqrtB1;
            c.b1 = -2.0 * c.b0;
            c.b2 = c.b0;
        }
        return c;
    }

    const double s = std::sin(0.5 * wMatch);
    const double phi1 = s * s;
    const double phi0 = 1.0 - phi1;
    const double phi2 = 4.0 * phi0 * phi1;
    const double target = h.magnitudeSquared(wMatch / w0) *
                          BiquadCoefficients::polynomialMagnitudeSquared(1.0, c.a1, c.a2, wMatch);
    const double b2Term = (target - sqrtB0 * sqrtB0 * phi0 - sqrtB1 * sqrtB1 * phi1) / phi2;

    // B2 = -4 b0 b2; with W = b0 + b2 the quadratic gives the minimum-phase numerator.
    // A negative discriminant means the three targets cannot all be met; clamping puts
    // the zeros on the unit circle, the nearest realisable numerator.
    const double w = 0.5 * (sqrtB0 + sqrtB1);
    const double root = std::sqrt(std::max(0.0, w * w + b2Term));
    c.b0 = 0.5 * (w + root);
    c.b2 = w - c.b0;
    c.b1 = 0.5 * (sqrtB0 - sqrtB1);
    return c;
}

BiquadCoefficients MatchedBiquadDesign::matchZeros(const AnalogBiquad& h, double w0,
                                                   double wMatch) noexcept {
    return match(h.inverted(), w0, wMatch).inverted();
}

BiquadCoefficients MatchedBiquadDesign::bell(double w0, double q, double gainDb) noexcept {
    // Match the sharper pair exactly: the poles of a boost, the zeros of a cut.
    const AnalogBiquad h = AnalogBiquad::bell(q, gainDb);
    return gainDb >= 0.0 ? match(h, w0, w0) : matchZeros(h, w0, w0);
}

BiquadCoefficients MatchedBiquadDesign::lowShelf(double w0, double q, double gainDb) noexcept {
    // Match the lower pair exactly (the poles of a boost, the zeros of a cut): the other
    // pair may lie above Nyquist, where z = exp(s) would alias it.
    const AnalogBiquad h = AnalogBiquad::lowShelf(q, gainDb);
    const double wm = innerMatchPoint(w0);
    return gainDb >= 0.0 ? match(h, w0, wm) : matchZeros(h, w0, wm);
}

BiquadCoefficients MatchedBiquadDesign::highShelf(double w0, double q, double gainDb) noexcept {
    const AnalogBiquad h = AnalogBiquad::highShelf(q, gainDb);
    const double wm = innerMatchPoint(w0);
    return gainDb >= 0.0 ? matchZeros(h, w0, wm) : match(h, w0, wm);
}

BiquadCoefficients MatchedBiquadDesign::notch(double w0, double q) noexcept {
    // The zeros sit exactly on the unit circle at w0 (infinite depth at the centre),
    // which leaves one degree of freedom: unity gain at DC.
    BiquadCoefficients c = match(AnalogBiquad::notch(q), w0, w0);
    const double cosine = std::cos(w0);
    c.b0 = (1.0 + c.a1 + c.a2) / (2.0 - 2.0 * cosine);
    c.b1 = -2.0 * cosine * c.b0;
    c.b2 = c.b0;
    return c;
}

BiquadCoefficients MatchedBiquadDesign::lowPass(double w0, double q) noexcept {
    return match(AnalogBiquad::lowPass(q), w0, innerMatchPoint(w0));
}

BiquadCoefficients MatchedBiquadDesign::highPass(double w0, double q) noexcept {
    return match(AnalogBiquad::highPass(q), w0, w0);
}

BiquadCoefficients MatchedBiquadDesign::lowPass1(double w0) noexcept {
    return match(AnalogBiquad::lowPass1(), w0, kHighestInnerMatch);
}

BiquadCoefficients MatchedBiquadDesign::highPass1(double w0) noexcept {
    return match(AnalogBiquad::highPass1(), w0, w0);
}

}  // namespace lathe
