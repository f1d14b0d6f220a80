// Closing the window with unsaved changes asks first: Cancel keeps the window and the
// edit, Discard closes and leaves nothing to recover, Save writes the album.

#include "DemoSession.h"
#include "recovery/Autosaver.h"
#include "recovery/RecoveryStore.h"

#include "project/ProjectFile.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTimer>
#include <QtTest>

using namespace lathe;

namespace {

constexpr double kEditedPregap = 4.25;

// Clicks the prompt's button for `button` as soon as it shows; returns its text.
void answerPrompt(QMessageBox::StandardButton button, QString* text) {
    QTimer::singleShot(0, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        *text = box->text();
        box->button(button)->click();
    });
}

}  // namespace

class UnsavedChangesTest : public QObject {
    Q_OBJECT
private slots:
    void cancelKeepsTheWindowAndTheEdit();
    void discardClosesAndLeavesNothingToRecover();
    void saveWritesTheAlbumBeforeClosing();
};

void UnsavedChangesTest::cancelKeepsTheWindowAndTheEdit() {
    test::DemoSession session;
    QVERIFY(session.open());
    session.window.document()->setTrackOffset(1, kEditedPregap);
    QString prompt;
    answerPrompt(QMessageBox::Cancel, &prompt);
    QVERIFY(!session.window.close());
    QVERIFY(prompt.contains(QObject::tr("unsaved")));
    QVERIFY(session.window.isVisible());
    QCOMPARE(session.project().tracks[1].pregapSeconds, kEditedPregap);
    QVERIFY(session.window.document()->isModified());
}

void UnsavedChangesTest::discardClosesAndLeavesNothingToRecover() {
    test::DemoSession session;
    QVERIFY(session.open());
    session.window.document()->setTrackOffset(1, kEditedPregap);
    QVERIFY(session.window.autosaver()->autosave());
    QVERIFY(session.window.recoveryStore()->hasRecoveryFile());
    QString prompt;
    answerPrompt(QMessageBox::Discard, &prompt);
    QVERIFY(session.window.close());
    QVERIFY(!prompt.isEmpty());
    QVERIFY(!session.window.recoveryStore()->hasRecoveryFile());
    QVERIFY(loadProject(session.files.project).tracks[1].pregapSeconds != kEditedPregap);
}

void UnsavedChangesTest::saveWritesTheAlbumBeforeClosing() {
    test::DemoSession session;
    QVERIFY(session.open());
    // A copy of the album, so the shared demo stays as it is.
    const auto copy = session.dir / "album.lathe";
    QVERIFY(session.window.saveProjectAs(copy));
    session.window.document()->setTrackOffset(1, kEditedPregap);
    QString prompt;
    answerPrompt(QMessageBox::Save, &prompt);
    QVERIFY(session.window.close());
    QVERIFY(!prompt.isEmpty());
    QCOMPARE(loadProject(copy).tracks[1].pregapSeconds, kEditedPregap);
    QVERIFY(session.unexpectedDialogs.isEmpty());
}

QTEST_MAIN(UnsavedChangesTest)
#include "UnsavedChangesTest.moc"
