// Renders the workstation window as the documentation shows it: the demo album open,
// played for a few seconds on the null device with A and then B monitored, so the
// meters, the loudness history and the master-over-mix spectrum hold real readings.
// Usage: lathe_ui_screenshot PROJECT CACHE_DIR OUT.png [SEEK_SECONDS [MASTER_MODULE]]
// MASTER_MODULE: the master chain's module shown in the chain editor (default: its first,
// the EQ, so the curve is drawn over the live spectra).
//
// With --export, the export dialog instead: each settings tab, then a real render into
// RELEASE_DIR and its summary (OUT_PREFIX-ddp.png, -wav.png, -mp3.png, -problems.png,
// -progress.png, -summary.png).
// Usage: lathe_ui_screenshot --export PROJECT RELEASE_DIR OUT_PREFIX
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "StudioTheme.h"
#include "Transport.h"
#include "WaveformStore.h"
#include "chain/ChainEditor.h"
#include "chain/ModuleAddress.h"
#include "eq/EqCurveView.h"
#include "eq/EqPanel.h"
#include "export/ExportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QTimer>
#include <iostream>

namespace {

void runFor(int milliseconds) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool grabTo(QWidget& widget, const QString& file) {
    runFor(200);
    if (!widget.grab().save(file))
        return false;
    std::cout << "wrote " << file.toStdString() << "\n";
    return true;
}

int exportScreenshots(const QStringList& arguments) {
    if (arguments.size() < 5) {
        std::cerr << "usage: lathe_ui_screenshot --export PROJECT RELEASE_DIR OUT_PREFIX\n";
        return 2;
    }
    lathe::ui::ProjectDocument document;
    document.open(arguments[2].toStdString());
    lathe::ui::ExportDialog dialog(&document);
    dialog.setOutputFolder(arguments[3].toStdString());
    dialog.show();
    const QString prefix = arguments[4];
    const QStringList tabs = {QStringLiteral("ddp"), QStringLiteral("wav"), QStringLiteral("mp3")};
    for (int tab = 0; tab < tabs.size(); ++tab) {
        dialog.tabs()->setCurrentIndex(tab);
        if (!grabTo(dialog, prefix + QLatin1Char('-') + tabs[tab] + QStringLiteral(".png")))
            return 1;
    }
    dialog.tabs()->setCurrentIndex(0);
    // The live check with two problems: an ISRC a digit short, a track under 4 s.
    document.edit(QStringLiteral("screenshot"), [](lathe::Project& project) {
        project.tracks.at(1).isrc = "DEZZZ260002";
        project.tracks.at(2).trimEndSeconds = 3.0;
    });
    if (!grabTo(dialog, prefix + QStringLiteral("-problems.png")))
        return 1;
    document.undoStack()->undo();
    dialog.exportButton()->click();
    runFor(3000);
    if (!grabTo(dialog, prefix + QStringLiteral("-progress.png")))
        return 1;
    while (dialog.isRendering())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return grabTo(dialog, prefix + QStringLiteral("-summary.png")) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("LATHE_AUDIO_DEVICE", "null");
    QApplication application(argc, argv);
    lathe::ui::applyStudioTheme(application);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1 && arguments[1] == QLatin1String("--export"))
        return exportScreenshots(arguments);
    if (arguments.size() < 4) {
        std::cerr << "usage: lathe_ui_screenshot PROJECT CACHE_DIR OUT.png [SEEK_SECONDS]\n";
        return 2;
    }
    lathe::ui::MainWindow window(nullptr, arguments[2].toStdString());
    window.resize(1600, 1000);
    window.show();
    if (!window.openProject(arguments[1].toStdString()))
        return 1;
    while (window.waveforms()->isPending())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    runFor(1500);  // the loudness scan
    window.chainEditor()->editChain(lathe::ui::ModuleAddress::kMaster);
    window.chainEditor()->selectModule(arguments.size() > 5 ? arguments[5].toInt() : 0);
    // A master EQ moves a dB or two: shown at ±6 dB, its second band selected.
    if (auto* eq = qobject_cast<lathe::ui::EqPanel*>(window.chainEditor()->panel())) {
        eq->rangeBox()->setCurrentIndex(eq->rangeBox()->findData(6.0));
        eq->curveView()->setSelectedBand(1);
    }
    lathe::ui::Transport* transport = window.transport();
    transport->seek(arguments.size() > 4 ? arguments[4].toDouble() : 0.0);
    transport->setMonitor(lathe::ui::MonitorSource::Mix);
    transport->play();
    runFor(1500);
    transport->setMonitor(lathe::ui::MonitorSource::Master);
    runFor(2500);
    transport->pause();
    runFor(100);
    if (!window.grab().save(arguments[3]))
        return 1;
    std::cout << "wrote " << arguments[3].toStdString() << "\n";
    return 0;
}
