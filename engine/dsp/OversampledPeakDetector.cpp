#include "dsp/OversampledPeakDetector.h"

#include "dsp/Reductions.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {
namespace {

// Kaiser beta of the long interpolator: a narrow main lobe (flat to ~21 kHz at 44.1 kHz)
// matters more here than deep image rejection (~50 dB).
constexpr double kKaiserBeta = 5.0;
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
        const double halfWidth = kTapsPerPhase / 2.0;
        const auto kaiser = [halfWidth](double t) {
            const double r = t / halfWidth;
            return besselI0(kKaiserBeta * std::sqrt(std::max(0.0, 1.0 - r * r))) / besselI0(kKaiserBeta);
        };
        const auto hann = [](double t) {
            const double c = std::cos(std::numbers::pi * t / (2.0 * kShortHalfWidth));
            return std::abs(t) < kShortHalfWidth ? c * c : 0.0;
        };
        for (std::size_t p = 0; p < kInterpolatedPhases; ++p) {
            const double fraction = static_cast<double>(p + 1) / kOversampling;
            result[p].taps = designPhase<kTapsPerPhase>(fraction, kaiser, true);
            // As the meters do: not normalised.
            result[p].shortTaps = designPhase<kShortTapsPerPhase>(fraction, hann, false);
        }
        return result;
    }();
    return phases;
}

OversampledPeakDetector::OversampledPeakDetector() : m_phases(&table()) {
    m_history.resize(kTapsPerPhase);
}

void OversampledPeakDetector::reset() noexcept { m_history.fill(0.0f); }

float OversampledPeakDetector::push(float sample) noexcept {
    constexpr std::size_t kSampleIndex = kTapsPerPhase / 2 - 1;  // x[m] in the window
    constexpr std::size_t kShortOffset = kSampleIndex + 1 - kShortTapsPerPhase / 2;
    m_history.push(sample);
    const float* window = m_history.window();
    float peak = std::abs(window[kSampleIndex]);
    for (const Phase& phase : *m_phases) {
        const float full = dotProduct<kTapsPerPhase>(window, phase.taps.data());
        const float meter = dotProduct<kShortTapsPerPhase>(window + kShortOffset, phase.shortTaps.data());
        peak = std::max({peak, std::abs(full), std::abs(meter)});
    }
    return peak;
}

}  // namespace lathe
