#include "dsp/BassMonoFilter.h"

#include <cmath>
#include <numbers>

namespace lathe {

namespace {
constexpr double kButterworthQ = std::numbers::sqrt2 / 2.0;
}

void BassMonoFilter::setCutoff(double cutoffHz, double sampleRate) noexcept {
    const double k = std::tan(std::numbers::pi * cutoffHz / sampleRate);
    const double kk = k * k;
    const double norm = 1.0 / (1.0 + k / kButterworthQ + kk);
    const double a1 = 2.0 * (kk - 1.0) * norm;
    const double a2 = (1.0 - k / kButterworthQ + kk) * norm;

    for (Section& section : m_sideHighPass) {
        section.b0 = norm;
        section.b1 = -2.0 * norm;
        section.b2 = norm;
        section.a1 = a1;
        section.a2 = a2;
    }
    // The all-pass mirrors its denominator: (a2 + a1 z^-1 + z^-2) / (1 + a1 z^-1 + a2 z^-2).
    m_midAllPass.b0 = a2;
    m_midAllPass.b1 = a1;
    m_midAllPass.b2 = 1.0;
    m_midAllPass.a1 = a1;
    m_midAllPass.a2 = a2;
}

void BassMonoFilter::reset() noexcept {
    for (Section& section : m_sideHighPass)
        section.z1 = section.z2 = 0.0;
    m_midAllPass.z1 = m_midAllPass.z2 = 0.0;
}

}  // namespace lathe
