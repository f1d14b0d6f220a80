#pragma once

#include <cmath>

namespace lathe {

// BS.1770 loudness and the K-weighted, channel-summed mean square it comes from.
inline constexpr double kLoudnessOffsetLu = -0.691;

inline double loudnessOfEnergy(double energy) { return kLoudnessOffsetLu + 10.0 * std::log10(energy); }

inline double energyOfLoudness(double lufs) { return std::pow(10.0, (lufs - kLoudnessOffsetLu) / 10.0); }

}  // namespace lathe
