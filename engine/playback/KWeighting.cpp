#include "playback/KWeighting.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace lathe {

namespace {
// BS.1770-4's filters as parametrised by libebur128 (exact at 48 kHz, bilinear elsewhere).
constexpr double kShelfHz = 1681.974450955533;
constexpr double kShelfGainDb = 3.999843853973347;
constexpr double kShelfQ = 0.7071752369554196;
constexpr double kShelfBandExponent = 0.4996667741545416;
constexpr double kHighPassHz = 38.13547087602444;
constexpr double kHighPassQ = 0.5003270373238773;
}  // namespace

double KWeighting::Section::process(double x) noexcept {
    const double y = b[0] * x + z1;
    z1 = b[1] * x - a[0] * y + z2;
    z2 = b[2] * x - a[1] * y;
    return y;
}

void KWeighting::prepare(double sampleRate) noexcept {
    double k = std::tan(std::numbers::pi * kShelfHz / sampleRate);
    const double vh = std::pow(10.0, kShelfGainDb / 20.0);
    const double vb = std::pow(vh, kShelfBandExponent);
    double a0 = 1.0 + k / kShelfQ + k * k;
    m_shelf.b = {(vh + vb * k / kShelfQ + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / kShelfQ + k * k) / a0};
    m_shelf.a = {2.0 * (k * k - 1.0) / a0, (1.0 - k / kShelfQ + k * k) / a0};
    k = std::tan(std::numbers::pi * kHighPassHz / sampleRate);
    a0 = 1.0 + k / kHighPassQ + k * k;
    m_highPass.b = {1.0, -2.0, 1.0};
    m_highPass.a = {2.0 * (k * k - 1.0) / a0, (1.0 - k / kHighPassQ + k * k) / a0};
    reset();
}

void KWeighting::reset() noexcept {
    m_shelf.z1 = m_shelf.z2 = m_highPass.z1 = m_highPass.z2 = 0.0;
}

double KWeighting::process(double sample) noexcept { return m_highPass.process(m_shelf.process(sample)); }

double KWeighting::loudness(double meanSquare) noexcept {
    return meanSquare > 0.0 ? kLoudnessOffset + 10.0 * std::log10(meanSquare)
                            : -std::numeric_limits<double>::infinity();
}

}  // namespace lathe
