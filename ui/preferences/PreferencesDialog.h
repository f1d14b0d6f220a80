#pragma once

#include "Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lathe::ui {

// Edit ▸ Preferences: the output device, its sample rate and buffer size, the default
// export folder and the interface language. Audio settings apply on OK; a language
// change applies at the next start (said so beside the choice).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    struct Device {
        QString name;     // what Preferences::deviceName stores
        QString label;    // what the list shows
    };

    PreferencesDialog(const Preferences& current, const QList<Device>& devices, QWidget* parent = nullptr);

    Preferences preferences() const;

    // The devices PortAudio offers now, after "System default" and "No audio output".
    static QList<Device> availableDevices();

    QComboBox* deviceBox() const { return m_device; }
    QComboBox* sampleRateBox() const { return m_sampleRate; }
    QComboBox* bufferBox() const { return m_buffer; }
    QLineEdit* exportFolderEdit() const { return m_exportFolder; }
    QComboBox* languageBox() const { return m_language; }

private:
    QWidget* createAudioGroup(const QList<Device>& devices);
    QWidget* createExportGroup();
    QWidget* createLanguageGroup();
    void chooseExportFolder();
    void showLatency();
    static void selectData(QComboBox* box, const QVariant& value);

    Preferences m_initial;
    QComboBox* m_device = nullptr;
    QComboBox* m_sampleRate = nullptr;
    QComboBox* m_buffer = nullptr;
    QLabel* m_latency = nullptr;
    QLineEdit* m_exportFolder = nullptr;
    QComboBox* m_language = nullptr;
};

}  // namespace lathe::ui
