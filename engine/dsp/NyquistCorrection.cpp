#include "dsp/NyquistCorrection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>

namespace lathe {

namespace {

constexpr int kLeastSquaresIterations = 3;  // Steiglitz-McBride
constexpr int kMinimaxIterations = 2;       // then Lawson reweighting (towards minimax)
// No correction where the matched sections miss by less than 0.02 dB everywhere (every
// band below a few kHz): a fifth of the requirement, and most glides then cost no fit.
constexpr double kFlatEnough = 0.0046;
// A degree-2 fit whose worst power ratio on the check grid is below this (0.005 dB) is
// kept without trying degree 4.
constexpr double kGoodEnough = 1.00115;
constexpr int kMaxDegree = 2 * static_cast<int>(NyquistCorrection::kSections);

using Complex = std::complex<double>;

// Chebyshev polynomials T_0..T_degree at t = 2p - 1: a well-conditioned basis on [0, 1].
template <int Degree>
std::array<double, Degree + 1> chebyshev(double p) {
    std::array<double, Degree + 1> t{};
    const double x = 2.0 * p - 1.0;
    t[0] = 1.0;
    if constexpr (Degree >= 1)
        t[1] = x;
    for (int k = 2; k <= Degree; ++k)
        t[k] = 2.0 * x * t[k - 1] - t[k - 2];
    return t;
}

template <int Degree>
double evaluate(const std::array<double, Degree + 1>& coefficients, const std::array<double, Degree + 1>& basis) {
    double sum = 0.0;
    for (int k = 0; k <= Degree; ++k)
        sum += coefficients[k] * basis[k];
    return sum;
}

// Monomial coefficients in p of sum c_k T_k(2p - 1).
template <int Degree>
std::array<double, Degree + 1> toMonomial(const std::array<double, Degree + 1>& c) {
    std::array<double, Degree + 1> result{};
    std::array<double, Degree + 1> previous{};  // T_{k-1} in powers of p
    std::array<double, Degree + 1> current{};   // T_k
    current[0] = 1.0;
    for (int k = 0; k <= Degree; ++k) {
        for (int i = 0; i <= Degree; ++i)
            result[i] += c[k] * current[i];
        if (k == Degree)
            break;
        // T_{k+1} = 2 (2p - 1) T_k - T_{k-1} (T_1 = 2p - 1).
        std::array<double, Degree + 1> next{};
        const double factor = k == 0 ? 1.0 : 2.0;
        for (int i = 0; i <= Degree; ++i) {
            next[i] -= factor * current[i] + (k == 0 ? 0.0 : previous[i]);
            if (i + 1 <= Degree)
                next[i + 1] += 2.0 * factor * current[i];
        }
        previous = current;
        current = next;
    }
    return result;
}

template <int N>
bool solve(std::array<std::array<double, N + 1>, N>& m, std::array<double, N>& x) {
    for (int col = 0; col < N; ++col) {
        int pivot = col;
        for (int r = col + 1; r < N; ++r)
            if (std::abs(m[r][col]) > std::abs(m[pivot][col]))
                pivot = r;
        if (!(std::abs(m[pivot][col]) > 0.0) || !std::isfinite(m[pivot][col]))
            return false;
        std::swap(m[col], m[pivot]);
        for (int r = col + 1; r < N; ++r) {
            const double f = m[r][col] / m[col][col];
            for (int k = col; k <= N; ++k)
                m[r][k] -= f * m[col][k];
        }
    }
    for (int i = N - 1; i >= 0; --i) {
        double s = m[i][N];
        for (int k = i + 1; k < N; ++k)
            s -= m[i][k] * x[k];
        x[i] = s / m[i][i];
    }
    return true;
}

// The roots of a monic polynomial of degree n <= kMaxDegree (Durand-Kerner).
bool polynomialRoots(const std::array<double, kMaxDegree + 1>& monic, int n, std::array<Complex, kMaxDegree>& roots) {
    constexpr int kMaxRootIterations = 60;
    double bound = 0.0;
    for (int k = 0; k < n; ++k)
        bound = std::max(bound, std::abs(monic[k]));
    const Complex seed(0.4, 0.9);
    Complex power = 1.0;
    for (int k = 0; k < n; ++k, power *= seed)
        roots[k] = power * (0.5 + 0.5 * bound);
    // Plain complex arithmetic: std::complex's division and abs guard against overflow
    // and NaN at several times the cost, which these well-scaled roots do not need.
    auto multiply = [](Complex a, Complex b) {
        return Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    };
    for (int iteration = 0; iteration < kMaxRootIterations; ++iteration) {
        double change = 0.0;
        for (int k = 0; k < n; ++k) {
            Complex value = 1.0;  // Horner, monic
            for (int i = n - 1; i >= 0; --i)
                value = multiply(value, roots[k]) + monic[i];
            Complex denominator = 1.0;
            for (int j = 0; j < n; ++j)
                if (j != k)
                    denominator = multiply(denominator, roots[k] - roots[j]);
            const Complex step = multiply(value, std::conj(denominator)) / std::norm(denominator);
            roots[k] -= step;
            change = std::max(change, std::norm(step) / (1.0 + std::norm(roots[k])));
        }
        if (!std::isfinite(change))
            return false;
        if (change < 1e-26)
            return true;
    }
    return true;  // converged as far as double allows; judged by the realised response
}

// The roots in p of a polynomial given by its monomial coefficients; their number is the
// degree once negligible leading coefficients are dropped, -1 if root finding fails.
struct Roots {
    std::array<Complex, kMaxDegree> values{};
    int count = 0;

    void remove(int k) { values[k] = values[--count]; }
};

bool findRoots(const std::array<double, kMaxDegree + 1>& q, int degree, Roots& roots) {
    double scale = 0.0;
    for (int k = 0; k <= degree; ++k)
        scale = std::max(scale, std::abs(q[k]));
    while (degree > 0 && std::abs(q[degree]) <= 1e-13 * scale)
        --degree;
    roots.count = degree;
    if (degree == 0)
        return scale > 0.0;
    std::array<double, kMaxDegree + 1> monic{};
    for (int k = 0; k <= degree; ++k)
        monic[k] = q[k] / q[degree];
    return polynomialRoots(monic, degree, roots.values);
}

bool isReal(Complex r) { return std::abs(r.imag()) <= 1e-9 * (1.0 + std::abs(r)); }

// A real root in [0, 1] puts a zero or pole on the unit circle (the polynomial changes
// sign between DC and Nyquist).
bool onUnitCircle(Complex r) { return isReal(r) && r.real() >= -1e-12 && r.real() <= 1.0 + 1e-12; }

// An over-fitted ratio hides a pole and a zero at almost the same place, often on the
// unit circle where neither is realisable. Their quotient is 1 except right next to them,
// so such pairs are cancelled (those on the unit circle always, the others when
// `everywhere`); the check grid judges what remains.
constexpr double kDoubletDistance = 0.02;

bool cancelDoublets(Roots& zeros, Roots& poles, bool everywhere) {
    for (Roots* own : {&zeros, &poles}) {
        Roots& other = own == &zeros ? poles : zeros;
        for (int k = 0; k < own->count;) {
            const bool mustGo = onUnitCircle(own->values[k]);
            int nearest = -1;
            for (int j = 0; j < other.count; ++j)
                if (nearest < 0 || std::abs(other.values[j] - own->values[k]) <
                                       std::abs(other.values[nearest] - own->values[k]))
                    nearest = j;
            const bool paired = nearest >= 0 && std::abs(other.values[nearest] - own->values[k]) < kDoubletDistance;
            if (mustGo && !paired)
                return false;
            if (paired && (mustGo || everywhere)) {
                other.remove(nearest);
                own->remove(k);
            } else {
                ++k;
            }
        }
    }
    return true;
}

// The minimum-phase polynomial in z whose squared magnitude is proportional to the
// polynomial in p = sin^2(w/2) with these roots: each root r gives z + 1/z = 2 - 4r, and
// the z inside the unit circle is kept. Complex roots come in conjugate pairs (one
// quadratic each); real ones are sorted and paired with their neighbours, so that the
// pairing (which the root finder's order would otherwise decide) only changes where two
// real roots meet, and successive designs of a glide stay alike. Writes up to kSections
// monic quadratics (c1, c2), the rest identities.
using Quadratic = std::array<double, 2>;
bool minimumPhaseFactors(const Roots& roots, std::array<Quadratic, NyquistCorrection::kSections>& factors) {
    factors.fill({0.0, 0.0});
    std::size_t section = 0;
    std::array<double, kMaxDegree> reals{};
    int realCount = 0;
    int upper = 0;
    int lower = 0;
    for (int k = 0; k < roots.count; ++k) {
        const Complex r = roots.values[k];
        const bool real = isReal(r);
        if (!real && r.imag() < 0.0) {
            ++lower;
            continue;  // the conjugate of an upper root
        }
        const Complex b = 2.0 - 4.0 * (real ? Complex(r.real(), 0.0) : r);
        const Complex d = std::sqrt(b * b - 4.0);
        Complex z = 0.5 * (b + d);
        const Complex other = 0.5 * (b - d);
        if (std::norm(other) < std::norm(z))
            z = other;
        if (!(std::norm(z) < 1.0 - 1e-12))
            return false;
        if (real) {
            reals[realCount++] = z.real();
        } else {
            ++upper;
            if (section >= factors.size())
                return false;
            factors[section++] = {-2.0 * z.real(), std::norm(z)};
        }
    }
    for (int k = 1; k < realCount; ++k)  // insertion sort of at most four
        for (int j = k; j > 0 && reals[j] < reals[j - 1]; --j)
            std::swap(reals[j], reals[j - 1]);
    for (int k = 0; k < realCount; k += 2) {
        if (section >= factors.size())
            return false;
        factors[section++] = k + 1 < realCount ? Quadratic{-(reals[k] + reals[k + 1]), reals[k] * reals[k + 1]}
                                               : Quadratic{-reals[k], 0.0};
    }
    return upper == lower;
}

struct Candidate {
    NyquistCorrection::Sections sections{};
    double worst = 1.0;  // max over the check grid of max(q, 1/q), q = wanted / realised
};

struct Problem {
    const double* phi;
    const double* ratio;
    std::size_t count;
    const double* checkPhi;
    const double* checkRatio;
    std::size_t checkCount;

    double worstWith(const NyquistCorrection::Sections& sections) const {
        double worst = 1.0;
        for (std::size_t i = 0; i < checkCount; ++i) {
            double realised = 1.0;
            for (const BiquadCoefficients& c : sections)
                realised *= c.magnitudeSquaredAt(checkPhi[i]);
            const double q = checkRatio[i] / realised;
            worst = std::max({worst, q, 1.0 / q});
        }
        return std::isfinite(worst) ? worst : HUGE_VAL;
    }
};

// Sections from the roots left after cancelling doublets, scaled so that their product
// equals the fitted ratio in the middle of the grid.
template <int Degree>
bool sectionsFrom(Roots zeroRoots, Roots poleRoots, bool cancelEverywhere,
                  const std::array<double, Degree + 1>& numerator, const std::array<double, Degree + 1>& denominator,
                  const Problem& problem, Candidate& candidate) {
    if (!cancelDoublets(zeroRoots, poleRoots, cancelEverywhere))
        return false;
    std::array<Quadratic, NyquistCorrection::kSections> zeros{};
    std::array<Quadratic, NyquistCorrection::kSections> poles{};
    if (!minimumPhaseFactors(zeroRoots, zeros) || !minimumPhaseFactors(poleRoots, poles))
        return false;
    NyquistCorrection::Sections& sections = candidate.sections;
    for (std::size_t k = 0; k < sections.size(); ++k)
        sections[k] = {1.0, zeros[k][0], zeros[k][1], poles[k][0], poles[k][1]};
    const double p = problem.phi[problem.count / 2];
    const auto basis = chebyshev<Degree>(p);
    double realised = 1.0;
    for (const BiquadCoefficients& c : sections)
        realised *= c.magnitudeSquaredAt(p);
    const double gain = std::sqrt(evaluate<Degree>(numerator, basis) / evaluate<Degree>(denominator, basis) / realised);
    if (!std::isfinite(gain) || !(gain > 0.0))
        return false;
    sections[0].b0 *= gain;
    sections[0].b1 *= gain;
    sections[0].b2 *= gain;
    candidate.worst = problem.worstWith(sections);
    return true;
}

// Realises numerator / denominator (Chebyshev in 2p - 1) as sections, if it can be.
// Mild sections are preferred: with every near pole-zero pair cancelled, unless that
// leaves more than kMildEnough. A glide ramps coefficients linearly from one design to
// the next, and pairs that nearly cancel in one design but not in the next would make
// the ramp pass through responses far from both.
constexpr double kMildEnough = 1.0046;  // 0.02 dB

template <int Degree>
bool realise(const std::array<double, Degree + 1>& numerator, const std::array<double, Degree + 1>& denominator,
             const Problem& problem, Candidate& candidate) {
    std::array<double, kMaxDegree + 1> n{};
    std::array<double, kMaxDegree + 1> d{};
    const auto nMonomial = toMonomial<Degree>(numerator);
    const auto dMonomial = toMonomial<Degree>(denominator);
    std::copy(nMonomial.begin(), nMonomial.end(), n.begin());
    std::copy(dMonomial.begin(), dMonomial.end(), d.begin());
    Roots zeroRoots;
    Roots poleRoots;
    if (!findRoots(n, Degree, zeroRoots) || !findRoots(d, Degree, poleRoots))
        return false;
    const bool mild = sectionsFrom<Degree>(zeroRoots, poleRoots, true, numerator, denominator, problem, candidate);
    if (mild && candidate.worst <= kMildEnough)
        return true;
    Candidate strict;
    if (!sectionsFrom<Degree>(zeroRoots, poleRoots, false, numerator, denominator, problem, strict))
        return mild;
    if (!mild || strict.worst < candidate.worst)
        candidate = strict;
    return true;
}

// The normal equations of one weighted least-squares step. The unknowns are N's
// Chebyshev coefficients n_0..n_D and D's d_1..d_D (d_0 = 1); each fit point gives the
// row (T_0..T_D, -r T_1..-r T_D) with right-hand side r. Because T_a T_b =
// (T_{a+b} + T_{|a-b|}) / 2, every entry is a sum of weighted moments of T_k, r T_k and
// r^2 T_k (k <= 2D): 3 (2D + 1) sums per point instead of the (2D + 1)(2D + 2) of the
// plain product.
template <int Degree>
void normalEquations(const Problem& problem, const double* basis, const double* weights,
                     std::array<std::array<double, 2 * Degree + 2>, 2 * Degree + 1>& m) {
    constexpr int kMoments = 2 * Degree + 1;
    std::array<double, kMoments> mu{};
    std::array<double, kMoments> nu{};
    std::array<double, kMoments> rho{};
    for (std::size_t i = 0; i < problem.count; ++i) {
        const double* t = basis + i * kMoments;
        const double w = weights[i];
        const double wr = w * problem.ratio[i];
        const double wrr = wr * problem.ratio[i];
        for (int k = 0; k < kMoments; ++k) {
            mu[k] += w * t[k];
            nu[k] += wr * t[k];
            rho[k] += wrr * t[k];
        }
    }
    auto product = [](const std::array<double, kMoments>& moments, int a, int b) {
        return 0.5 * (moments[a + b] + moments[a > b ? a - b : b - a]);
    };
    for (int a = 0; a <= Degree; ++a) {
        for (int b = 0; b <= Degree; ++b)
            m[a][b] = product(mu, a, b);
        for (int b = 1; b <= Degree; ++b)
            m[a][Degree + b] = -product(nu, a, b);
        m[a][kMoments] = nu[a];
    }
    for (int a = 1; a <= Degree; ++a) {
        for (int b = 0; b <= Degree; ++b)
            m[Degree + a][b] = -product(nu, a, b);
        for (int b = 1; b <= Degree; ++b)
            m[Degree + a][Degree + b] = product(rho, a, b);
        m[Degree + a][kMoments] = -rho[a];
    }
}

// Steiglitz-McBride then Lawson iterations of N(p) / D(p) (degree Degree, D = 1 + ...),
// each realisable iterate that could beat `best` competing with it.
template <int Degree>
void fitDegree(const Problem& problem, Candidate& best) {
    constexpr int kUnknowns = 2 * Degree + 1;  // N: Degree + 1, D: Degree (T_0 term is 1)
    constexpr int kMoments = 2 * Degree + 1;
    if (problem.count < std::size_t(kUnknowns))
        return;
    std::array<double, NyquistCorrection::kGridPoints * kMoments> basis{};
    for (std::size_t i = 0; i < problem.count; ++i) {
        const auto t = chebyshev<2 * Degree>(problem.phi[i]);
        std::copy(t.begin(), t.end(), basis.begin() + std::ptrdiff_t(i * kMoments));
    }
    std::array<double, NyquistCorrection::kGridPoints> weights{};
    std::array<double, NyquistCorrection::kGridPoints> lawson{};
    lawson.fill(1.0);
    for (std::size_t i = 0; i < problem.count; ++i)
        weights[i] = 1.0 / (problem.ratio[i] * problem.ratio[i]);
    std::array<double, kUnknowns> x{};
    for (int iteration = 0; iteration < kLeastSquaresIterations + kMinimaxIterations; ++iteration) {
        // N(p) - r (D(p) - 1) = r, weighted to the relative error of |C|^2.
        std::array<std::array<double, kUnknowns + 1>, kUnknowns> m{};
        normalEquations<Degree>(problem, basis.data(), weights.data(), m);
        if (!solve<kUnknowns>(m, x))
            break;
        std::array<double, Degree + 1> numerator{};
        std::array<double, Degree + 1> denominator{};
        denominator[0] = 1.0;
        for (int k = 0; k <= Degree; ++k)
            numerator[k] = x[k];
        for (int k = 1; k <= Degree; ++k)
            denominator[k] = x[Degree + k];

        double lawsonSum = 0.0;
        double worstOnFit = 1.0;
        for (std::size_t i = 0; i < problem.count; ++i) {
            const double* t = basis.data() + i * kMoments;
            double nValue = 0.0;
            double dValue = 0.0;
            for (int k = 0; k <= Degree; ++k) {
                nValue += numerator[k] * t[k];
                dValue += denominator[k] * t[k];
            }
            const double fitted = nValue / (dValue * problem.ratio[i]);
            worstOnFit = std::max({worstOnFit, fitted, 1.0 / fitted});
            if (iteration >= kLeastSquaresIterations)
                lawson[i] *= std::abs(fitted - 1.0) + 1e-12;  // Lawson: towards minimax
            lawsonSum += lawson[i];
            const double scale = problem.ratio[i] * dValue;
            weights[i] = lawson[i] / (scale * scale);
        }
        if (!(lawsonSum > 0.0) || !std::isfinite(lawsonSum))
            break;
        const double normalise = double(problem.count) / lawsonSum;
        for (std::size_t i = 0; i < problem.count; ++i) {
            lawson[i] *= normalise;
            weights[i] *= normalise;
        }
        // Realising costs root finding: only for iterates that could win. The check grid
        // can only show a realised fit worse than the fit points do (or better, where a
        // pole-zero pair is cancelled, which changes little on the fit points).
        if (iteration + 1 < kLeastSquaresIterations || !(worstOnFit < best.worst))
            continue;
        Candidate candidate;
        if (!realise<Degree>(numerator, denominator, problem, candidate))
            continue;
        if (candidate.worst < best.worst)
            best = candidate;
    }
}

}  // namespace

NyquistCorrection::Sections NyquistCorrection::fit(const double* phi, const double* ratio, std::size_t count,
                                                   const double* checkPhi, const double* checkRatio,
                                                   std::size_t checkCount) noexcept {
    count = std::min(count, kGridPoints);
    checkCount = std::min(checkCount, kCheckPoints);
    bool flat = true;
    for (std::size_t i = 0; i < checkCount; ++i)
        flat = flat && std::abs(checkRatio[i] - 1.0) < kFlatEnough;
    if (flat)
        return {};

    const Problem problem{phi, ratio, count, checkPhi, checkRatio, checkCount};
    Candidate best;
    best.worst = problem.worstWith(best.sections);
    fitDegree<2>(problem, best);
    if (best.worst > kGoodEnough)
        fitDegree<kMaxDegree>(problem, best);
    return best.sections;
}

}  // namespace lathe
