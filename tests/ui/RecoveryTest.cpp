// Autosave and crash recovery: unsaved edits reach a recovery file, a window that ended
// without closing has its work offered back, and saved work is never offered.

#include "DemoSession.h"
#include "ProjectDocument.h"
#include "recovery/Autosaver.h"
#include "recovery/RecoveryOffer.h"
#include "recovery/RecoveryStore.h"

#include "project/ProjectFile.h"
#include "support/TempDir.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace lathe;

namespace {

constexpr double kEditedPregap = 3.5;

// Answers the recovery offer with the button whose text is `answer`, once it appears.
void answerOffer(const QString& answer, QString* text = nullptr) {
    QTimer::singleShot(0, [answer, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (text)
            *text = box->text();
        for (QAbstractButton* button : box->buttons())
            if (button->text() == answer)
                button->click();
    });
}

}  // namespace

class RecoveryTest : public QObject {
    Q_OBJECT
private slots:
    void anEditIsAutosavedAndOfferedBackAfterTheWindowDies();
    void theWorkOfARunningWindowIsNotOffered();
    void savingOrUndoingToTheSavedStateRemovesTheRecoveryFile();
    void theTimerAutosavesUnsavedWorkOnly();
    void discardDeletesTheWorkAndNotNowKeepsIt();
};

void RecoveryTest::anEditIsAutosavedAndOfferedBackAfterTheWindowDies() {
    const test::TempDir dir;
    const auto demo = test::sharedDemoAlbum().project;
    {
        ui::RecoveryStore store(dir / "recovery");
        ui::ProjectDocument document;
        document.open(demo);
        ui::Autosaver autosaver(&document, &store);
        QCOMPARE(autosaver.interval(), 2 * 60 * 1000);
        document.setTrackOffset(1, kEditedPregap);
        QVERIFY(autosaver.autosave());
        QCOMPARE(loadProject(store.recoveryFile()).tracks[1].pregapSeconds, kEditedPregap);
        // The window dies here without closing: nothing discards the file.
    }
    ui::RecoveryStore store(dir / "recovery");
    const auto abandoned = store.abandoned();
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(abandoned.first().originalFile, demo);

    ui::ProjectDocument document;
    QString offer;
    answerOffer(QObject::tr("Recover"), &offer);
    QVERIFY(ui::offerRecovery(nullptr, store, document));
    QVERIFY(offer.contains(QStringLiteral("demo.lathe")));
    QCOMPARE(document.project().tracks[1].pregapSeconds, kEditedPregap);
    QCOMPARE(document.file(), demo);
    QVERIFY(document.isModified());  // unsaved until the engineer saves
    QVERIFY(store.abandoned().isEmpty());
    QVERIFY(!std::filesystem::exists(abandoned.first().recoveryFile));
    QVERIFY(loadProject(demo).tracks[1].pregapSeconds != kEditedPregap);  // the album file untouched
}

void RecoveryTest::theWorkOfARunningWindowIsNotOffered() {
    const test::TempDir dir;
    ui::RecoveryStore running(dir / "recovery");
    ui::ProjectDocument document;
    document.open(test::sharedDemoAlbum().project);
    ui::Autosaver autosaver(&document, &running);
    document.setTrackOffset(1, kEditedPregap);
    QVERIFY(autosaver.autosave());
    ui::RecoveryStore another(dir / "recovery");
    QVERIFY(another.abandoned().isEmpty());
}

void RecoveryTest::savingOrUndoingToTheSavedStateRemovesTheRecoveryFile() {
    const test::TempDir dir;
    ui::RecoveryStore store(dir / "recovery");
    ui::ProjectDocument document;
    document.open(test::sharedDemoAlbum().project);
    ui::Autosaver autosaver(&document, &store);
    document.setTrackOffset(1, kEditedPregap);
    QVERIFY(autosaver.autosave());
    QVERIFY(store.hasRecoveryFile());
    document.undoStack()->undo();
    QVERIFY(!store.hasRecoveryFile());
    QVERIFY(!autosaver.autosave());  // nothing unsaved

    document.setTrackOffset(1, kEditedPregap);
    QVERIFY(autosaver.autosave());
    document.saveAs(dir / "saved.lathe");
    QVERIFY(!store.hasRecoveryFile());
}

void RecoveryTest::theTimerAutosavesUnsavedWorkOnly() {
    const test::TempDir dir;
    ui::RecoveryStore store(dir / "recovery");
    ui::ProjectDocument document;
    document.open(test::sharedDemoAlbum().project);
    ui::Autosaver autosaver(&document, &store);
    autosaver.setInterval(50);
    QTest::qWait(200);
    QVERIFY(!store.hasRecoveryFile());
    document.setTrackOffset(2, kEditedPregap);
    QTRY_VERIFY(store.hasRecoveryFile());
    QCOMPARE(loadProject(store.recoveryFile()).tracks[2].pregapSeconds, kEditedPregap);
}

void RecoveryTest::discardDeletesTheWorkAndNotNowKeepsIt() {
    const test::TempDir dir;
    {
        ui::RecoveryStore store(dir / "recovery");
        ui::ProjectDocument document;  // never saved: recovered work has no file of its own
        ui::Autosaver autosaver(&document, &store);
        const auto mix = loadProject(test::sharedDemoAlbum().project).tracks[0].source;
        document.insertTracks(0, {QString::fromStdString(mix.string())});
        QVERIFY(autosaver.autosave());
    }
    ui::RecoveryStore store(dir / "recovery");
    ui::ProjectDocument document;
    QString offer;
    answerOffer(QObject::tr("Not Now"), &offer);
    QVERIFY(!ui::offerRecovery(nullptr, store, document));
    QVERIFY(offer.contains(QObject::tr("an album that was never saved")));
    QCOMPARE(store.abandoned().size(), 1);
    QVERIFY(document.project().tracks.empty());

    answerOffer(QObject::tr("Discard"));
    QVERIFY(!ui::offerRecovery(nullptr, store, document));
    QVERIFY(store.abandoned().isEmpty());
    QVERIFY(document.project().tracks.empty());
}

QTEST_MAIN(RecoveryTest)
#include "RecoveryTest.moc"
