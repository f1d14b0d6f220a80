#pragma once

#include <algorithm>
#include <cstddef>

namespace lathe {

// Reductions written with independent lanes: without -ffast-math the compiler may not
// reorder a single float accumulator, but it does map these lanes onto SIMD registers.
inline constexpr std::size_t kReductionLanes = 8;

inline float dotProduct(const float* a, const float* b, std::size_t count) noexcept {
    float lanes[kReductionLanes] = {};
    std::size_t i = 0;
    for (; i + kReductionLanes <= count; i += kReductionLanes)
        for (std::size_t k = 0; k < kReductionLanes; ++k)
            lanes[k] += a[i + k] * b[i + k];
    float sum = 0.0f;
    for (; i < count; ++i)
        sum += a[i] * b[i];
    for (float lane : lanes)
        sum += lane;
    return sum;
}

// The same for a length known at compile time, a multiple of the lanes (no tail loop).
template <std::size_t Count>
inline float dotProduct(const float* a, const float* b) noexcept {
    static_assert(Count % kReductionLanes == 0);
    float lanes[kReductionLanes] = {};
    for (std::size_t i = 0; i < Count; i += kReductionLanes)
        for (std::size_t k = 0; k < kReductionLanes; ++k)
            lanes[k] += a[i + k] * b[i + k];
    float sum = 0.0f;
    for (float lane : lanes)
        sum += lane;
    return sum;
}

// For values >= 0 (levels, gain reductions).
inline float maximumOf(const float* values, std::size_t count) noexcept {
    float lanes[kReductionLanes] = {};
    std::size_t i = 0;
    for (; i + kReductionLanes <= count; i += kReductionLanes)
        for (std::size_t k = 0; k < kReductionLanes; ++k)
            lanes[k] = std::max(lanes[k], values[i + k]);
    float result = 0.0f;
    for (; i < count; ++i)
        result = std::max(result, values[i]);
    for (float lane : lanes)
        result = std::max(result, lane);
    return result;
}

}  // namespace lathe
