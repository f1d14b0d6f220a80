#include "SpectrumTrace.h"

#include <algorithm>
#include <cmath>

namespace lathe::ui {
namespace {

constexpr double kRise = 0.6;          // share of a new, louder reading taken per frame
constexpr double kFall = 0.12;         // share of a quieter reading: a slow, readable decay
constexpr double kPeakFallDb = 0.15;   // peak hold decay per frame (9 dB/s at 60 Hz)
constexpr double kSmoothingOctaves = 1.0 / 6.0;

}  // namespace

void SpectrumTrace::reset(std::size_t columns) {
    m_level.assign(columns, m_floorDb);
    m_peak.assign(columns, m_floorDb);
    m_visible = false;
}

void SpectrumTrace::feed(std::span<const float> binsDb, double binHz,
                         const std::function<double(double)>& hzAtColumn) {
    m_visible = binsDb.size() > 1 && binHz > 0.0;
    if (!m_visible)
        return;
    const double halfBand = std::pow(2.0, kSmoothingOctaves / 2.0);
    const std::size_t lastBin = binsDb.size() - 1;
    const auto powerOf = [&binsDb](std::size_t bin) { return std::pow(10.0, binsDb[bin] / 10.0); };
    for (std::size_t column = 0; column < m_level.size(); ++column) {
        const double hz = hzAtColumn(static_cast<double>(column) + 0.5);
        const auto first = static_cast<std::size_t>(std::max(0.0, std::floor(hz / halfBand / binHz)));
        const auto last = std::min(lastBin, static_cast<std::size_t>(std::ceil(hz * halfBand / binHz)));
        double power = 0.0;
        if (last < first + 3) {
            // Low down a smoothing band holds fewer bins than the screen has columns:
            // interpolate between the two nearest, so the curve does not climb in steps.
            const double at = std::min(hz / binHz, static_cast<double>(lastBin));
            const auto below = static_cast<std::size_t>(at);
            const std::size_t above = std::min(lastBin, below + 1);
            const double t = at - static_cast<double>(below);
            power = (1.0 - t) * powerOf(below) + t * powerOf(above);
        } else {
            // Average power over the smoothing band.
            for (std::size_t bin = first; bin <= last; ++bin)
                power += powerOf(bin);
            power /= static_cast<double>(last - first + 1);
        }
        const double db = 10.0 * std::log10(std::max(power, 1e-30));
        double& shown = m_level[column];
        shown += (db - shown) * (db > shown ? kRise : kFall);
        m_peak[column] = std::max(m_peak[column] - kPeakFallDb, shown);
    }
}

}  // namespace lathe::ui
