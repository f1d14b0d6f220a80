#pragma once

#include <cmath>
#include <limits>

namespace lathe {

inline double dbToGain(double db) { return std::pow(10.0, db / 20.0); }

// -inf for silence; callers that print JSON turn non-finite values into null.
inline double gainToDb(double gain) {
    return gain > 0.0 ? 20.0 * std::log10(gain) : -std::numeric_limits<double>::infinity();
}

}  // namespace lathe
