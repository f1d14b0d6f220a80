#include "PreferencesDialog.h"

#include "session/PlaybackSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {

constexpr int kTypicalRate = 48000;

// Each language named in itself, so anyone can find their own.
QString nativeLanguageName(const QString& locale) {
    const QString name = QLocale(locale).nativeLanguageName();
    return name.isEmpty() ? locale : name.left(1).toUpper() + name.mid(1);
}

}  // namespace

PreferencesDialog::PreferencesDialog(const Preferences& current, const QList<Device>& devices, QWidget* parent)
    : QDialog(parent), m_initial(current) {
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createAudioGroup(devices));
    layout->addWidget(createExportGroup());
    layout->addWidget(createLanguageGroup());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    showLatency();
}

QWidget* PreferencesDialog::createAudioGroup(const QList<Device>& devices) {
    auto* group = new QGroupBox(tr("Audio output"), this);
    auto* form = new QFormLayout(group);
    m_device = new QComboBox(group);
    for (const Device& device : devices)
        m_device->addItem(device.label, device.name);
    if (m_device->findData(m_initial.deviceName) < 0)  // chosen before, absent now
        m_device->addItem(tr("%1 (not connected)").arg(m_initial.deviceName), m_initial.deviceName);
    selectData(m_device, m_initial.deviceName);
    form->addRow(tr("Device:"), m_device);

    m_sampleRate = new QComboBox(group);
    for (const int rate : Preferences::sampleRateChoices())
        m_sampleRate->addItem(rate == 0 ? tr("The album's rate") : tr("%1 Hz").arg(QLocale().toString(rate)), rate);
    selectData(m_sampleRate, m_initial.sampleRate);
    form->addRow(tr("Sample rate:"), m_sampleRate);

    m_buffer = new QComboBox(group);
    for (const int frames : Preferences::bufferFrameChoices())
        m_buffer->addItem(frames == 0 ? tr("The device's default") : tr("%n frame(s)", nullptr, frames), frames);
    selectData(m_buffer, m_initial.bufferFrames);
    form->addRow(tr("Buffer size:"), m_buffer);
    m_latency = new QLabel(group);
    m_latency->setEnabled(false);  // secondary text
    form->addRow(QString(), m_latency);
    connect(m_buffer, &QComboBox::currentIndexChanged, this, &PreferencesDialog::showLatency);
    connect(m_sampleRate, &QComboBox::currentIndexChanged, this, &PreferencesDialog::showLatency);
    return group;
}

QWidget* PreferencesDialog::createExportGroup() {
    auto* group = new QGroupBox(tr("Export"), this);
    auto* form = new QFormLayout(group);
    auto* row = new QHBoxLayout;
    m_exportFolder = new QLineEdit(m_initial.exportFolder, group);
    m_exportFolder->setPlaceholderText(Preferences{}.effectiveExportFolder());
    m_exportFolder->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Browse…"), group);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseExportFolder);
    row->addWidget(m_exportFolder, 1);
    row->addWidget(browse);
    form->addRow(tr("Default folder:"), row);
    return group;
}

QWidget* PreferencesDialog::createLanguageGroup() {
    auto* group = new QGroupBox(tr("Language"), this);
    auto* form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->addItem(tr("The system's language"), QString());
    for (const QString& locale : Preferences::languageChoices())
        m_language->addItem(nativeLanguageName(locale), locale);
    selectData(m_language, m_initial.language);
    form->addRow(tr("Interface:"), m_language);
    auto* note = new QLabel(tr("A new language applies the next time Lathe starts."), group);
    note->setEnabled(false);
    form->addRow(QString(), note);
    return group;
}

Preferences PreferencesDialog::preferences() const {
    Preferences chosen;
    chosen.deviceName = m_device->currentData().toString();
    chosen.sampleRate = m_sampleRate->currentData().toInt();
    chosen.bufferFrames = m_buffer->currentData().toInt();
    chosen.exportFolder = m_exportFolder->text().trimmed();
    chosen.language = m_language->currentData().toString();
    return chosen;
}

QList<PreferencesDialog::Device> PreferencesDialog::availableDevices() {
    QList<Device> devices{{QString(), tr("System default")},
                          {QString::fromLatin1(PlaybackSession::kNullDeviceName), tr("No audio output (keeps time)")}};
    for (const AudioDeviceInfo& info : PlaybackSession::listDevices()) {
        const QString name = QString::fromStdString(info.name);
        devices.append({name, QStringLiteral("%1 · %2").arg(QString::fromStdString(info.hostApi), name)});
    }
    return devices;
}

void PreferencesDialog::chooseExportFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Default export folder"),
                                                             preferences().effectiveExportFolder());
    if (!folder.isEmpty())
        m_exportFolder->setText(folder);
}

// The latency a buffer adds is what an engineer weighs against dropouts.
void PreferencesDialog::showLatency() {
    const int frames = m_buffer->currentData().toInt();
    const int rate = m_sampleRate->currentData().toInt();
    if (frames == 0) {
        m_latency->setText(tr("The device chooses its buffer."));
        return;
    }
    const double milliseconds = 1000.0 * frames / (rate > 0 ? rate : kTypicalRate);
    m_latency->setText(rate > 0 ? tr("%1 ms per buffer").arg(QLocale().toString(milliseconds, 'f', 2))
                                : tr("%1 ms per buffer at 48 kHz").arg(QLocale().toString(milliseconds, 'f', 2)));
}

void PreferencesDialog::selectData(QComboBox* box, const QVariant& value) {
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

}  // namespace lathe::ui
