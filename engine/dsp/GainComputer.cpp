#include "dsp/GainComputer.h"

#include <algorithm>

namespace lathe {

void GainComputer::setRatio(double ratio) noexcept {
    m_slope = 1.0 - 1.0 / std::max(1.0, ratio);
}

void GainComputer::setKneeDb(double kneeDb) noexcept {
    m_kneeDb = std::max(0.0, kneeDb);
}

double GainComputer::gainReductionDb(double levelDb, double thresholdDb) const noexcept {
    const double overDb = levelDb - thresholdDb;
    const double halfKnee = m_kneeDb / 2.0;
    if (overDb <= -halfKnee)
        return 0.0;
    if (overDb < halfKnee) {
        const double intoKnee = overDb + halfKnee;
        return m_slope * intoKnee * intoKnee / (2.0 * m_kneeDb);
    }
    return m_slope * overDb;
}

}  // namespace lathe
