#include "dsp/OversampledPeakDetector.h"
#include "core/SimdClones.h"

#include "analysis/TruePeakMeter.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>

namespace lathe {
namespace {

// Kaiser beta of the long interpolator: a narrow main lobe (flat to ~21 kHz at 44.1 kHz)
// matters more here than deep image rejection (~50 dB).
constexpr double kKaiserBeta = 5.0;
// libswresample's defaults: filter_size 32, Kaiser beta 9 (upsampling: cutoff at Nyquist).
constexpr double kResamplerKaiserBeta = 9.0;
// The short interpolator's Hann window spans 49 taps at 4x: zero at +-6 input samples.
constexpr double kShortHalfWidth = (49.0 - 1.0) / 2.0 / OversampledPeakDetector::kOversampling;

double besselI0(double x) {
    double sum = 1.0;
    double term = 1.0;
    for (int k = 1; term > 1e-12 * sum; ++k) {
        const double half = x / (2.0 * k);
        term *= half * half;
        sum += term;
    }
    return sum;
}

double sinc(double t) { return t == 0.0 ? 1.0 : std::sin(std::numbers::pi * t) / (std::numbers::pi * t); }

// Taps for the point n0 + fraction from x[n0 + j], j = 1 - count/2 .. count/2 (oldest
// first), `window(t)` weighting the sinc at distance t from the point.
template <std::size_t Count, typename Window>
std::array<float, Count> designPhase(double fraction, Window window, bool unityDc) {
    std::array<double, Count> taps{};
    double sum = 0.0;
    for (std::size_t i = 0; i < Count; ++i) {
        const double t = static_cast<double>(i) + 1.0 - Count / 2.0 - fraction;
        taps[i] = sinc(t) * window(t);
        sum += taps[i];
    }
    std::array<float, Count> result{};
    for (std::size_t i = 0; i < Count; ++i)
        result[i] = static_cast<float>(unityDc ? taps[i] / sum : taps[i]);
    return result;
}

}  // namespace

const OversampledPeakDetector::Table& OversampledPeakDetector::table() {
    static const Table phases = [] {
        Table result{};
        const auto kaiserOf = [](double beta, double halfWidth) {
            return [beta, halfWidth](double t) {
                const double r = t / halfWidth;
                return besselI0(beta * std::sqrt(std::max(0.0, 1.0 - r * r))) / besselI0(beta);
            };
        };
        const auto kaiser = kaiserOf(kKaiserBeta, kTapsPerPhase / 2.0);
        const auto resamplerKaiser = kaiserOf(kResamplerKaiserBeta, kResamplerTapsPerPhase / 2.0);
        const auto hann = [](double t) {
            const double c = std::cos(std::numbers::pi * t / (2.0 * kShortHalfWidth));
            return std::abs(t) < kShortHalfWidth ? c * c : 0.0;
        };
        for (std::size_t p = 0; p < kInterpolatedPhases; ++p) {
            const double fraction = static_cast<double>(p + 1) / kOversampling;
            result.phases[p].taps = designPhase<kTapsPerPhase>(fraction, kaiser, true);
            // As the meters do: not normalised.
            result.phases[p].shortTaps = designPhase<kShortTapsPerPhase>(fraction, hann, false);
            result.phases[p].meterTaps = TruePeakMeter::coefficients()[p];
            result.phases[p].resamplerTaps = designPhase<kResamplerTapsPerPhase>(fraction, resamplerKaiser, true);
        }
        for (std::size_t e = 0; e < kResamplerEighths; ++e) {
            const double fraction = (2.0 * static_cast<double>(e) + 1.0) / (2.0 * kOversampling);
            result.resamplerEighths[e] = designPhase<kResamplerTapsPerPhase>(fraction, resamplerKaiser, true);
        }
        return result;
    }();
    return phases;
}

namespace {

constexpr std::size_t kSampleIndex = OversampledPeakDetector::kTapsPerPhase / 2 - 1;  // x[m] in a window
constexpr std::size_t kShortOffset = kSampleIndex + 1 - OversampledPeakDetector::kShortTapsPerPhase / 2;
constexpr std::size_t kMeterOffset = kSampleIndex - TruePeakMeter::kDelay;
constexpr std::size_t kResamplerOffset = kSampleIndex + 1 - OversampledPeakDetector::kResamplerTapsPerPhase / 2;
static_assert(TruePeakMeter::kTapsPerPhase == OversampledPeakDetector::kMeterTapsPerPhase);
static_assert(TruePeakMeter::kOversampling == OversampledPeakDetector::kOversampling);

// Sixteen floats, one AVX-512 register (two AVX, four SSE registers in the other clones).
// GCC's vector extension puts independent outputs in the lanes; a tap-major loop over one
// output would be a reduction the compiler can only do serially. (No helper takes or
// returns it: the ABI would differ between clones.)
using Vec = float __attribute__((vector_size(64)));
constexpr std::size_t kLanes = sizeof(Vec) / sizeof(float);
constexpr std::size_t kVecsPerTile = OversampledPeakDetector::kTile / kLanes;

// peaks of `tiles` whole tiles; window n of the output n is buffer[n, n + kTapsPerPhase).
// No clone contracts a multiply-add ("avx2", not x86-64-v3, leaves FMA out; AVX-512F has
// its own, so contraction is off), so every clone gives the same bits.
LATHE_SIMD_CLONES("avx512f", "avx2", "default") __attribute__((optimize("fp-contract=off")))
void interpolateTiles(const float* buffer, float* peaks, std::size_t tiles,
                      const OversampledPeakDetector::Table& table, bool allInterpolators) {
    constexpr std::size_t kPhases = OversampledPeakDetector::kInterpolatedPhases;
    for (std::size_t tile = 0; tile < tiles; ++tile) {
        const float* window = buffer + tile * OversampledPeakDetector::kTile;
        Vec full[kPhases][kVecsPerTile] = {};
        Vec meter[kPhases][kVecsPerTile] = {};
        Vec own[kPhases][kVecsPerTile] = {};
        Vec resampler[kPhases][kVecsPerTile] = {};
        constexpr std::size_t kEighths = OversampledPeakDetector::kResamplerEighths;
        Vec eighths[kEighths][kVecsPerTile] = {};
        for (std::size_t k = 0; k < OversampledPeakDetector::kMeterTapsPerPhase; ++k)
            for (std::size_t v = 0; v < kVecsPerTile; ++v) {
                Vec x;
                std::memcpy(&x, window + kMeterOffset + k + v * kLanes, sizeof x);
                for (std::size_t p = 0; p < kPhases; ++p)
                    own[p][v] += table.phases[p].meterTaps[k] * x;
            }
        for (std::size_t k = 0; k < OversampledPeakDetector::kTapsPerPhase; ++k)
            for (std::size_t v = 0; v < kVecsPerTile; ++v) {
                Vec x;
                std::memcpy(&x, window + k + v * kLanes, sizeof x);
                for (std::size_t p = 0; p < kPhases; ++p)
                    full[p][v] += table.phases[p].taps[k] * x;
            }
        // Otherwise the other sums stay zero and do not raise the peak.
        if (allInterpolators) {
            for (std::size_t k = 0; k < OversampledPeakDetector::kShortTapsPerPhase; ++k)
                for (std::size_t v = 0; v < kVecsPerTile; ++v) {
                    Vec x;
                    std::memcpy(&x, window + kShortOffset + k + v * kLanes, sizeof x);
                    for (std::size_t p = 0; p < kPhases; ++p)
                        meter[p][v] += table.phases[p].shortTaps[k] * x;
                }
            for (std::size_t k = 0; k < OversampledPeakDetector::kResamplerTapsPerPhase; ++k)
                for (std::size_t v = 0; v < kVecsPerTile; ++v) {
                    Vec x;
                    std::memcpy(&x, window + kResamplerOffset + k + v * kLanes, sizeof x);
                    for (std::size_t p = 0; p < kPhases; ++p)
                        resampler[p][v] += table.phases[p].resamplerTaps[k] * x;
                }
            // A loop of its own: the accumulators of both would not fit in AVX2's registers.
            for (std::size_t k = 0; k < OversampledPeakDetector::kResamplerTapsPerPhase; ++k)
                for (std::size_t v = 0; v < kVecsPerTile; ++v) {
                    Vec x;
                    std::memcpy(&x, window + kResamplerOffset + k + v * kLanes, sizeof x);
                    for (std::size_t e = 0; e < kEighths; ++e)
                        eighths[e][v] += table.resamplerEighths[e][k] * x;
                }
        }
        for (std::size_t v = 0; v < kVecsPerTile; ++v) {
            Vec peak;
            std::memcpy(&peak, window + kSampleIndex + v * kLanes, sizeof peak);
            peak = peak < 0.0f ? -peak : peak;
            for (std::size_t p = 0; p < kPhases; ++p) {
                const Vec a = full[p][v] < 0.0f ? -full[p][v] : full[p][v];
                const Vec b = meter[p][v] < 0.0f ? -meter[p][v] : meter[p][v];
                const Vec c = own[p][v] < 0.0f ? -own[p][v] : own[p][v];
                const Vec d = resampler[p][v] < 0.0f ? -resampler[p][v] : resampler[p][v];
                peak = d > peak ? d : peak;
                peak = a > peak ? a : peak;
                peak = b > peak ? b : peak;
                peak = c > peak ? c : peak;
            }
            for (std::size_t e = 0; e < kEighths; ++e) {
                const Vec a = eighths[e][v] < 0.0f ? -eighths[e][v] : eighths[e][v];
                peak = a > peak ? a : peak;
            }
            std::memcpy(peaks + tile * OversampledPeakDetector::kTile + v * kLanes, &peak, sizeof peak);
        }
    }
}

}  // namespace

OversampledPeakDetector::OversampledPeakDetector() : m_phases(&table()) { prepare(kTile); }

void OversampledPeakDetector::prepare(std::size_t maxBlockFrames) {
    m_maxBlockFrames = (std::max<std::size_t>(maxBlockFrames, 1) + kTile - 1) / kTile * kTile;
    m_buffer.assign(kHistory + m_maxBlockFrames + kTile, 0.0f);
}

void OversampledPeakDetector::reset() noexcept { std::fill(m_buffer.begin(), m_buffer.end(), 0.0f); }

void OversampledPeakDetector::process(const float* samples, float* peaks, std::size_t frames) noexcept {
    const bool all = m_coverage == Coverage::AllInterpolators;
    while (frames > 0) {
        const std::size_t take = std::min(frames, m_maxBlockFrames);
        std::copy_n(samples, take, m_buffer.begin() + kHistory);
        const std::size_t wholeTiles = take / kTile;
        interpolateTiles(m_buffer.data(), peaks, wholeTiles, *m_phases, all);
        if (const std::size_t rest = take - wholeTiles * kTile; rest > 0) {
            // A last, partial tile: the samples after the block are zeroed (the outputs
            // that read them are discarded) and the tile goes to scratch.
            float tail[kTile];
            std::fill(m_buffer.begin() + static_cast<std::ptrdiff_t>(kHistory + take),
                      m_buffer.begin() + static_cast<std::ptrdiff_t>(kHistory + (wholeTiles + 1) * kTile), 0.0f);
            interpolateTiles(m_buffer.data() + wholeTiles * kTile, tail, 1, *m_phases, all);
            std::copy_n(tail, rest, peaks + wholeTiles * kTile);
        }
        // The last kHistory samples become the history of the next block.
        std::copy_n(m_buffer.begin() + static_cast<std::ptrdiff_t>(take), kHistory, m_buffer.begin());
        samples += take;
        peaks += take;
        frames -= take;
    }
}

}  // namespace lathe
