#pragma once

#include "Transport.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;

namespace lathe::ui {

// Play/pause, stop, loop, the position as a clock and in CD frames, and the monitor
// switch: A (the mix, loudness-matched), B (the master), Δ (master minus mix). The
// source being heard is shown large and in its own colour so it is never in doubt.
// Shortcuts: Space, A, B, D, L — the actions are added to the window by the caller.
class TransportBar : public QWidget {
    Q_OBJECT
public:
    explicit TransportBar(Transport* transport, QWidget* parent = nullptr);

    QList<QAction*> shortcutActions() const;
    QAction* playAction() const { return m_play; }
    QAction* monitorAction(MonitorSource source) const;
    QLabel* hearingLabel() const { return m_hearing; }

    static QColor monitorColour(MonitorSource source);
    static QString monitorName(MonitorSource source);

private:
    void showPosition(double seconds);
    void showMonitor(MonitorSource source);
    void showPlaying(bool playing);

    Transport* m_transport;
    QAction* m_toStart;
    QAction* m_play;
    QAction* m_stop;
    QAction* m_loop;
    QActionGroup* m_monitorGroup;
    QList<QAction*> m_monitor;
    QLabel* m_clock;
    QLabel* m_cdFrames;
    QLabel* m_hearing;
};

}  // namespace lathe::ui
