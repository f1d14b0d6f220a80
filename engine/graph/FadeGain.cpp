#include "graph/FadeGain.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {

namespace {
constexpr double kLogRange = 999.0;   // logarithmic curve: log10(1 + 999 t) / 3, 60 dB
constexpr double kLogDecades = 3.0;
}  // namespace

FadeGain::FadeGain(const Fade& fadeIn, const Fade& fadeOut, std::int64_t lengthFrames, int sampleRate)
    : m_inCurve(fadeIn.curve), m_outCurve(fadeOut.curve),
      m_inFrames(std::llround(fadeIn.lengthSeconds * sampleRate)),
      m_outFrames(std::llround(fadeOut.lengthSeconds * sampleRate)), m_lengthFrames(lengthFrames) {}

double FadeGain::curveGain(FadeCurve curve, double t) noexcept {
    t = std::clamp(t, 0.0, 1.0);
    switch (curve) {
    case FadeCurve::Linear: return t;
    case FadeCurve::EqualPower: return std::sin(t * std::numbers::pi / 2.0);
    case FadeCurve::Logarithmic: return std::log10(1.0 + kLogRange * t) / kLogDecades;
    case FadeCurve::Exponential: return (std::pow(10.0, kLogDecades * t) - 1.0) / kLogRange;
    case FadeCurve::SCurve: return 0.5 - 0.5 * std::cos(t * std::numbers::pi);
    }
    return t;
}

float FadeGain::at(std::int64_t position) const noexcept {
    if (position < 0 || position >= m_lengthFrames)
        return 0.0f;
    double gain = 1.0;
    if (position < m_inFrames)
        gain *= curveGain(m_inCurve, (static_cast<double>(position) + 0.5) / m_inFrames);
    const std::int64_t fromEnd = m_lengthFrames - position;
    if (fromEnd <= m_outFrames)
        gain *= curveGain(m_outCurve, (static_cast<double>(fromEnd) - 0.5) / m_outFrames);
    return static_cast<float>(gain);
}

}  // namespace lathe
