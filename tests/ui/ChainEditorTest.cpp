// The chain editor driven like an engineer would: modules added, removed, reordered and
// bypassed through the list, knobs dragged, typed and reset, a multiband crossover
// dragged, a limiter's platform preset chosen, and a level-matched bypass measured —
// each checked in the project and, where it is an edit, undone.

#include "DemoSession.h"
#include "PlaybackController.h"
#include "TrackTableView.h"
#include "chain/BypassMatcher.h"
#include "chain/ChainEditor.h"
#include "chain/CompressorPanel.h"
#include "chain/CrossoverView.h"
#include "eq/EqCurveView.h"
#include "eq/EqPanel.h"
#include "chain/GainPanel.h"
#include "chain/GainReductionMeter.h"
#include "chain/LimiterPanel.h"
#include "chain/ModuleListView.h"
#include "chain/MultibandPanel.h"
#include "chain/ParameterControl.h"
#include "chain/ReductionHistory.h"
#include "chain/StereoPanel.h"
#include "chain/TransferCurveView.h"

#include "playback/MeterFrames.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace lathe;
using namespace lathe::ui;

namespace {

const Chain& master(const test::DemoSession& session) {
    return session.project().masterChain;
}

QStringList types(const Chain& chain) {
    QStringList names;
    for (const Module& module : chain.modules)
        names << QString::fromLatin1(moduleTypeName(module.parameters));
    return names;
}

QPoint rowCentre(ModuleListView* list, int row) {
    return list->visualItemRect(list->item(row)).center();
}

QPoint checkBoxOf(ModuleListView* list, int row) {
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.rect = list->visualItemRect(list->item(row));
    option.features |= QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = list->item(row)->text();
    return list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list).center();
}

QAction* addAction(ChainEditor* editor, const QString& title) {
    for (QAction* action : editor->addMenu()->actions())
        if (action->text() == title)
            return action;
    return nullptr;
}

void drag(QWidget* widget, QPoint from, QPoint by, Qt::KeyboardModifiers modifiers = {}, int steps = 5) {
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= steps; ++step) {
        const QPoint at = from + by * step / steps;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         modifiers);
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, from + by);
}

Project gainProject() {
    Project project;
    project.masterChain.modules.push_back({GainSettings{}, true});
    project.masterChain.modules.push_back({CompressorSettings{}, true});
    return project;
}

}  // namespace

class ChainEditorTest : public QObject {
    Q_OBJECT
private slots:
    void addRemoveReorderAndBypassAreEachOneUndoableEdit();
    void theTrackChainFollowsTheSelectedTrack();
    void aKnobIsDraggedTypedScrolledAndReset();
    void logarithmicAndSwitchableKnobsReadWhatIsTyped();
    void aCrossoverHandleDragMovesTheCrossoverAndUndoRestoresIt();
    void bandsAreAddedRemovedAndMeteredFromTheEngine();
    void aPlatformPresetSetsTheLimiterCeilingAndShowsItsTarget();
    void aMatchedBypassMakesUpTheModulesLevelOnTheMonitorOnly();
};

void ChainEditorTest::addRemoveReorderAndBypassAreEachOneUndoableEdit() {
    test::DemoSession session;
    QVERIFY(session.open());
    ChainEditor* editor = session.window.chainEditor();
    ModuleListView* list = editor->moduleList();
    QUndoStack* undo = session.window.document()->undoStack();
    const QStringList original{"eq", "compressor", "stereo", "limiter"};
    QCOMPARE(editor->editedChain(), ModuleAddress::kMaster);
    QCOMPARE(types(master(session)), original);
    QCOMPARE(list->count(), 4);

    // Add a multiband after the compressor.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rowCentre(list, 1));
    QCOMPARE(editor->selectedModule(), 1);
    QVERIFY(qobject_cast<CompressorPanel*>(editor->panel()));
    addAction(editor, QStringLiteral("Multiband"))->trigger();
    QCOMPARE(types(master(session)), (QStringList{"eq", "compressor", "multiband", "stereo", "limiter"}));
    QCOMPARE(std::get<MultibandSettings>(master(session).modules[2].parameters), MultibandSettings{});
    QCOMPARE(editor->selectedModule(), 2);
    QVERIFY(qobject_cast<MultibandPanel*>(editor->panel()));
    undo->undo();
    QCOMPARE(types(master(session)), original);
    QCOMPARE(list->count(), 4);

    // Remove the stereo module; undo brings it back with its settings and its panel.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rowCentre(list, 2));
    QVERIFY(qobject_cast<StereoPanel*>(editor->panel()));
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    QCOMPARE(types(master(session)), (QStringList{"eq", "compressor", "limiter"}));
    QVERIFY(!qobject_cast<StereoPanel*>(editor->panel()));
    undo->undo();
    QCOMPARE(types(master(session)), original);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rowCentre(list, 2));
    auto* stereo = qobject_cast<StereoPanel*>(editor->panel());
    QVERIFY(stereo);
    QCOMPARE(stereo->control(QStringLiteral("Width"))->value(), 1.1);
    QCOMPARE(stereo->control(QStringLiteral("Mono below"))->entry()->text(), QStringLiteral("120 Hz"));

    // Drag the limiter to the top, then undo.
    const int before = undo->index();
    drag(list->viewport(), rowCentre(list, 3), rowCentre(list, 0) - rowCentre(list, 3) - QPoint(0, 8));
    QCOMPARE(types(master(session)), (QStringList{"limiter", "eq", "compressor", "stereo"}));
    QCOMPARE(undo->index(), before + 1);
    QCOMPARE(editor->selectedModule(), 0);
    QVERIFY(qobject_cast<LimiterPanel*>(editor->panel()));
    undo->undo();
    QCOMPARE(types(master(session)), original);

    // The arrows.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rowCentre(list, 1));
    QTest::mouseClick(editor->downButton(), Qt::LeftButton);
    QCOMPARE(types(master(session)), (QStringList{"eq", "stereo", "compressor", "limiter"}));
    QTest::mouseClick(editor->upButton(), Qt::LeftButton);
    QCOMPARE(types(master(session)), original);
    QVERIFY(!editor->upButton()->isEnabled() == (editor->selectedModule() == 0));

    // Bypass the limiter with its check box.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, checkBoxOf(list, 3));
    QVERIFY(!master(session).modules[3].enabled);
    QCOMPARE(list->item(3)->checkState(), Qt::Unchecked);
    undo->undo();
    QVERIFY(master(session).modules[3].enabled);
    QCOMPARE(list->item(3)->checkState(), Qt::Checked);

    // Delete from the keyboard.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rowCentre(list, 0));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(types(master(session)), (QStringList{"compressor", "stereo", "limiter"}));
    undo->undo();
    QCOMPARE(types(master(session)), original);
    QVERIFY(session.unexpectedDialogs.isEmpty());
}

void ChainEditorTest::theTrackChainFollowsTheSelectedTrack() {
    test::DemoSession session;
    QVERIFY(session.open());
    ChainEditor* editor = session.window.chainEditor();
    QComboBox* choice = editor->chainChoice();
    QCOMPARE(choice->count(), static_cast<int>(session.project().tracks.size()) + 1);
    QTest::keyClick(choice, Qt::Key_Down);  // the first track's chain
    QCOMPARE(editor->editedChain(), 0);
    QCOMPARE(editor->moduleList()->count(), 1);  // its EQ, in the curve editor
    auto* eq = qobject_cast<EqPanel*>(editor->panel());
    QVERIFY(eq);
    QCOMPARE(eq->curveView()->bands().front().shape, EqShape::LowCut);
    QCOMPARE(eq->curveView()->bands().front().freqHz, 28.0);
    session.window.trackTable()->selectRow(2);
    QCOMPARE(editor->editedChain(), 2);
    QVERIFY(choice->currentText().contains(QString::fromStdString(session.project().tracks[2].text.title)));
    // Adding to a track's chain edits that track only.
    addAction(editor, QStringLiteral("Gain"))->trigger();
    QCOMPARE(session.project().tracks[2].chain.modules.size(), 2u);
    QCOMPARE(session.project().tracks[1].chain.modules.size(), 1u);
    QCOMPARE(master(session).modules.size(), 4u);
    QVERIFY(qobject_cast<GainPanel*>(editor->panel()));
}

void ChainEditorTest::aKnobIsDraggedTypedScrolledAndReset() {
    ProjectDocument document;
    document.reset(gainProject(), {});
    GainPanel panel(&document, {ModuleAddress::kMaster, 0});
    panel.resize(300, 120);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ParameterControl* gain = panel.control(QStringLiteral("Gain"));
    QVERIFY(gain);
    const auto gainDb = [&] {
        return std::get<GainSettings>(document.project().masterChain.modules[0].parameters).gainDb;
    };
    QUndoStack* undo = document.undoStack();

    // 50 px up of the 200 that sweep -48..+48 dB: a quarter of 96 dB, one undo step.
    drag(gain, gain->knobRect().center(), QPoint(0, -50));
    QCOMPARE(gainDb(), 24.0);
    QCOMPARE(undo->index(), 1);
    QCOMPARE(gain->entry()->text(), QStringLiteral("24.0 dB"));
    // With Shift ten times finer: 50 px down is 2.4 dB.
    drag(gain, gain->knobRect().center(), QPoint(0, 50), Qt::ShiftModifier);
    QCOMPARE(gainDb(), 21.6);
    QCOMPARE(undo->index(), 2);
    undo->undo();
    QCOMPARE(gainDb(), 24.0);
    QCOMPARE(gain->value(), 24.0);

    // Typed: with or without the unit, clamped to the schema's range, nonsense refused.
    gain->entry()->selectAll();
    QTest::keyClicks(gain->entry(), QStringLiteral("-6.5 dB"));
    QTest::keyClick(gain->entry(), Qt::Key_Return);
    QCOMPARE(gainDb(), -6.5);
    gain->entry()->selectAll();
    QTest::keyClicks(gain->entry(), QStringLiteral("99"));
    QTest::keyClick(gain->entry(), Qt::Key_Return);
    QCOMPARE(gainDb(), 48.0);
    QCOMPARE(gain->entry()->text(), QStringLiteral("48.0 dB"));
    gain->entry()->selectAll();
    QTest::keyClicks(gain->entry(), QStringLiteral("loud"));
    QTest::keyClick(gain->entry(), Qt::Key_Return);
    QCOMPARE(gainDb(), 48.0);
    QCOMPARE(gain->entry()->text(), QStringLiteral("48.0 dB"));

    // Double-click: the default.
    QTest::mouseDClick(gain, Qt::LeftButton, {}, gain->knobRect().center());
    QCOMPARE(gainDb(), 0.0);

    // The wheel: a notch is a hundredth of the range from the value shown (0.96 dB, kept as
    // 1.0); a burst of notches is one undo step.
    const int steps = undo->index();
    for (int notch = 0; notch < 3; ++notch) {
        QWheelEvent wheel(QPointF(gain->knobRect().center()),
                          QPointF(gain->mapToGlobal(gain->knobRect().center())), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(gain, &wheel);
    }
    QCOMPARE(gainDb(), 3.0);
    QCOMPARE(undo->index(), steps + 1);
    // The arrow keys turn it too.
    gain->setFocus();
    QTest::keyClick(gain, Qt::Key_Down);
    QCOMPARE(gainDb(), 2.0);

    // An undo while the field has focus is not undone by leaving the field.
    gain->entry()->setFocus();
    QTRY_VERIFY(gain->entry()->hasFocus());
    undo->undo();
    QCOMPARE(gainDb(), 3.0);
    QCOMPARE(gain->entry()->text(), QStringLiteral("3.0 dB"));
    gain->setFocus();
    QTRY_VERIFY(!gain->entry()->hasFocus());
    QCOMPARE(gainDb(), 3.0);
}

void ChainEditorTest::logarithmicAndSwitchableKnobsReadWhatIsTyped() {
    ProjectDocument document;
    document.reset(gainProject(), {});
    CompressorPanel panel(&document, {ModuleAddress::kMaster, 1});
    const auto compressor = [&] {
        return std::get<CompressorSettings>(document.project().masterChain.modules[1].parameters);
    };
    const auto type = [](ParameterControl* control, const QString& text) {
        control->entry()->selectAll();
        QTest::keyClicks(control->entry(), text);
        QTest::keyClick(control->entry(), Qt::Key_Return);
    };
    ParameterControl* attack = panel.control(QStringLiteral("Attack"));
    ParameterControl* sidechain = panel.control(QStringLiteral("SC HPF"));
    ParameterControl* link = panel.control(QStringLiteral("Stereo link"));
    QVERIFY(attack && sidechain && link);
    QVERIFY(attack->spec().logarithmic);
    // Log mapping: the knob's middle is the geometric mean of its ends.
    QCOMPARE(attack->spec().valueAt(0.5), std::sqrt(attack->spec().minimum * attack->spec().maximum));
    type(attack, QStringLiteral("0.02"));  // below the range open at 0: its lowest step
    QCOMPARE(compressor().attackMs, attack->spec().minimum);
    type(attack, QStringLiteral("12.34 ms"));
    QCOMPARE(compressor().attackMs, 12.3);
    type(sidechain, QStringLiteral("1,5 kHz"));
    QCOMPARE(compressor().sidechainHighPassHz, 1500.0);
    QCOMPARE(sidechain->entry()->text(), QStringLiteral("1.50 kHz"));
    type(sidechain, QStringLiteral("off"));
    QCOMPARE(compressor().sidechainHighPassHz, 0.0);
    QCOMPARE(sidechain->entry()->text(), QStringLiteral("Off"));
    type(link, QStringLiteral("50 %"));
    QCOMPARE(compressor().stereoLink, 0.5);

    // The curve follows: -18 dB threshold, 2:1, 6 dB knee; 12 dB over is 6 dB of reduction.
    TransferCurveView* curve = panel.curve();
    QCOMPARE(curve->outputDb(-40.0), -40.0);
    QCOMPARE(curve->outputDb(-6.0), -12.0);
    type(panel.control(QStringLiteral("Makeup")), QStringLiteral("3"));
    QCOMPARE(curve->outputDb(-6.0), -9.0);
}

void ChainEditorTest::aCrossoverHandleDragMovesTheCrossoverAndUndoRestoresIt() {
    test::DemoSession session;
    QVERIFY(session.open());
    ChainEditor* editor = session.window.chainEditor();
    QTest::mouseClick(editor->moduleList()->viewport(), Qt::LeftButton, {},
                      rowCentre(editor->moduleList(), 1));
    addAction(editor, QStringLiteral("Multiband"))->trigger();
    auto* panel = qobject_cast<MultibandPanel*>(editor->panel());
    QVERIFY(panel);
    CrossoverView* view = panel->crossoverView();
    QTRY_VERIFY(view->isVisible() && view->width() > 200);
    const auto crossovers = [&] {
        return std::get<MultibandSettings>(master(session).modules[2].parameters).crossoversHz;
    };
    QUndoStack* undo = session.window.document()->undoStack();
    const int steps = undo->index();

    const int y = view->height() / 2;
    const QPoint handle(qRound(view->xForHz(1000.0)), y);
    drag(view, handle, QPoint(40, 0));
    const double moved = crossovers()[1];
    const double expected = view->hzAtX(view->xForHz(1000.0) + 40);
    QVERIFY2(std::abs(moved - expected) <= expected * 0.01, qPrintable(QString::number(moved)));
    QVERIFY(moved > 1000.0 && moved < 6000.0);
    QCOMPARE(crossovers()[0], 120.0);
    QCOMPARE(undo->index(), steps + 1);  // the whole drag, one step
    // It cannot pass its neighbour.
    drag(view, QPoint(qRound(view->xForHz(moved)), y), QPoint(view->width(), 0));
    QVERIFY(crossovers()[1] < crossovers()[2]);
    QCOMPARE(crossovers()[2], 6000.0);
    undo->undo();
    QCOMPARE(crossovers()[1], moved);
    undo->undo();
    QCOMPARE(crossovers(), (std::vector<double>{120.0, 1000.0, 6000.0}));
}

void ChainEditorTest::bandsAreAddedRemovedAndMeteredFromTheEngine() {
    ProjectDocument document;
    Project project;
    project.masterChain.modules.push_back({MultibandSettings{}, true});
    document.reset(project, {});
    MultibandPanel panel(&document, {ModuleAddress::kMaster, 0});
    panel.resize(700, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto settings = [&] {
        return std::get<MultibandSettings>(document.project().masterChain.modules[0].parameters);
    };

    // Band 2 selected by a click in its region; its ratio edited.
    QTest::mouseClick(panel.crossoverView(), Qt::LeftButton, {},
                      QPoint(qRound(panel.crossoverView()->xForHz(400.0)), 30));
    QCOMPARE(panel.selectedBand(), 1);
    ParameterControl* ratio = panel.control(QStringLiteral("Ratio"));
    ratio->entry()->selectAll();
    QTest::keyClicks(ratio->entry(), QStringLiteral("4"));
    QTest::keyClick(ratio->entry(), Qt::Key_Return);
    QCOMPARE(settings().bands[1].compressor.ratio, 4.0);
    QCOMPARE(settings().bands[0].compressor.ratio, 2.0);

    // Split band 2 at its centre (sqrt(120 * 1000) = 346 Hz): five bands, the new one a copy.
    QTest::mouseClick(panel.addCrossoverButton(), Qt::LeftButton);
    QCOMPARE(settings().crossoversHz, (std::vector<double>{120.0, 346.0, 1000.0, 6000.0}));
    QCOMPARE(settings().bands.size(), 5u);
    QCOMPARE(settings().bands[2].compressor.ratio, 4.0);
    QVERIFY(!panel.addCrossoverButton()->isEnabled());
    // Merge it back, then down to the two bands that are the least.
    QTest::mouseClick(panel.removeCrossoverButton(), Qt::LeftButton);
    QCOMPARE(settings().crossoversHz, (std::vector<double>{120.0, 1000.0, 6000.0}));
    QTest::mouseClick(panel.removeCrossoverButton(), Qt::LeftButton);
    QTest::mouseClick(panel.removeCrossoverButton(), Qt::LeftButton);
    QCOMPARE(settings().bands.size(), 2u);
    QVERIFY(!panel.removeCrossoverButton()->isEnabled());
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(settings().bands.size(), 4u);

    // Solo and bypass per band.
    QTest::mouseClick(panel.soloButton(3), Qt::LeftButton);
    QVERIFY(settings().bands[3].solo);
    QTest::mouseClick(panel.bypassButton(0), Qt::LeftButton);
    QVERIFY(settings().bands[0].bypass);

    // The engine's per-band reduction reaches each band's meter.
    QVERIFY(panel.isMetered());
    MeterFrame frame;
    frame.multibandGainReductionDb = {6.5f, 2.0f, 0.0f, 0.25f, 0.0f};
    panel.showMeterFrame(frame);
    QCOMPARE(panel.bandMeter(0)->reductionDb(), 6.5);
    QCOMPARE(panel.bandMeter(1)->reductionDb(), 2.0);
    QCOMPARE(panel.bandMeter(3)->reductionDb(), 0.25);
}

void ChainEditorTest::aPlatformPresetSetsTheLimiterCeilingAndShowsItsTarget() {
    test::DemoSession session;
    QVERIFY(session.open());
    ChainEditor* editor = session.window.chainEditor();
    QTest::mouseClick(editor->moduleList()->viewport(), Qt::LeftButton, {},
                      rowCentre(editor->moduleList(), 3));
    auto* limiter = qobject_cast<LimiterPanel*>(editor->panel());
    QVERIFY(limiter);
    QCOMPARE(limiter->targetChoice()->itemText(5), QStringLiteral("Amazon Music"));
    limiter->targetChoice()->setFocus();
    for (int step = 0; step < 5; ++step)
        QTest::keyClick(limiter->targetChoice(), Qt::Key_Down);
    QCOMPARE(std::get<LimiterSettings>(master(session).modules[3].parameters).ceilingDbtp, -2.0);
    QCOMPARE(limiter->control(QStringLiteral("Ceiling"))->entry()->text(), QStringLiteral("-2.0 dBTP"));
    QVERIFY2(limiter->targetText()->text().contains(QStringLiteral("-14.0 LUFS")),
             qPrintable(limiter->targetText()->text()));
    QTest::keyClick(limiter->targetChoice(), Qt::Key_Up);  // Tidal
    QCOMPARE(std::get<LimiterSettings>(master(session).modules[3].parameters).ceilingDbtp, -1.0);

    // The master limiter's reduction, now and in the history.
    QVERIFY(limiter->isMetered());
    MeterFrame frame;
    frame.gainReductionDb = 3.5f;
    frame.shortTermLufs = -11.0f;
    limiter->showMeterFrame(frame);
    QCOMPARE(limiter->reductionMeter()->reductionDb(), 3.5);
    QCOMPARE(limiter->history()->latest(), 3.5);
    QVERIFY2(limiter->targetText()->text().contains(QStringLiteral("3.0 LU")),
             qPrintable(limiter->targetText()->text()));
}

void ChainEditorTest::aMatchedBypassMakesUpTheModulesLevelOnTheMonitorOnly() {
    test::DemoSession session;
    QVERIFY(session.open());
    ChainEditor* editor = session.window.chainEditor();
    ModuleListView* list = editor->moduleList();
    // The limiter out of the way (not matched), a +4 dB gain after it.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, checkBoxOf(list, 3));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rowCentre(list, 3));
    addAction(editor, QStringLiteral("Gain"))->trigger();
    auto* gain = qobject_cast<GainPanel*>(editor->panel());
    QVERIFY(gain);
    gain->control(QStringLiteral("Gain"))->entry()->selectAll();
    QTest::keyClicks(gain->control(QStringLiteral("Gain"))->entry(), QStringLiteral("4"));
    QTest::keyClick(gain->control(QStringLiteral("Gain"))->entry(), Qt::Key_Return);
    const Project processed = session.project();

    QTest::mouseClick(editor->matchButton(), Qt::LeftButton);
    QVERIFY(editor->matcher()->isMatching());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, checkBoxOf(list, 4));
    QVERIFY(!master(session).modules[4].enabled);
    QTRY_VERIFY_WITH_TIMEOUT(editor->matcher()->trimDb().has_value(), 20000);
    QVERIFY2(std::abs(*editor->matcher()->trimDb() - 4.0) < 0.01,
             qPrintable(QString::number(*editor->matcher()->trimDb())));
    QCOMPARE(session.window.playback()->monitorTrimDb(), *editor->matcher()->trimDb());
    QVERIFY(editor->matchStatus()->text().contains(QStringLiteral("4.0 dB")));
    // Monitor only: the project holds the bypass and nothing else.
    Project expected = processed;
    expected.masterChain.modules[4].enabled = false;
    QVERIFY(session.project() == expected);

    // Active again: no trim.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, checkBoxOf(list, 4));
    QVERIFY(!editor->matcher()->trimDb().has_value());
    QCOMPARE(session.window.playback()->monitorTrimDb(), 0.0);
    // Without matching, a bypass is a plain bypass.
    QTest::mouseClick(editor->matchButton(), Qt::LeftButton);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, checkBoxOf(list, 4));
    QTest::qWait(BypassMatcher::kSettleMs * 2);
    QVERIFY(!editor->matcher()->trimDb().has_value());
    QCOMPARE(session.window.playback()->monitorTrimDb(), 0.0);
}

QTEST_MAIN(ChainEditorTest)
#include "ChainEditorTest.moc"
