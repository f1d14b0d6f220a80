#include "dsp/LinearPredictor.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>

namespace lathe {

namespace {
// Adds a noise floor this far below the signal before solving: it bounds the
// prediction gain (~80 dB) and keeps the recursion well-conditioned on pure tones.
constexpr double kWhiteNoiseCorrection = 1e-8;
// Below this mean energy per sample (about -160 dBFS) a stretch counts as silence.
constexpr double kSilentEnergy = 1e-16;

// sum(w[n] * w[n - lag]) for n in [lag, frames), in four independent partial sums so
// the additions pipeline (and vectorise) despite strict floating-point order.
double laggedProduct(const double* w, std::size_t lag, std::size_t frames) noexcept {
    constexpr std::size_t kLanes = 4;
    double partial[kLanes] = {};
    std::size_t n = lag;
    for (; n + kLanes <= frames; n += kLanes)
        for (std::size_t lane = 0; lane < kLanes; ++lane)
            partial[lane] += w[n + lane] * w[n + lane - lag];
    double sum = (partial[0] + partial[1]) + (partial[2] + partial[3]);
    for (; n < frames; ++n)
        sum += w[n] * w[n - lag];
    return sum;
}
}  // namespace

LinearPredictor::LinearPredictor(std::size_t order, std::size_t maxFrames)
    : m_order(order), m_window(maxFrames), m_windowed(maxFrames), m_autocorrelation(order + 1),
      m_coefficients(order + 1), m_previous(order + 1) {
    assert(maxFrames > order);
}

bool LinearPredictor::fit(const double* x, std::size_t frames) noexcept {
    assert(frames <= m_windowed.size() && frames > m_order);
    if (frames != m_windowFrames) {
        const double phaseStep = 2.0 * std::numbers::pi / static_cast<double>(frames);
        for (std::size_t n = 0; n < frames; ++n)
            m_window[n] = 0.5 - 0.5 * std::cos(phaseStep * (static_cast<double>(n) + 0.5));
        m_windowFrames = frames;
    }
    for (std::size_t n = 0; n < frames; ++n)
        m_windowed[n] = x[n] * m_window[n];

    for (std::size_t lag = 0; lag <= m_order; ++lag)
        m_autocorrelation[lag] = laggedProduct(m_windowed.data(), lag, frames);
    std::fill(m_coefficients.begin(), m_coefficients.end(), 0.0);
    if (m_autocorrelation[0] < kSilentEnergy * static_cast<double>(frames))
        return false;

    // Levinson-Durbin on R[0] (1 + correction), R[1..order].
    double error = m_autocorrelation[0] * (1.0 + kWhiteNoiseCorrection);
    for (std::size_t i = 1; i <= m_order; ++i) {
        double acc = m_autocorrelation[i];
        for (std::size_t k = 1; k < i; ++k)
            acc -= m_coefficients[k] * m_autocorrelation[i - k];
        const double reflection = acc / error;
        std::copy(m_coefficients.begin(), m_coefficients.begin() + static_cast<std::ptrdiff_t>(i),
                  m_previous.begin());
        m_coefficients[i] = reflection;
        for (std::size_t k = 1; k < i; ++k)
            m_coefficients[k] = m_previous[k] - reflection * m_previous[i - k];
        error *= 1.0 - reflection * reflection;
        if (error <= 0.0)
            return false;
    }
    return true;
}

void LinearPredictor::forwardResidual(const double* x, std::size_t frames, double* e) const noexcept {
    // One pass per coefficient over the whole block (rather than one dot product per
    // sample): the inner loop has no reduction, so it vectorises.
    const double* a = m_coefficients.data();
    std::fill(e, e + std::min(frames, m_order), 0.0);
    std::copy(x + std::min(frames, m_order), x + frames, e + std::min(frames, m_order));
    for (std::size_t k = 1; k <= m_order; ++k)
        for (std::size_t n = m_order; n < frames; ++n)
            e[n] -= a[k] * x[n - k];
}

void LinearPredictor::backwardResidual(const double* x, std::size_t frames, double* e) const noexcept {
    const double* a = m_coefficients.data();
    const std::size_t valid = frames > m_order ? frames - m_order : 0;
    std::copy(x, x + valid, e);
    std::fill(e + valid, e + frames, 0.0);
    for (std::size_t k = 1; k <= m_order; ++k)
        for (std::size_t n = 0; n < valid; ++n)
            e[n] -= a[k] * x[n + k];
}

}  // namespace lathe
