#include "AlbumTimelineView.h"
#include "DemoSession.h"
#include "LevelMeter.h"
#include "LoudnessPanel.h"
#include "PlaybackController.h"
#include "ProjectDocument.h"
#include "Transport.h"

#include <cmath>

using namespace lathe;

// The window plays through engine/session's PlaybackSession (the null device in tests,
// which runs its callback on a timer like a sound card would).
class PlaybackControllerTest : public QObject {
    Q_OBJECT
private slots:
    void spacePlaysTheAlbumAndTheMetersFollowTheEngine();
    void clickingTheTimelineWhilePlayingMovesTheEnginesPlayHead();
    void editsThatNeedAPlanArePacedAndTheLastOneAlwaysArrives();
};

void PlaybackControllerTest::spacePlaysTheAlbumAndTheMetersFollowTheEngine() {
    test::DemoSession session;
    QVERIFY(session.open());
    QVERIFY(QTest::qWaitForWindowActive(&session.window));
    ui::Transport* transport = session.window.transport();
    QVERIFY(transport->canPlay());
    QVERIFY(session.window.playback()->isReady());
    const double start = 20.0;
    transport->seek(start);

    QTest::keyClick(&session.window, Qt::Key_Space);
    QVERIFY(transport->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(transport->position() > start + 0.5, 5000);
    // Meter frames from the engine reach the meter and the loudness readouts.
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(session.window.levelMeter()->heldMaximum()), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(session.window.loudnessPanel()->readoutText(QStringLiteral("Momentary")) !=
                                 QStringLiteral("—"),
                             3000);

    QTest::keyClick(&session.window, Qt::Key_Space);
    QVERIFY(!transport->isPlaying());
    const double pausedAt = transport->position();
    QTest::qWait(200);
    QVERIFY(std::fabs(transport->position() - pausedAt) < 0.05);
    QVERIFY(session.window.playback()->longestStallMs() > 0.0);
}

void PlaybackControllerTest::clickingTheTimelineWhilePlayingMovesTheEnginesPlayHead() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::Transport* transport = session.window.transport();
    ui::AlbumTimelineView* view = session.window.timeline();
    transport->play();
    QTRY_VERIFY_WITH_TIMEOUT(transport->position() > 0.2, 5000);
    const QRectF clip = view->clipRect(3);
    const QPoint click = clip.center().toPoint();
    const double target = view->secondsAtX(click.x());
    QTest::mouseClick(view, Qt::LeftButton, {}, click);
    // The engine's play head, polled at frame rate, continues from the click.
    QTRY_VERIFY_WITH_TIMEOUT(transport->position() > target + 0.1, 5000);
    QVERIFY(transport->position() < target + 2.0);
    transport->pause();
}

void PlaybackControllerTest::editsThatNeedAPlanArePacedAndTheLastOneAlwaysArrives() {
    test::DemoSession session;
    QVERIFY(session.open());
    ui::PlaybackController* playback = session.window.playback();
    ui::ProjectDocument* document = session.window.document();
    session.window.transport()->play();
    QTRY_VERIFY_WITH_TIMEOUT(session.window.transport()->position() > 0.2, 5000);
    // Switching the master compressor on and off changes the graph: every edit would
    // compile a plan on the UI thread. 40 of them in 200 ms compile at most two.
    const qint64 before = playback->structuralEdits();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 40; ++i) {
        document->edit(QStringLiteral("toggle"), [](Project& project) {
            project.masterChain.modules[1].enabled = !project.masterChain.modules[1].enabled;
        });
        QTest::qWait(5);
    }
    const qint64 elapsedMs = clock.elapsed();
    const qint64 allowed = 1 + elapsedMs / ui::PlaybackController::kPlanIntervalMs;
    QVERIFY2(playback->structuralEdits() - before <= allowed,
             qPrintable(QString::number(playback->structuralEdits() - before)));
    QVERIFY(playback->structuralEdits() > before);
    // The last state reaches the engine once the interval has passed.
    QTRY_VERIFY_WITH_TIMEOUT(playback->engineProject() == document->project(), 2000);
    session.window.transport()->pause();
}

QTEST_MAIN(PlaybackControllerTest)
#include "PlaybackControllerTest.moc"
