#include "render/FadeShape.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {
namespace {
constexpr double kLogBase = 999.0;   // 1 + 999 spans three decades: 60 dB
constexpr double kLogDecades = 3.0;
}

double fadeGain(FadeCurve curve, double position) {
    const double x = std::clamp(position, 0.0, 1.0);
    switch (curve) {
    case FadeCurve::Linear: return x;
    case FadeCurve::EqualPower: return std::sin(x * std::numbers::pi / 2.0);
    case FadeCurve::SCurve: return (1.0 - std::cos(x * std::numbers::pi)) / 2.0;
    case FadeCurve::Logarithmic: return std::log10(1.0 + kLogBase * x) / kLogDecades;
    case FadeCurve::Exponential: return (std::pow(kLogBase + 1.0, x) - 1.0) / kLogBase;
    }
    return x;
}

}  // namespace lathe
