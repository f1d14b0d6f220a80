#include "dsp/ArInterpolator.h"

#include <algorithm>
#include <cmath>

namespace lathe {

ArInterpolator::ArInterpolator(std::size_t order, std::size_t maxGapFrames)
    : m_order(order), m_maxGap(maxGapFrames), m_errorFilter(order + 1),
      m_filterCorrelation(order + 1), m_knownError(maxGapFrames + order),
      m_matrix(maxGapFrames * maxGapFrames), m_rightSide(maxGapFrames) {}

bool ArInterpolator::fill(double* x, std::size_t start, std::size_t length, const double* a) noexcept {
    if (length == 0 || length > m_maxGap || start < m_order)
        return false;
    const std::size_t p = m_order;
    double* c = m_errorFilter.data();
    c[0] = 1.0;
    for (std::size_t k = 1; k <= p; ++k)
        c[k] = -a[k];
    for (std::size_t lag = 0; lag <= p; ++lag) {
        double sum = 0.0;
        for (std::size_t k = 0; k + lag <= p; ++k)
            sum += c[k] * c[k + lag];
        m_filterCorrelation[lag] = sum;
    }

    // The error terms e[n], n in [start, start + length + p), with the unknowns at zero.
    const std::size_t errors = length + p;
    for (std::size_t j = 0; j < errors; ++j) {
        const std::size_t n = start + j;
        double sum = 0.0;
        for (std::size_t k = 0; k <= p; ++k) {
            const std::size_t m = n - k;
            if (m < start || m >= start + length)
                sum += c[k] * x[m];
        }
        m_knownError[j] = sum;
    }

    // Normal equations: sum_j Rc(|i-j|) u_j = -sum_k c_k e[i + k].
    double* matrix = m_matrix.data();
    for (std::size_t i = 0; i < length; ++i) {
        for (std::size_t j = 0; j < length; ++j) {
            const std::size_t lag = i > j ? i - j : j - i;
            matrix[i * length + j] = lag <= p ? m_filterCorrelation[lag] : 0.0;
        }
        double sum = 0.0;
        for (std::size_t k = 0; k <= p; ++k)
            sum += c[k] * m_knownError[i + k];
        m_rightSide[i] = -sum;
    }

    // Cholesky (the matrix is symmetric positive definite), lower triangle in place.
    for (std::size_t j = 0; j < length; ++j) {
        double diagonal = matrix[j * length + j];
        for (std::size_t k = 0; k < j; ++k)
            diagonal -= matrix[j * length + k] * matrix[j * length + k];
        if (!(diagonal > 0.0))
            return false;
        const double pivot = std::sqrt(diagonal);
        matrix[j * length + j] = pivot;
        for (std::size_t i = j + 1; i < length; ++i) {
            double sum = matrix[i * length + j];
            for (std::size_t k = 0; k < j; ++k)
                sum -= matrix[i * length + k] * matrix[j * length + k];
            matrix[i * length + j] = sum / pivot;
        }
    }
    double* u = m_rightSide.data();
    for (std::size_t i = 0; i < length; ++i) {  // L y = b
        double sum = u[i];
        for (std::size_t k = 0; k < i; ++k)
            sum -= matrix[i * length + k] * u[k];
        u[i] = sum / matrix[i * length + i];
    }
    for (std::size_t i = length; i-- > 0;) {  // L^T u = y
        double sum = u[i];
        for (std::size_t k = i + 1; k < length; ++k)
            sum -= matrix[k * length + i] * u[k];
        u[i] = sum / matrix[i * length + i];
    }
    std::copy_n(u, length, x + start);
    return true;
}

}  // namespace lathe
