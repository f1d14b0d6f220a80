#include "dsp/NyquistCorrection.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace lathe {

namespace {

constexpr int kIterations = 5;          // Steiglitz-McBride (least squares)
constexpr int kMinimaxIterations = 5;    // then Lawson reweighting (towards minimax)
constexpr int kUnknowns = 5;  // N(p) = n0 + n1 p + n2 p^2, D(p) = 1 + d1 p + d2 p^2
constexpr double kFlatEnough = 0.001;  // |ratio - 1| below this everywhere: 0.004 dB

bool solve(std::array<std::array<double, kUnknowns + 1>, kUnknowns>& m, std::array<double, kUnknowns>& x) {
    for (int col = 0; col < kUnknowns; ++col) {
        int pivot = col;
        for (int r = col + 1; r < kUnknowns; ++r)
            if (std::abs(m[r][col]) > std::abs(m[pivot][col]))
                pivot = r;
        if (!(std::abs(m[pivot][col]) > 0.0) || !std::isfinite(m[pivot][col]))
            return false;
        std::swap(m[col], m[pivot]);
        for (int r = 0; r < kUnknowns; ++r) {
            if (r == col)
                continue;
            const double f = m[r][col] / m[col][col];
            for (int k = col; k <= kUnknowns; ++k)
                m[r][k] -= f * m[col][k];
        }
    }
    for (int i = 0; i < kUnknowns; ++i)
        x[i] = m[i][kUnknowns] / m[i][i];
    return true;
}

// q0 + q1 p + q2 p^2 = |c0 + c1 z^-1 + c2 z^-2|^2 with the zeros strictly inside the
// unit circle. In Vicanek's terms T0 = q0, T1 = q0 + q1 + q2, T2 = -q2 / 4.
bool minimumPhaseFactor(double q0, double q1, double q2, double& c0, double& c1, double& c2) {
    const double t0 = q0;
    const double t1 = q0 + q1 + q2;
    const double t2 = -0.25 * q2;
    if (!(t0 > 0.0) || !(t1 > 0.0))
        return false;
    const double sum = std::sqrt(t0);
    const double alternating = std::sqrt(t1);
    const double w = 0.5 * (sum + alternating);
    const double discriminant = w * w + t2;
    if (!(discriminant > 0.0))
        return false;
    const double root = std::sqrt(discriminant);
    c0 = 0.5 * (w + root);
    c2 = w - c0;
    c1 = 0.5 * (sum - alternating);
    return std::abs(c2) < c0 && std::abs(c1) < c0 + c2;
}

}  // namespace

BiquadCoefficients NyquistCorrection::fit(const double* p, const double* ratio, std::size_t count) noexcept {
    count = std::min(count, kGridPoints);
    bool flat = true;
    for (std::size_t i = 0; i < count; ++i)
        flat = flat && std::abs(ratio[i] - 1.0) < kFlatEnough;
    if (flat || count < kUnknowns)
        return {};

    // Worst error as max(q, 1/q) over the grid, which orders like |log q|.
    auto worstWith = [&](const BiquadCoefficients& c) {
        double worst = 1.0;
        for (std::size_t i = 0; i < count; ++i) {
            const double q = ratio[i] / c.magnitudeSquaredAt(p[i]);
            worst = std::max({worst, q, 1.0 / q});
        }
        return worst;
    };
    BiquadCoefficients best{};
    double bestWorst = worstWith(best);

    std::array<double, kGridPoints> previousDenominator{};
    previousDenominator.fill(1.0);
    std::array<double, kGridPoints> lawson{};
    lawson.fill(1.0);
    std::array<double, kUnknowns> x{};
    for (int iteration = 0; iteration < kIterations + kMinimaxIterations; ++iteration) {
        std::array<std::array<double, kUnknowns + 1>, kUnknowns> m{};
        for (std::size_t i = 0; i < count; ++i) {
            const double r = ratio[i];
            const double pi = p[i];
            // N(p) - r (d1 p + d2 p^2) = r, weighted to the relative error of |C|^2.
            const double row[kUnknowns] = {1.0, pi, pi * pi, -r * pi, -r * pi * pi};
            const double scale = r * previousDenominator[i];
            const double weight = lawson[i] / (scale * scale);
            for (int a = 0; a < kUnknowns; ++a) {
                const double wa = weight * row[a];
                for (int b = a; b < kUnknowns; ++b)
                    m[a][b] += wa * row[b];
                m[a][kUnknowns] += wa * r;
            }
        }
        for (int a = 1; a < kUnknowns; ++a)
            for (int b = 0; b < a; ++b)
                m[a][b] = m[b][a];
        if (!solve(m, x))
            break;
        double lawsonSum = 0.0;
        for (std::size_t i = 0; i < count; ++i) {
            const double pi = p[i];
            previousDenominator[i] = std::abs(1.0 + x[3] * pi + x[4] * pi * pi);
            if (iteration >= kIterations) {
                // Lawson: weight where the error is large, towards minimax.
                const double numerator = x[0] + x[1] * pi + x[2] * pi * pi;
                lawson[i] *= std::abs(numerator / (previousDenominator[i] * ratio[i]) - 1.0) + 1e-12;
            }
            lawsonSum += lawson[i];
        }
        for (std::size_t i = 0; i < count; ++i)
            lawson[i] *= double(count) / lawsonSum;
        if (iteration + 1 < kIterations)
            continue;
        double a0 = 0.0, a1 = 0.0, a2 = 0.0, b0 = 0.0, b1 = 0.0, b2 = 0.0;
        if (!minimumPhaseFactor(1.0, x[3], x[4], a0, a1, a2) || !minimumPhaseFactor(x[0], x[1], x[2], b0, b1, b2))
            continue;
        const BiquadCoefficients c{b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0};
        const double worst = worstWith(c);
        if (worst < bestWorst) {
            best = c;
            bestWorst = worst;
        }
    }
    return best;
}

}  // namespace lathe
