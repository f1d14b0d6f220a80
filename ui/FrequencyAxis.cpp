#include "FrequencyAxis.h"

#include <cmath>

namespace lathe::ui {

double FrequencyAxis::xForHz(double hz, double left, double width) {
    return left + std::log(hz / kLowHz) / std::log(kHighHz / kLowHz) * width;
}

double FrequencyAxis::hzForX(double x, double left, double width) {
    return kLowHz * std::pow(kHighHz / kLowHz, (x - left) / width);
}

QString FrequencyAxis::valueText(double hz) {
    if (hz < 1000.0)
        return QStringLiteral("%1 Hz").arg(hz, 0, 'f', 0);
    return QStringLiteral("%1 kHz").arg(hz / 1000.0, 0, 'f', hz >= 10000.0 ? 1 : 2);
}

QString FrequencyAxis::tickLabel(double hz) {
    return hz >= 1000.0 ? QStringLiteral("%1k").arg(hz / 1000.0) : QString::number(hz);
}

}  // namespace lathe::ui
