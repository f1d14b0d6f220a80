#include "FadeShape.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe::ui {

double fadeGain(FadeCurve curve, double fraction) {
    const double p = std::clamp(fraction, 0.0, 1.0);
    switch (curve) {
    case FadeCurve::Linear: return p;
    case FadeCurve::EqualPower: return std::sin(p * std::numbers::pi / 2.0);
    case FadeCurve::Logarithmic: return 1.0 - (1.0 - p) * (1.0 - p);
    case FadeCurve::Exponential: return p * p;
    case FadeCurve::SCurve: return 0.5 - 0.5 * std::cos(p * std::numbers::pi);
    }
    return p;
}

}  // namespace lathe::ui
