#include "dsp/ReductionSmoother.h"
#include "core/SimdClones.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>

namespace lathe {
namespace {

// A Hann window over the attack, summing to 1: the average it weights rises along an
// S-curve to a new peak's reduction.
void fillHannWeights(std::vector<float>& weights) {
    const auto count = static_cast<double>(weights.size());
    const auto hann = [count](std::size_t i) {
        const double s = std::sin(std::numbers::pi * static_cast<double>(i + 1) / (count + 1.0));
        return s * s;
    };
    double sum = 0.0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += hann(i);
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[i] = static_cast<float>(hann(i) / sum);
}

// Sixteen floats in the lanes of one AVX-512 register (two AVX, four SSE registers in the
// other clones): independent outputs, each summed tap by tap in the same order in every
// clone ("avx2" leaves FMA out; AVX-512F has its own, so contraction is off), so they
// give the same bits.
using Vec = float __attribute__((vector_size(64)));
constexpr std::size_t kLanes = sizeof(Vec) / sizeof(float);
constexpr std::size_t kTileVecs = 4;  // independent sums hide the adds' latency
constexpr std::size_t kTile = kLanes * kTileVecs;

// out[i] = sum over k < taps of weights[k] * values[i + k], for i < frames; `values`
// holds taps - 1 + frames values and room for a whole last tile after them.
LATHE_SIMD_CLONES("avx512f", "avx2", "default") __attribute__((optimize("fp-contract=off")))
void weightedSums(const float* values, const float* weights, std::size_t taps, float* out,
                  std::size_t frames) {
    for (std::size_t start = 0; start < frames; start += kTile) {
        Vec sums[kTileVecs] = {};
        for (std::size_t k = 0; k < taps; ++k)
            for (std::size_t v = 0; v < kTileVecs; ++v) {
                Vec x;
                std::memcpy(&x, values + start + k + v * kLanes, sizeof x);
                sums[v] += weights[k] * x;
            }
        const std::size_t count = std::min(kTile, frames - start);
        std::memcpy(out + start, sums, count * sizeof(float));
    }
}

}  // namespace

void ReductionSmoother::prepare(std::size_t attackFrames, std::size_t neighbourhood, std::size_t maxBlockFrames) {
    m_attackFrames = std::max<std::size_t>(attackFrames, 1);
    m_neighbourhood = neighbourhood;
    m_maximum.resize(m_attackFrames + 2 * neighbourhood + 1);
    m_weights.resize(m_attackFrames + 1);
    fillHannWeights(m_weights);
    m_held.assign(m_attackFrames + maxBlockFrames + kTile, 0.0f);
    m_smoothed.assign(maxBlockFrames, 0.0f);
    reset();
}

void ReductionSmoother::reset() noexcept {
    m_maximum.reset();
    std::fill(m_held.begin(), m_held.end(), 0.0f);
}

const float* ReductionSmoother::smooth(std::size_t frames) noexcept {
    weightedSums(m_held.data(), m_weights.data(), m_weights.size(), m_smoothed.data(), frames);
    // The newest m_attackFrames held values precede the next chunk.
    std::copy_n(m_held.begin() + static_cast<std::ptrdiff_t>(frames), m_attackFrames, m_held.begin());
    return m_smoothed.data();
}

}  // namespace lathe
