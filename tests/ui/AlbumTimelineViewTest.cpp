#include "AlbumTimelineView.h"
#include "DemoSession.h"
#include "TrackTableView.h"
#include "Transport.h"

#include <QMenu>
#include <QUndoStack>
#include <cmath>

using namespace lathe;

namespace {

constexpr double kCdFrame = 1.0 / 75.0;

// A handle sits at a fractional pixel but the mouse presses whole pixels: allow half a
// pixel either way, plus the snap to the nearest CD frame.
double tolerance(const ui::AlbumTimelineView* view) { return 0.5 / view->pixelsPerSecond() + kCdFrame / 2.0 + 1e-9; }

bool onCdFrame(double seconds) { return std::fabs(seconds * 75.0 - std::round(seconds * 75.0)) < 1e-6; }

// Drags with the left button held, in steps, as a hand would.
void drag(QWidget* widget, QPoint from, QPoint to) {
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    constexpr int kSteps = 6;
    for (int i = 1; i <= kSteps; ++i) {
        const QPointF at = QPointF(from) + QPointF(to - from) * (static_cast<double>(i) / kSteps);
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

}  // namespace

class AlbumTimelineViewTest : public QObject {
    Q_OBJECT
private slots:
    void draggingATrackRightLengthensItsPregapOnCdFrames();
    void draggingATrackOverThePreviousOneMakesACrossfade();
    void draggingAFadeHandleChangesTheFadeLength();
    void theContextMenuChangesTheFadeCurve();
    void clickingSeeksAndDraggingTheRulerSetsALoop();
    void ctrlWheelZoomsAroundThePointer();
};

void AlbumTimelineViewTest::draggingATrackRightLengthensItsPregapOnCdFrames() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::AlbumTimelineView* view = session.window.timeline();
    QVERIFY(session.project().exports.ddp.enabled);
    const double before = session.project().tracks[1].pregapSeconds;
    const QPoint from = view->clipRect(1).center().toPoint();
    const int pixels = 37;
    drag(view, from, from + QPoint(pixels, 0));
    const double after = session.project().tracks[1].pregapSeconds;
    QVERIFY2(std::fabs(after - (before + pixels / view->pixelsPerSecond())) <= tolerance(view), qPrintable(QString::number(after)));
    QVERIFY(onCdFrame(after));
    QCOMPARE(session.project().tracks[1].crossfadeSeconds, 0.0);
    // The whole drag is one undo step.
    session.window.document()->undoStack()->undo();
    QCOMPARE(session.project().tracks[1].pregapSeconds, before);
}

void AlbumTimelineViewTest::draggingATrackOverThePreviousOneMakesACrossfade() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::AlbumTimelineView* view = session.window.timeline();
    const double pregap = session.project().tracks[1].pregapSeconds;
    const double overlap = 2.0;
    const int pixels = static_cast<int>(std::lround((pregap + overlap) * view->pixelsPerSecond()));
    const QPoint from = view->clipRect(1).center().toPoint();
    drag(view, from, from - QPoint(pixels, 0));
    const Track& track = session.project().tracks[1];
    QCOMPARE(track.pregapSeconds, 0.0);
    QVERIFY2(std::fabs(track.crossfadeSeconds - (pixels / view->pixelsPerSecond() - pregap)) <= tolerance(view), qPrintable(QString::number(track.crossfadeSeconds)));
    QVERIFY(onCdFrame(track.crossfadeSeconds));
    // The timeline moved with it: track 2 now starts inside track 1.
    QVERIFY(view->layout().tracks[1].audioStart < view->layout().tracks[0].audioEnd);
}

void AlbumTimelineViewTest::draggingAFadeHandleChangesTheFadeLength() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::AlbumTimelineView* view = session.window.timeline();
    const double before = session.project().tracks[0].fadeOut.lengthSeconds;
    const QPoint handle = view->fadeHandle(0, ui::FadeEdge::Out).toPoint();
    const int pixels = 40;
    drag(view, handle, handle - QPoint(pixels, 0));
    const double after = session.project().tracks[0].fadeOut.lengthSeconds;
    QVERIFY2(std::fabs(after - (before + pixels / view->pixelsPerSecond())) <= tolerance(view),
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(onCdFrame(after));

    const double fadeInBefore = session.project().tracks[2].fadeIn.lengthSeconds;
    const QPoint fadeIn = view->fadeHandle(2, ui::FadeEdge::In).toPoint();
    drag(view, fadeIn, fadeIn + QPoint(pixels, 0));
    const double fadeInAfter = session.project().tracks[2].fadeIn.lengthSeconds;
    QVERIFY2(std::fabs(fadeInAfter - (fadeInBefore + pixels / view->pixelsPerSecond())) <= tolerance(view),
             qPrintable(QStringLiteral("%1 -> %2").arg(fadeInBefore).arg(fadeInAfter)));
}

void AlbumTimelineViewTest::theContextMenuChangesTheFadeCurve() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::AlbumTimelineView* view = session.window.timeline();
    QVERIFY(session.project().tracks[0].fadeOut.curve != FadeCurve::SCurve);
    bool chosen = false;
    QTimer::singleShot(100, [&chosen] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions())
            if (action->text() == ui::fadeCurveName(FadeCurve::SCurve)) {
                chosen = true;
                action->trigger();
            }
        menu->close();
    });
    const QPoint handle = view->fadeHandle(0, ui::FadeEdge::Out).toPoint();
    QContextMenuEvent event(QContextMenuEvent::Mouse, handle, view->mapToGlobal(handle));
    QApplication::sendEvent(view, &event);
    QVERIFY(chosen);
    QCOMPARE(session.project().tracks[0].fadeOut.curve, FadeCurve::SCurve);
}

void AlbumTimelineViewTest::clickingSeeksAndDraggingTheRulerSetsALoop() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::AlbumTimelineView* view = session.window.timeline();
    ui::Transport* transport = session.window.transport();
    const QRectF clip = view->clipRect(2);
    const QPoint click(static_cast<int>(clip.center().x()), static_cast<int>(clip.center().y()));
    QTest::mouseClick(view, Qt::LeftButton, {}, click);
    QVERIFY(std::fabs(transport->position() - view->secondsAtX(click.x())) <= tolerance(view));
    QVERIFY(onCdFrame(transport->position()));
    QCOMPARE(session.window.trackTable()->currentIndex().row(), 2);

    const int y = view->rulerRect().center().y();
    drag(view, QPoint(100, y), QPoint(300, y));
    QVERIFY(transport->isLooping());
    QVERIFY(std::fabs(transport->loopStart() - view->secondsAtX(100)) <= tolerance(view));
    QVERIFY(std::fabs(transport->loopEnd() - view->secondsAtX(300)) <= tolerance(view));
}

void AlbumTimelineViewTest::ctrlWheelZoomsAroundThePointer() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::AlbumTimelineView* view = session.window.timeline();
    const double before = view->pixelsPerSecond();
    const QPointF pointer(400, view->laneRect().center().y());
    const double underPointer = view->secondsAtX(pointer.x());
    QWheelEvent wheel(pointer, view->mapToGlobal(pointer), {}, QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(view->pixelsPerSecond() > before * 1.5);
    QVERIFY(std::fabs(view->secondsAtX(pointer.x()) - underPointer) < 1e-6);
    QTest::keyClick(view, Qt::Key_F);
    QVERIFY(std::fabs(view->pixelsPerSecond() - before) < 1e-9);
}

QTEST_MAIN(AlbumTimelineViewTest)
#include "AlbumTimelineViewTest.moc"
