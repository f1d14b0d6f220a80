#pragma once

#include <cmath>
#include <numbers>

namespace lathe::demo {

struct PanGains {
    float left;
    float right;
};

// Constant-power (-3 dB centre) pan law; `pan` runs from -1 (left) to +1 (right).
inline PanGains constantPowerPan(float pan) {
    const double angle = (static_cast<double>(pan) + 1.0) * std::numbers::pi / 4.0;
    return {static_cast<float>(std::cos(angle)), static_cast<float>(std::sin(angle))};
}

}  // namespace lathe::demo
