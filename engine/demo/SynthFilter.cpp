#include "demo/SynthFilter.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe::demo {
namespace {
// Keeps the prewarped tangent finite and the filter stable for any requested cutoff.
constexpr double kMaxCutoffFraction = 0.49;
constexpr double kMinCutoffHz = 10.0;
}  // namespace

SynthFilter::SynthFilter(FilterMode mode, double cutoffHz, double resonanceQ, double sampleRate)
    : m_mode(mode), m_sampleRate(sampleRate), m_damping(1.0 / resonanceQ) {
    setCutoff(cutoffHz);
}

void SynthFilter::setCutoff(double cutoffHz) noexcept {
    const double clamped = std::clamp(cutoffHz, kMinCutoffHz, kMaxCutoffFraction * m_sampleRate);
    m_g = std::tan(std::numbers::pi * clamped / m_sampleRate);
    m_a1 = 1.0 / (1.0 + m_g * (m_g + m_damping));
    m_a2 = m_g * m_a1;
    m_a3 = m_g * m_a2;
}

float SynthFilter::process(float input) noexcept {
    const double v0 = input;
    const double v3 = v0 - m_ic2;
    const double v1 = m_a1 * m_ic1 + m_a2 * v3;
    const double v2 = m_ic2 + m_a2 * m_ic1 + m_a3 * v3;
    m_ic1 = 2.0 * v1 - m_ic1;
    m_ic2 = 2.0 * v2 - m_ic2;
    switch (m_mode) {
    case FilterMode::LowPass: return static_cast<float>(v2);
    case FilterMode::BandPass: return static_cast<float>(v1);
    case FilterMode::HighPass: break;
    }
    return static_cast<float>(v0 - m_damping * v1 - v2);
}

}  // namespace lathe::demo
