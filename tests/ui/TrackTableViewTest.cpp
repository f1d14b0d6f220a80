#include "DemoSession.h"
#include "TrackTableView.h"

#include "project/ProjectFile.h"
#include "support/TestSignals.h"

#include <QMimeData>
#include <QUndoStack>

using namespace lathe;

namespace {

QPoint rowCentre(QTableView* table, int row) {
    return table->visualRect(table->model()->index(row, 1)).center();
}

}  // namespace

class TrackTableViewTest : public QObject {
    Q_OBJECT
private slots:
    void draggingARowReordersTheAlbumAndSaves();
    void filesDroppedFromAFileManagerBecomeTracks();
    void deleteRemovesTheSelectedTracks();
};

void TrackTableViewTest::draggingARowReordersTheAlbumAndSaves() {
    test::DemoSession session;
    QVERIFY(session.open());
    const QStringList before = session.titles();
    QCOMPARE(before.size(), 4);
    ui::TrackTableView* table = session.window.trackTable();
    QWidget* viewport = table->viewport();
    const QPoint from = rowCentre(table, 0);
    // Below the middle of the third row: the first track lands after it.
    const QPoint to = rowCentre(table, 2) + QPoint(0, table->rowHeight(2) / 4);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step) {
        const QPoint at = from + (to - from) * step / 5;
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(session.titles(), (QStringList{before[1], before[2], before[0], before[3]}));
    // The new first track overlaps nothing and keeps the CD's 2 s pause.
    QCOMPARE(session.project().tracks.front().crossfadeSeconds, 0.0);
    QVERIFY(session.project().tracks.front().pregapSeconds >= 2.0);
    QCOMPARE(table->model()->index(2, 1).data().toString(), before[0]);

    const auto saved = session.dir / "resequenced.lathe";
    QVERIFY2(session.window.saveProjectAs(saved), qPrintable(session.unexpectedDialogs.join(QLatin1Char('\n'))));
    const Project reloaded = loadProject(saved);
    QCOMPARE(QString::fromStdString(reloaded.tracks[2].text.title), before[0]);
    QVERIFY(!session.window.document()->isModified());
}

void TrackTableViewTest::filesDroppedFromAFileManagerBecomeTracks() {
    test::DemoSession session;
    QVERIFY(session.open());
    const auto extra = session.dir / "Bonus Take.wav";
    test::writeAudioFile(extra, test::sine(440.0, 0.25, 5.0, 44100), 44100);
    ui::TrackTableView* table = session.window.trackTable();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(extra.string())),
                  QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
    const QPoint at = rowCentre(table, 1) - QPoint(0, table->rowHeight(1) / 4);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(table->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(table->viewport(), &drop);
    QCOMPARE(session.project().tracks.size(), std::size_t{5});
    QCOMPARE(session.project().tracks[1].source, extra);
    QCOMPARE(session.project().tracks[1].text.title, std::string("Bonus Take"));
    QTRY_VERIFY_WITH_TIMEOUT(session.window.waveforms()->pyramid(QString::fromStdString(extra.string())) != nullptr, 10000);
}

void TrackTableViewTest::deleteRemovesTheSelectedTracks() {
    test::DemoSession session;
    QVERIFY(session.open());
    const QStringList before = session.titles();
    ui::TrackTableView* table = session.window.trackTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCentre(table, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCentre(table, 3));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(session.titles(), (QStringList{before[0], before[2]}));
    session.window.document()->undoStack()->undo();
    QCOMPARE(session.titles(), before);
}

QTEST_MAIN(TrackTableViewTest)
#include "TrackTableViewTest.moc"
