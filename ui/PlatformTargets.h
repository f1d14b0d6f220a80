#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace lathe::ui {

// How one streaming service normalises playback loudness.
struct PlatformTarget {
    QString name;
    double referenceLufs = -14.0;
    double truePeakLimitDbtp = -1.0;
    bool raisesQuietMasters = false;
};

// What a service would do to a master of the given loudness and true peak.
struct PlatformVerdict {
    double gainDb = 0.0;          // applied at playback
    double playbackLufs = 0.0;    // the loudness listeners hear
    bool truePeakOverLimit = false;
};

PlatformVerdict judge(const PlatformTarget& target, double integratedLufs, double truePeakDbtp);

// Reads the embedded resources/platform_targets.json (or `json` when given); throws
// std::runtime_error naming the field when it is malformed.
QList<PlatformTarget> loadPlatformTargets();
QList<PlatformTarget> parsePlatformTargets(const QByteArray& json, const QString& origin);

}  // namespace lathe::ui
