#include "timeline/FadeShapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe::fades {
namespace {

// The logarithmic and exponential curves span 60 dB: 10^(60/20).
constexpr double kDynamicRange = 1000.0;

}  // namespace

double fadeInGain(FadeCurve curve, double t) {
    t = std::clamp(t, 0.0, 1.0);
    switch (curve) {
    case FadeCurve::Linear: return t;
    case FadeCurve::EqualPower: return std::sin(t * std::numbers::pi / 2.0);
    case FadeCurve::Logarithmic:
        return std::log10(1.0 + (kDynamicRange - 1.0) * t) / std::log10(kDynamicRange);
    case FadeCurve::Exponential: return (std::pow(kDynamicRange, t) - 1.0) / (kDynamicRange - 1.0);
    case FadeCurve::SCurve: return 0.5 - 0.5 * std::cos(t * std::numbers::pi);
    }
    return t;
}

double fadeOutGain(FadeCurve curve, double t) {
    return fadeInGain(curve, 1.0 - std::clamp(t, 0.0, 1.0));
}

}  // namespace lathe::fades
