#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace lathe::ui {

// What the engineer sets once for this machine, kept in QSettings. The window reads it
// at start and whenever Preferences is confirmed.
struct Preferences {
    // Keys in QSettings; "language" is also read by app/gui before any window exists.
    static constexpr const char* kDeviceKey = "audio/device";
    static constexpr const char* kSampleRateKey = "audio/sampleRate";
    static constexpr const char* kBufferFramesKey = "audio/bufferFrames";
    static constexpr const char* kExportFolderKey = "export/folder";
    static constexpr const char* kLanguageKey = "language";

    QString deviceName;     // "": the system default; "null": no audio; else a PortAudio name
    int sampleRate = 0;     // 0: the album's rate
    int bufferFrames = 0;   // 0: the device's own
    QString exportFolder;   // "": the user's Music folder
    QString language;       // "": follow the system; else a locale name such as "de"

    bool operator==(const Preferences&) const = default;

    static Preferences load(const QSettings& settings);
    static Preferences load();
    void save(QSettings& settings) const;
    void save() const;

    // The export folder to offer: the chosen one, else the user's Music folder.
    QString effectiveExportFolder() const;

    static const QList<int>& sampleRateChoices();
    static const QList<int>& bufferFrameChoices();
    // Locale names the interface is translated to ("en" first).
    static const QStringList& languageChoices();
};

}  // namespace lathe::ui
