#include "PlatformTargets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <stdexcept>

// Resources of a static library must be registered by name, outside any namespace.
static void initLatheResources() { Q_INIT_RESOURCE(lathe); }

namespace lathe::ui {
namespace {

const QString kResource = QStringLiteral(":/lathe/platform_targets.json");

[[noreturn]] void fail(const QString& origin, const QString& where, const QString& what) {
    throw std::runtime_error(QStringLiteral("%1: %2: %3").arg(origin, where, what).toStdString());
}

double number(const QJsonObject& object, const QString& key, const QString& origin, const QString& where) {
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        fail(origin, where + QLatin1Char('.') + key, QStringLiteral("expected a number"));
    return value.toDouble();
}

}  // namespace

PlatformVerdict judge(const PlatformTarget& target, double integratedLufs, double truePeakDbtp) {
    PlatformVerdict verdict;
    double gain = target.referenceLufs - integratedLufs;
    if (gain > 0.0)
        gain = target.raisesQuietMasters ? std::max(0.0, std::min(gain, target.truePeakLimitDbtp - truePeakDbtp)) : 0.0;
    verdict.gainDb = gain;
    verdict.playbackLufs = integratedLufs + gain;
    verdict.truePeakOverLimit = truePeakDbtp > target.truePeakLimitDbtp;
    return verdict;
}

QList<PlatformTarget> parsePlatformTargets(const QByteArray& json, const QString& origin) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(origin, QStringLiteral("offset %1").arg(error.offset), error.errorString());
    const QJsonArray platforms = document.object().value(QStringLiteral("platforms")).toArray();
    if (platforms.isEmpty())
        fail(origin, QStringLiteral("platforms"), QStringLiteral("expected a non-empty array"));
    QList<PlatformTarget> targets;
    for (qsizetype i = 0; i < platforms.size(); ++i) {
        const QString where = QStringLiteral("platforms[%1]").arg(i);
        const QJsonObject object = platforms.at(i).toObject();
        PlatformTarget target;
        target.name = object.value(QStringLiteral("name")).toString();
        if (target.name.isEmpty())
            fail(origin, where + QStringLiteral(".name"), QStringLiteral("expected a name"));
        target.referenceLufs = number(object, QStringLiteral("reference_lufs"), origin, where);
        target.truePeakLimitDbtp = number(object, QStringLiteral("true_peak_limit_dbtp"), origin, where);
        target.raisesQuietMasters = object.value(QStringLiteral("raises_quiet_masters")).toBool();
        targets << target;
    }
    return targets;
}

QList<PlatformTarget> loadPlatformTargets() {
    initLatheResources();
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly))
        fail(kResource, QStringLiteral("file"), QStringLiteral("missing from the build"));
    return parsePlatformTargets(file.readAll(), kResource);
}

}  // namespace lathe::ui
