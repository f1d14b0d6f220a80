#include "Preferences.h"

#include <QSettings>
#include <QStandardPaths>

namespace lathe::ui {

Preferences Preferences::load(const QSettings& settings) {
    Preferences preferences;
    preferences.deviceName = settings.value(kDeviceKey).toString();
    preferences.sampleRate = settings.value(kSampleRateKey, 0).toInt();
    preferences.bufferFrames = settings.value(kBufferFramesKey, 0).toInt();
    preferences.exportFolder = settings.value(kExportFolderKey).toString();
    preferences.language = settings.value(kLanguageKey).toString();
    if (!sampleRateChoices().contains(preferences.sampleRate))
        preferences.sampleRate = 0;
    if (!bufferFrameChoices().contains(preferences.bufferFrames))
        preferences.bufferFrames = 0;
    if (!preferences.language.isEmpty() && !languageChoices().contains(preferences.language))
        preferences.language.clear();
    return preferences;
}

Preferences Preferences::load() { return load(QSettings()); }

void Preferences::save(QSettings& settings) const {
    settings.setValue(kDeviceKey, deviceName);
    settings.setValue(kSampleRateKey, sampleRate);
    settings.setValue(kBufferFramesKey, bufferFrames);
    settings.setValue(kExportFolderKey, exportFolder);
    settings.setValue(kLanguageKey, language);
}

void Preferences::save() const {
    QSettings settings;
    save(settings);
}

QString Preferences::effectiveExportFolder() const {
    if (!exportFolder.isEmpty())
        return exportFolder;
    return QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
}

const QList<int>& Preferences::sampleRateChoices() {
    static const QList<int> rates{0, 44100, 48000, 88200, 96000, 176400, 192000};
    return rates;
}

const QList<int>& Preferences::bufferFrameChoices() {
    static const QList<int> frames{0, 32, 64, 128, 256, 512, 1024, 2048, 4096};
    return frames;
}

const QStringList& Preferences::languageChoices() {
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                       QStringLiteral("es"), QStringLiteral("ja")};
    return languages;
}

}  // namespace lathe::ui
