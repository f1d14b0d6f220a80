#pragma once

#include <cstddef>
#include <vector>

namespace lathe {

// Fills a gap in audio with the least-squares autoregressive (LSAR) interpolation:
// the missing samples are chosen so that the prediction error of the AR model,
// summed over every error term that touches the gap, is as small as possible
// (Janssen, Veldhuis & Vries 1986; Godsill & Rayner, "Digital Audio Restoration").
// Needs `order` known samples on each side. Allocates in the constructor only.
class ArInterpolator {
public:
    ArInterpolator(std::size_t order, std::size_t maxGapFrames);

    std::size_t maxGapFrames() const noexcept { return m_maxGap; }

    // Replaces x[start, start + length) given x[start - order, start) and
    // x[start + length, start + length + order), with predictor coefficients
    // a[1..order] (x[n] ~ sum a[k] x[n-k]). Returns false (x unchanged) if the gap is
    // too long or the system is singular.
    bool fill(double* x, std::size_t start, std::size_t length, const double* a) noexcept;

private:
    std::size_t m_order;
    std::size_t m_maxGap;
    std::vector<double> m_errorFilter;      // c[0] = 1, c[k] = -a[k]
    std::vector<double> m_filterCorrelation;  // autocorrelation of c
    std::vector<double> m_knownError;       // prediction error with the gap zeroed
    std::vector<double> m_matrix;           // maxGap x maxGap, Cholesky in place
    std::vector<double> m_rightSide;
};

}  // namespace lathe
