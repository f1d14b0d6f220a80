#include "TimeFormat.h"

#include "timeline/CdFrames.h"

#include <algorithm>
#include <cmath>

namespace lathe::ui {
namespace {

constexpr long long kSecondsPerMinute = 60;
constexpr long long kSecondsPerHour = 3600;
constexpr long long kHundredths = 100;
constexpr long long kCdFramesPerSecond = CdFrames::kFramesPerSecond;

}  // namespace

QString formatClock(double seconds) {
    const auto hundredths = static_cast<long long>(std::floor(std::max(0.0, seconds) * kHundredths));
    const long long whole = hundredths / kHundredths;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(whole / kSecondsPerHour)
        .arg((whole % kSecondsPerHour) / kSecondsPerMinute, 2, 10, QLatin1Char('0'))
        .arg(whole % kSecondsPerMinute, 2, 10, QLatin1Char('0'))
        .arg(hundredths % kHundredths, 2, 10, QLatin1Char('0'));
}

QString formatCdFrames(double seconds) {
    const auto frames = static_cast<long long>(std::floor(std::max(0.0, seconds) * kCdFramesPerSecond + 1e-6));
    const long long whole = frames / kCdFramesPerSecond;
    return QStringLiteral("%1:%2:%3")
        .arg(whole / kSecondsPerMinute, 2, 10, QLatin1Char('0'))
        .arg(whole % kSecondsPerMinute, 2, 10, QLatin1Char('0'))
        .arg(frames % kCdFramesPerSecond, 2, 10, QLatin1Char('0'));
}

}  // namespace lathe::ui
