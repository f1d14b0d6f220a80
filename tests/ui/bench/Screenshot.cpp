// Renders the workstation window as the documentation shows it: the demo album open,
// played for a few seconds on the null device with A and then B monitored, so the
// meters, the loudness history and the master-over-mix spectrum hold real readings.
// Usage: lathe_ui_screenshot PROJECT CACHE_DIR OUT.png [SEEK_SECONDS]
#include "MainWindow.h"
#include "StudioTheme.h"
#include "Transport.h"
#include "WaveformStore.h"

#include <QApplication>
#include <QTimer>
#include <iostream>

namespace {

void runFor(int milliseconds) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("LATHE_AUDIO_DEVICE", "null");
    QApplication application(argc, argv);
    lathe::ui::applyStudioTheme(application);
    const QStringList arguments = QApplication::arguments();
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
