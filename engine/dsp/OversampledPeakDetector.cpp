#include "dsp/OversampledPeakDetector.h"

#include "dsp/Reductions.h"

#include <cmath>
#include <numbers>

namespace lathe {
namespace {

// Kaiser beta: ~-90 dB side lobes; the main lobe sets the transition below Nyquist.
constexpr double kKaiserBeta = 9.0;

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

}  // namespace

const std::array<OversampledPeakDetector::Phase, OversampledPeakDetector::kInterpolatedPhases>&
OversampledPeakDetector::coefficients() {
    static const auto table = [] {
        std::array<Phase, kInterpolatedPhases> phases{};
        const double halfWidth = kTapsPerPhase / 2.0;
        for (std::size_t p = 0; p < kInterpolatedPhases; ++p) {
            // Point n0 + f between samples n0 and n0 + 1, from x[n0 + j],
            // j = 1 - T/2 .. T/2; tap index i = j + T/2 - 1 (oldest first).
            const double fraction = static_cast<double>(p + 1) / kOversampling;
            double sum = 0.0;
            for (std::size_t i = 0; i < kTapsPerPhase; ++i) {
                const double t = static_cast<double>(i) + 1.0 - halfWidth - fraction;
                const double sinc = std::sin(std::numbers::pi * t) / (std::numbers::pi * t);
                const double r = t / halfWidth;
                const double window = besselI0(kKaiserBeta * std::sqrt(std::max(0.0, 1.0 - r * r))) /
                                      besselI0(kKaiserBeta);
                phases[p][i] = static_cast<float>(sinc * window);
                sum += sinc * window;
            }
            for (float& tap : phases[p])
                tap = static_cast<float>(tap / sum);  // unity gain at DC
        }
        return phases;
    }();
    return table;
}

OversampledPeakDetector::OversampledPeakDetector() : m_phases(&coefficients()) {
    m_history.resize(kTapsPerPhase);
}

void OversampledPeakDetector::reset() noexcept { m_history.fill(0.0f); }

float OversampledPeakDetector::push(float sample) noexcept {
    m_history.push(sample);
    const float* window = m_history.window();
    float peak = std::abs(window[kTapsPerPhase - 1 - kDelayFrames]);
    for (const Phase& phase : *m_phases)
        peak = std::max(peak, std::abs(dotProduct(window, phase.data(), kTapsPerPhase)));
    return peak;
}

}  // namespace lathe
