// Measures what a mastering engineer feels when opening an album and playing it:
// the time from opening the project to every waveform drawn (with the peak cache
// cold or warm), and the longest UI-thread stall while the album plays.
#include "AlbumTimelineView.h"
#include "MainWindow.h"
#include "PlaybackController.h"
#include "ProjectDocument.h"
#include "Transport.h"
#include "WaveformStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <iostream>

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 3) {
        std::cerr << "usage: lathe_ui_bench PROJECT CACHE_DIR [PLAY_SECONDS]\n";
        return 2;
    }
    const double playSeconds = arguments.size() > 3 ? arguments[3].toDouble() : 0.0;
    lathe::ui::MainWindow window(nullptr, arguments[2].toStdString());
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();

    QElapsedTimer clock;
    clock.start();
    if (!window.openProject(arguments[1].toStdString()))
        return 1;
    while (window.waveforms()->isPending())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    window.timeline()->repaint();
    const auto tracks = window.document()->project().tracks.size();
    std::cout << "open to all waveforms drawn: " << clock.elapsed() << " ms (" << window.waveforms()->cacheHits()
              << " of " << tracks << " sources from the peak cache)\n";

    QElapsedTimer paint;
    paint.start();
    window.timeline()->zoomBy(64.0, 600.0);
    window.timeline()->repaint();
    const auto zoomedIn = paint.nsecsElapsed();
    paint.restart();
    window.timeline()->zoomToFit();
    window.timeline()->repaint();
    std::cout << "timeline repaint: zoomed in " << zoomedIn / 1000 << " us, whole album "
              << paint.nsecsElapsed() / 1000 << " us\n";

    if (playSeconds > 0.0 && window.transport()->canPlay()) {
        window.transport()->play();
        QTimer::singleShot(static_cast<int>(playSeconds * 1000), &application, &QApplication::quit);
        QApplication::exec();
        const lathe::ui::PlaybackController* playback = window.playback();
        std::cout << "played " << playSeconds << " s on " << playback->deviceName().toStdString() << ": "
                  << playback->playingTicks() << " frame ticks, longest gap between ticks "
                  << playback->longestStallMs() << " ms, longest tick " << playback->longestTickMs()
                  << " ms, play head at " << window.transport()->position() << " s\n";
    }
    return 0;
}
