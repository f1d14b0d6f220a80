#pragma once

#include <QObject>

namespace lathe::ui {

// What the monitor section sends to the speakers: A = the mix (loudness-matched),
// B = the master, delta = B − A (what the processing adds or removes).
enum class MonitorSource { Mix, Master, Delta };

// The transport state the views share: play head, loop region, monitor source. The
// audio itself comes from engine/session's PlaybackSession; until it is attached the
// transport still seeks, loops and switches (the views follow), but cannot roll.
class Transport : public QObject {
    Q_OBJECT
public:
    explicit Transport(QObject* parent = nullptr);

    double position() const { return m_position; }
    bool isPlaying() const { return m_playing; }
    bool canPlay() const { return m_canPlay; }
    bool isLooping() const { return m_looping; }
    double loopStart() const { return m_loopStart; }
    double loopEnd() const { return m_loopEnd; }
    bool hasLoopRange() const { return m_loopEnd > m_loopStart; }
    MonitorSource monitor() const { return m_monitor; }

    void setCanPlay(bool canPlay);
    void setLength(double seconds) { m_length = seconds; }

public slots:
    void seek(double seconds);
    void play();
    void pause();
    void togglePlay();
    // Stops and returns the play head to where playback started.
    void stop();
    void setLooping(bool looping);
    void setLoopRange(double start, double end);
    void setMonitor(lathe::ui::MonitorSource source);
    // Called by the playback driver while rolling (the engine's play head).
    void advanceTo(double seconds);

signals:
    void positionChanged(double seconds);
    void playingChanged(bool playing);
    void loopChanged();
    void monitorChanged(lathe::ui::MonitorSource source);
    void canPlayChanged(bool canPlay);
    // Requests for the audio side; only a seek the user made, never an advanceTo.
    void seekRequested(double seconds);

private:
    double m_position = 0.0;
    double m_playStart = 0.0;
    double m_length = 0.0;
    bool m_playing = false;
    bool m_canPlay = false;
    bool m_looping = false;
    double m_loopStart = 0.0;
    double m_loopEnd = 0.0;
    MonitorSource m_monitor = MonitorSource::Master;
};

}  // namespace lathe::ui
