#pragma once

#include "Transport.h"

#include "playback/MeterFrames.h"
#include "project/Project.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace lathe {
class PlaybackSession;
}

namespace lathe::ui {

class ProjectDocument;
struct Preferences;

// Connects the window to engine/session's PlaybackSession: the transport's requests
// become session calls, edits of the project reach the engine, and a 60 Hz timer on
// the UI thread polls the play head, meters and spectrum. Nothing here waits for the
// audio thread: the session's reads are lock-free and return at once.
class PlaybackController : public QObject {
    Q_OBJECT
public:
    static constexpr int kFrameIntervalMs = 16;
    // Edits during a drag arrive at mouse rate. The first goes to the engine at once and
    // later ones at most once a frame, so the sound follows the hand; after an edit that
    // compiled a plan (on the UI thread) the next waits this long, so a drag never
    // compiles dozens of them.
    static constexpr int kPlanIntervalMs = 250;

    PlaybackController(ProjectDocument* document, Transport* transport, QObject* parent = nullptr);
    ~PlaybackController() override;

    bool isReady() const { return m_ready; }
    // Opens the output the preferences name (the null device when it cannot be opened,
    // said through notice()); playback continues where it was.
    void selectOutput(const Preferences& preferences);
    std::size_t bufferFrames() const;
    QString deviceName() const;
    double sampleRate() const;
    // What the engine was last sent, and its parameter messages sent and applied by the
    // audio thread (for tests and diagnostics).
    const Project& engineProject() const;
    std::uint64_t parameterChangesSent() const;
    std::uint64_t parameterChangesApplied() const;
    // Edits that compiled a plan or rebuilt the engine, since construction.
    qint64 structuralEdits() const { return m_structuralEdits; }
    // The longest gap between two frame ticks while playing (a UI-thread stall shows
    // here), and the longest time one tick took itself.
    double longestStallMs() const { return m_longestStallMs; }
    double longestTickMs() const { return m_longestTickMs; }
    qint64 playingTicks() const { return m_playingTicks; }
    // A monitor-only gain on the master (the level-matched bypass); never rendered.
    void setMonitorTrimDb(double db);
    double monitorTrimDb() const;

signals:
    // Peaks merged over every frame since the last tick; loudness of the newest.
    void meterFrame(const lathe::MeterFrame& frame);
    // The mix's and the master's spectra, whichever is heard.
    void spectrumFrame(const lathe::SpectrumFrame& frame);
    void notice(const QString& text);

private:
    void projectChanged();
    void sendPendingEdit();
    // Sends the document's project; false when that compiled a plan or rebuilt the engine.
    bool sendProject();
    void applyLoop();
    void tick();
    void drainMeters();

    ProjectDocument* m_document;
    Transport* m_transport;
    std::unique_ptr<PlaybackSession> m_session;
    QTimer m_timer;
    QTimer m_editTimer;
    QElapsedTimer m_sinceTick;
    bool m_editPending = false;
    bool m_reopen = true;
    bool m_ready = false;
    double m_longestStallMs = 0.0;
    double m_longestTickMs = 0.0;
    qint64 m_playingTicks = 0;
    qint64 m_structuralEdits = 0;
};

}  // namespace lathe::ui
