// Preferences: what the dialog shows and returns, what QSettings keeps, and that a new
// output (device, rate, buffer) reaches the engine while the album plays.

#include "DemoSession.h"
#include "PlaybackController.h"
#include "Transport.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"

#include "support/TempDir.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace lathe;

namespace {

ui::Preferences chosenPreferences() {
    ui::Preferences preferences;
    preferences.deviceName = QStringLiteral("null");
    preferences.sampleRate = 96000;
    preferences.bufferFrames = 256;
    preferences.exportFolder = QStringLiteral("/srv/masters");
    preferences.language = QStringLiteral("de");
    return preferences;
}

void choose(QComboBox* box, const QVariant& value) {
    const int index = box->findData(value);
    QVERIFY2(index >= 0, qPrintable(value.toString()));
    box->setCurrentIndex(index);
}

}  // namespace

class PreferencesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("LathePreferencesTest")); }
    void theyRoundTripThroughSettingsAndRejectNonsense();
    void theDialogShowsTheCurrentChoicesAndReturnsTheNewOnes();
    void aNewOutputReachesTheEngineWhilePlaying();
};

void PreferencesTest::theyRoundTripThroughSettingsAndRejectNonsense() {
    const test::TempDir dir;
    QSettings settings(QString::fromStdString((dir / "lathe.ini").string()), QSettings::IniFormat);
    const ui::Preferences saved = chosenPreferences();
    saved.save(settings);
    QCOMPARE(ui::Preferences::load(settings), saved);
    QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("de"));  // read by app/gui

    settings.setValue(ui::Preferences::kSampleRateKey, 12345);
    settings.setValue(ui::Preferences::kBufferFramesKey, -3);
    settings.setValue(ui::Preferences::kLanguageKey, QStringLiteral("tlh"));
    const ui::Preferences repaired = ui::Preferences::load(settings);
    QCOMPARE(repaired.sampleRate, 0);
    QCOMPARE(repaired.bufferFrames, 0);
    QCOMPARE(repaired.language, QString());
    QCOMPARE(repaired.exportFolder, saved.exportFolder);
}

void PreferencesTest::theDialogShowsTheCurrentChoicesAndReturnsTheNewOnes() {
    ui::PreferencesDialog dialog(chosenPreferences(), ui::PreferencesDialog::availableDevices());
    QCOMPARE(dialog.preferences(), chosenPreferences());
    QCOMPARE(dialog.deviceBox()->currentData().toString(), QStringLiteral("null"));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Deutsch"));

    choose(dialog.bufferBox(), 512);
    choose(dialog.sampleRateBox(), 48000);
    choose(dialog.languageBox(), QString());
    dialog.exportFolderEdit()->setText(QStringLiteral("  /srv/releases "));
    const ui::Preferences chosen = dialog.preferences();
    QCOMPARE(chosen.bufferFrames, 512);
    QCOMPARE(chosen.sampleRate, 48000);
    QCOMPARE(chosen.language, QString());
    QCOMPARE(chosen.exportFolder, QStringLiteral("/srv/releases"));
    // 512 frames at 48 kHz: 10.67 ms of latency, shown beside the choice.
    const auto labels = dialog.findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().contains(QLocale().toString(10.67, 'f', 2));
    }));

    // A device chosen earlier but unplugged now stays chosen, marked as absent.
    ui::Preferences unplugged = chosenPreferences();
    unplugged.deviceName = QStringLiteral("RME Fireface UCX II");
    ui::PreferencesDialog absent(unplugged, ui::PreferencesDialog::availableDevices());
    QCOMPARE(absent.preferences().deviceName, unplugged.deviceName);
    QVERIFY(absent.deviceBox()->currentText().contains(unplugged.deviceName));
}

void PreferencesTest::aNewOutputReachesTheEngineWhilePlaying() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::PlaybackController* playback = session.window.playback();
    QTRY_VERIFY(playback->isReady());
    session.window.transport()->play();
    QTest::qWait(200);

    // Through the dialog, as the engineer does it: Edit ▸ Preferences, change, OK.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::PreferencesDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        choose(dialog->sampleRateBox(), 96000);
        choose(dialog->bufferBox(), 128);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    session.window.showPreferences();
    QCOMPARE(ui::Preferences::load().sampleRate, 96000);
    QCOMPARE(ui::Preferences::load().bufferFrames, 128);
    QCOMPARE(playback->sampleRate(), 96000.0);
    QCOMPARE(playback->bufferFrames(), std::size_t{128});
    // Playback went on at the new rate, from where it was.
    const double before = session.window.transport()->position();
    QVERIFY(before > 0.1);
    QTRY_VERIFY(session.window.transport()->position() > before + 0.3);
    QVERIFY(session.unexpectedDialogs.isEmpty());
    ui::Preferences{}.save();  // leave the defaults for the next run
}

QTEST_MAIN(PreferencesTest)
#include "PreferencesTest.moc"
