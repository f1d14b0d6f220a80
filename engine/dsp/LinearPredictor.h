#pragma once

#include <cstddef>
#include <vector>

namespace lathe {

// An all-pole (autoregressive) model of a short stretch of audio: x[n] is predicted
// from the `order` samples before it as sum(a[k] * x[n-k]). Fitted by the
// autocorrelation method (Hann-windowed, so the model is always stable) and
// Levinson-Durbin recursion. Allocates in the constructor only; fit() and the
// residuals run on the audio thread.
class LinearPredictor {
public:
    LinearPredictor(std::size_t order, std::size_t maxFrames);

    std::size_t order() const noexcept { return m_order; }

    // Fits x[0, frames). Returns false when the stretch is (near) digital silence and
    // there is nothing to model.
    bool fit(const double* x, std::size_t frames) noexcept;

    // a[1..order] of the last fit (a[0] is unused and 1).
    const double* coefficients() const noexcept { return m_coefficients.data(); }

    // Forward prediction error e[n] = x[n] - sum(a[k] x[n-k]) for n in [order, frames);
    // e[n] = 0 where the history is incomplete.
    void forwardResidual(const double* x, std::size_t frames, double* e) const noexcept;

    // Backward prediction error e[n] = x[n] - sum(a[k] x[n+k]) for n in [0, frames - order):
    // for a stationary model the backward predictor has the same coefficients. A click
    // shows in both at its own position, a musical onset in only one.
    void backwardResidual(const double* x, std::size_t frames, double* e) const noexcept;

private:
    std::size_t m_order;
    std::vector<double> m_window;  // Hann, computed for m_windowFrames
    std::size_t m_windowFrames = 0;
    std::vector<double> m_windowed;
    std::vector<double> m_autocorrelation;
    std::vector<double> m_coefficients;
    std::vector<double> m_previous;
};

}  // namespace lathe
