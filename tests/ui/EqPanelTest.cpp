#include "DemoSession.h"
#include "PlaybackController.h"
#include "StudioTheme.h"
#include "Transport.h"
#include "eq/EqCurveView.h"
#include "eq/EqPanel.h"

#include "dsp/EqBandDesign.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QUndoStack>
#include <cmath>
#include <memory>

using namespace lathe;

// The EQ editor on the demo album's master EQ (low shelf 90 Hz on the mid, bell 2.8 kHz
// and high shelf 12 kHz on both channels), with the engine playing on the null device:
// the mouse edits real bands, the engine follows, undo restores both.
class EqPanelTest : public QObject {
    Q_OBJECT
private slots:
    void draggingANodeMovesTheBandTheEngineFollowsLiveAndUndoRestoresBoth();
    void aCutFollowsTheMouseInFrequencyOnlyAndAltDragChangesItsSlope();
    void doubleClickAddsABellAtTheClickedFrequencyAndDoubleClickOnANodeSwitchesItOff();
    void theContextMenuChangesTheShapeAndThePlacement();
    void theWheelChangesQInOneUndoStep();
    void theNumericFieldsEditTheSelectedBand();
    void theDrawnResponseIsTheEnginesDesign();
};

namespace {

constexpr ui::ModuleAddress kMasterEq{ui::ModuleAddress::kMaster, 0};
constexpr double kPixel = 1.0;

struct EqFixture {
    test::DemoSession session;
    std::unique_ptr<ui::EqPanel> panel;

    bool open() {
        if (!session.open())
            return false;
        panel = std::make_unique<ui::EqPanel>(session.window.document(), kMasterEq, session.window.playback());
        panel->resize(1100, 560);
        panel->show();
        return QTest::qWaitForWindowExposed(panel.get());
    }
    ui::EqCurveView* view() const { return panel->curveView(); }
    ui::ProjectDocument* document() const { return session.window.document(); }
    static const std::vector<EqBand>& bandsIn(const Project& project) {
        return std::get<EqSettings>(kMasterEq.moduleIn(project)->parameters).bands;
    }
    const std::vector<EqBand>& bands() const { return bandsIn(session.project()); }
    const std::vector<EqBand>& engineBands() const { return bandsIn(session.window.playback()->engineProject()); }
    void setBands(const std::vector<EqBand>& bands) const {
        document()->edit(QStringLiteral("test setup"), [&bands](Project& project) {
            std::get<EqSettings>(kMasterEq.moduleIn(project)->parameters).bands = bands;
        });
    }
};

// A person's drag: press on the node, move in small steps, release.
void drag(QWidget* widget, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {}, int steps = 12,
          int stepMs = 0) {
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from.toPoint());
    for (int i = 1; i <= steps; ++i) {
        const QPointF at = from + (to - from) * (static_cast<double>(i) / steps);
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, modifiers);
        QApplication::sendEvent(widget, &move);
        if (stepMs > 0)
            QTest::qWait(stepMs);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to.toPoint());
}

void wheel(QWidget* widget, QPointF at, int notches) {
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// Opens the node's context menu and picks the entry `text` as a person would.
void chooseFromContextMenu(QWidget* widget, QPointF at, const QString& text) {
    bool found = false;
    QTimer::singleShot(50, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions())
            if (action->text() == text) {
                menu->setActiveAction(action);
                found = true;
            }
        QTest::keyClick(menu, found ? Qt::Key_Return : Qt::Key_Escape);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at.toPoint(), widget->mapToGlobal(at.toPoint()));
    QApplication::sendEvent(widget, &event);
    QVERIFY2(found, qPrintable(text));
}

}  // namespace

void EqPanelTest::draggingANodeMovesTheBandTheEngineFollowsLiveAndUndoRestoresBoth() {
    EqFixture eq;
    QVERIFY(eq.open());
    ui::Transport* transport = eq.session.window.transport();
    ui::PlaybackController* playback = eq.session.window.playback();
    transport->seek(30.0);
    transport->play();
    QTRY_VERIFY_WITH_TIMEOUT(transport->position() > 30.2, 5000);

    const EqBand original = eq.bands()[1];
    QCOMPARE(original.shape, EqShape::Bell);
    QCOMPARE(eq.engineBands()[1], original);
    const int undoSteps = eq.document()->undoStack()->count();
    const std::uint64_t sentBefore = playback->parameterChangesSent();
    const QPointF node = eq.view()->nodePosition(1);
    const QPointF target(eq.view()->xForHz(700.0), eq.view()->yForDb(5.0));

    // A slow drag (a move every 5 ms, as a mouse reports them): the engine must hear it
    // while the hand is still moving, not only when it pauses.
    bool heardDuringDrag = false;
    QTest::mousePress(eq.view(), Qt::LeftButton, {}, node.toPoint());
    constexpr int kSteps = 40;
    for (int i = 1; i <= kSteps; ++i) {
        const QPointF at = node + (target - node) * (static_cast<double>(i) / kSteps);
        QMouseEvent move(QEvent::MouseMove, at, eq.view()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(eq.view(), &move);
        QTest::qWait(5);
        if (i < kSteps / 2 && eq.engineBands()[1].freqHz != original.freqHz)
            heardDuringDrag = true;  // the engine had a position before the drag was half done
    }
    QTest::mouseRelease(eq.view(), Qt::LeftButton, {}, target.toPoint());
    QVERIFY(heardDuringDrag);

    // The band is where the mouse let go of it.
    const EqBand moved = eq.bands()[1];
    QVERIFY2(std::abs(eq.view()->xForHz(moved.freqHz) - target.x()) <= kPixel, qPrintable(QString::number(moved.freqHz)));
    QVERIFY2(std::abs(eq.view()->yForDb(moved.gainDb) - target.y()) <= kPixel, qPrintable(QString::number(moved.gainDb)));
    QVERIFY(std::abs(moved.freqHz - 700.0) < 700.0 * 0.01);
    QVERIFY(std::abs(moved.gainDb - 5.0) < 0.1);
    QCOMPARE(moved.q, original.q);
    QCOMPARE(eq.document()->undoStack()->count(), undoSteps + 1);  // the whole drag is one step

    // The engine got the final band as parameter messages and its audio thread applied them.
    QTRY_COMPARE_WITH_TIMEOUT(eq.engineBands()[1], moved, 2000);
    QVERIFY(playback->parameterChangesSent() > sentBefore);
    QTRY_COMPARE_WITH_TIMEOUT(playback->parameterChangesApplied(), playback->parameterChangesSent(), 2000);

    eq.document()->undoStack()->undo();
    QCOMPARE(eq.bands()[1], original);
    QCOMPARE(eq.view()->nodePosition(1), node);
    QTRY_COMPARE_WITH_TIMEOUT(eq.engineBands()[1], original, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(playback->parameterChangesApplied(), playback->parameterChangesSent(), 2000);
    transport->pause();
}

void EqPanelTest::aCutFollowsTheMouseInFrequencyOnlyAndAltDragChangesItsSlope() {
    EqFixture eq;
    QVERIFY(eq.open());
    eq.setBands({{EqShape::LowCut, 40.0, 0.0, 0.707, 12, Placement::Stereo, true}});
    const QPointF node = eq.view()->nodePosition(0);
    QCOMPARE(node.y(), eq.view()->yForDb(0.0));
    const QPointF target(eq.view()->xForHz(80.0), eq.view()->yForDb(9.0));
    drag(eq.view(), node, target);
    QVERIFY(std::abs(eq.view()->xForHz(eq.bands()[0].freqHz) - target.x()) <= kPixel);
    QCOMPARE(eq.bands()[0].gainDb, 0.0);  // locked
    // Alt-drag up by two wheel notches' worth: 12 -> 24 dB/oct, frequency kept.
    const double freq = eq.bands()[0].freqHz;
    const QPointF at = eq.view()->nodePosition(0);
    drag(eq.view(), at, at - QPointF(0, 48), Qt::AltModifier);
    QCOMPARE(eq.bands()[0].slopeDbPerOctave, 24);
    QCOMPARE(eq.bands()[0].freqHz, freq);
}

void EqPanelTest::doubleClickAddsABellAtTheClickedFrequencyAndDoubleClickOnANodeSwitchesItOff() {
    EqFixture eq;
    QVERIFY(eq.open());
    const std::size_t before = eq.bands().size();
    const QPoint click(qRound(eq.view()->xForHz(450.0)), qRound(eq.view()->yForDb(-4.0)));
    QTest::mouseDClick(eq.view(), Qt::LeftButton, {}, click);
    QCOMPARE(eq.bands().size(), before + 1);
    const EqBand added = eq.bands().back();
    QCOMPARE(added.shape, EqShape::Bell);
    QVERIFY(std::abs(eq.view()->xForHz(added.freqHz) - click.x()) <= kPixel);
    QVERIFY(std::abs(eq.view()->yForDb(added.gainDb) - click.y()) <= kPixel);
    QCOMPARE(eq.view()->selectedBand(), static_cast<int>(before));
    QCOMPARE(eq.panel->frequencyBox()->value(), added.freqHz);

    QTest::mouseDClick(eq.view(), Qt::LeftButton, {}, eq.view()->nodePosition(0).toPoint());
    QVERIFY(!eq.bands()[0].enabled);
    QCOMPARE(eq.bands().size(), before + 1);

    // Never more than the engine's 24 bands.
    std::vector<EqBand> full(EqSettings::kMaxBands, EqBand{});
    eq.setBands(full);
    QTest::mouseDClick(eq.view(), Qt::LeftButton, {}, QPoint(qRound(eq.view()->xForHz(100.0)), click.y()));
    QCOMPARE(eq.bands().size(), EqSettings::kMaxBands);
}

void EqPanelTest::theContextMenuChangesTheShapeAndThePlacement() {
    EqFixture eq;
    QVERIFY(eq.open());
    chooseFromContextMenu(eq.view(), eq.view()->nodePosition(1), QStringLiteral("Low Shelf"));
    QCOMPARE(eq.bands()[1].shape, EqShape::LowShelf);
    QCOMPARE(eq.panel->shapeBox()->currentText(), QStringLiteral("Low Shelf"));
    chooseFromContextMenu(eq.view(), eq.view()->nodePosition(1), QStringLiteral("Side"));
    QCOMPARE(eq.bands()[1].placement, Placement::Side);
    const std::vector<Placement> paths = eq.view()->curvePaths();
    QCOMPARE(paths, (std::vector<Placement>{Placement::Mid, Placement::Side}));
    const std::size_t before = eq.bands().size();
    chooseFromContextMenu(eq.view(), eq.view()->nodePosition(1), QStringLiteral("Delete Band"));
    QCOMPARE(eq.bands().size(), before - 1);
    QCOMPARE(eq.bands()[1].freqHz, 12000.0);  // the high shelf moved up
}

void EqPanelTest::theWheelChangesQInOneUndoStep() {
    EqFixture eq;
    QVERIFY(eq.open());
    const EqBand original = eq.bands()[1];
    const int undoSteps = eq.document()->undoStack()->count();
    const QPointF node = eq.view()->nodePosition(1);
    wheel(eq.view(), node, 1);
    wheel(eq.view(), node, 1);
    const double expected = std::round(std::round(original.q * std::pow(2.0, 0.25) * 1000.0) / 1000.0 *
                                       std::pow(2.0, 0.25) * 1000.0) / 1000.0;
    QCOMPARE(eq.bands()[1].q, expected);
    QCOMPARE(eq.bands()[1].freqHz, original.freqHz);
    QCOMPARE(eq.document()->undoStack()->count(), undoSteps + 1);
    QCOMPARE(eq.panel->qBox()->value(), std::round(expected * 100.0) / 100.0);
    eq.document()->undoStack()->undo();
    QCOMPARE(eq.bands()[1], original);
}

void EqPanelTest::theNumericFieldsEditTheSelectedBand() {
    EqFixture eq;
    QVERIFY(eq.open());
    QTest::mouseClick(eq.view(), Qt::LeftButton, {}, eq.view()->nodePosition(2).toPoint());
    QCOMPARE(eq.view()->selectedBand(), 2);
    QCOMPARE(eq.panel->frequencyBox()->value(), 12000.0);
    QDoubleSpinBox* gain = eq.panel->gainBox();
    gain->setFocus();
    gain->selectAll();
    QTest::keyClicks(gain, QStringLiteral("-2.5"));
    QTest::keyClick(gain, Qt::Key_Return);
    QCOMPARE(eq.bands()[2].gainDb, -2.5);
    eq.panel->qBox()->setValue(1.4);
    QCOMPARE(eq.bands()[2].q, 1.4);
    // Out of range is held to the schema's limits.
    eq.panel->gainBox()->setValue(99.0);
    QCOMPARE(eq.bands()[2].gainDb, 48.0);
    eq.panel->phaseBox()->setCurrentIndex(1);
    emit eq.panel->phaseBox()->activated(1);
    QCOMPARE(std::get<EqSettings>(kMasterEq.moduleIn(eq.session.project())->parameters).phase, EqPhase::Linear);
}

void EqPanelTest::theDrawnResponseIsTheEnginesDesign() {
    EqFixture eq;
    QVERIFY(eq.open());
    const double rate = eq.session.project().album.sampleRate;
    // The demo's master EQ, summed: the same numbers the engine's design gives.
    for (const double hz : {30.0, 90.0, 1000.0, 2800.0, 12000.0, 19000.0})
        QVERIFY(std::abs(eq.view()->responseDb(hz, Placement::Mid) -
                         EqBandDesign::magnitudeDb(eq.bands(), rate, hz, Placement::Mid)) < 1e-9);

    // A lone bell reads its gain at its frequency; mid and side bands only their own path.
    eq.setBands({{EqShape::Bell, 1000.0, 4.5, 1.2, 12, Placement::Stereo, true},
                 {EqShape::Bell, 200.0, -6.0, 2.0, 12, Placement::Mid, true},
                 {EqShape::HighShelf, 8000.0, 3.0, 0.707, 12, Placement::Side, true}});
    QVERIFY(std::abs(eq.view()->bandResponseDb(0, 1000.0) - 4.5) < 0.02);
    QVERIFY(std::abs(eq.view()->bandResponseDb(1, 200.0) + 6.0) < 0.02);
    QVERIFY(std::abs(eq.view()->responseDb(200.0, Placement::Mid) - eq.view()->bandResponseDb(0, 200.0) + 6.0) < 0.02);
    QVERIFY(std::abs(eq.view()->responseDb(200.0, Placement::Side) - eq.view()->bandResponseDb(0, 200.0)) < 0.02);
    const double sideMinusMid = eq.view()->responseDb(16000.0, Placement::Side) - eq.view()->responseDb(16000.0, Placement::Mid);
    QVERIFY(std::abs(sideMinusMid - eq.view()->bandResponseDb(2, 16000.0) + eq.view()->bandResponseDb(1, 16000.0)) < 1e-9);
    QVERIFY(sideMinusMid > 2.5);
    // The range box zooms the gain axis: a +4.5 dB node moves three times further from 0 dB.
    const double zero = eq.view()->yForDb(0.0);
    const double at18 = eq.view()->nodePosition(0).y() - zero;
    eq.panel->rangeBox()->setCurrentIndex(eq.panel->rangeBox()->findData(6.0));
    QCOMPARE(eq.view()->rangeDb(), 6.0);
    QVERIFY(std::abs((eq.view()->nodePosition(0).y() - zero) - 3.0 * at18) < 1e-9);
    // Off, a band adds nothing.
    eq.setBands({{EqShape::Bell, 1000.0, 4.5, 1.2, 12, Placement::Stereo, false}});
    QCOMPARE(eq.view()->responseDb(1000.0), 0.0);

    if (const QByteArray shot = qgetenv("LATHE_EQ_SCREENSHOT"); !shot.isEmpty()) {
        ui::applyStudioTheme(*qApp);
        eq.setBands({{EqShape::LowCut, 28.0, 0.0, 0.707, 24, Placement::Stereo, true},
                     {EqShape::LowShelf, 95.0, 1.5, 0.707, 12, Placement::Mid, true},
                     {EqShape::Bell, 320.0, -2.0, 1.4, 12, Placement::Mid, true},
                     {EqShape::Bell, 2800.0, -1.2, 0.9, 12, Placement::Stereo, true},
                     {EqShape::HighShelf, 9000.0, 2.5, 0.707, 12, Placement::Side, true},
                     {EqShape::HighCut, 19500.0, 0.0, 0.707, 12, Placement::Stereo, false}});
        eq.view()->setSelectedBand(2);
        eq.session.window.transport()->seek(40.0);
        eq.session.window.transport()->play();
        QTest::qWait(2500);
        const QPointF hover = eq.view()->nodePosition(4);
        QMouseEvent move(QEvent::MouseMove, hover, eq.view()->mapToGlobal(hover), Qt::NoButton, Qt::NoButton, {});
        QApplication::sendEvent(eq.view(), &move);
        eq.panel->grab().save(QString::fromLocal8Bit(shot));
        eq.session.window.transport()->pause();
    }
}

QTEST_MAIN(EqPanelTest)
#include "EqPanelTest.moc"
