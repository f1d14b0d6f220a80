#include "Transport.h"

#include <algorithm>

namespace lathe::ui {

Transport::Transport(QObject* parent) : QObject(parent) {}

void Transport::setCanPlay(bool canPlay) {
    if (canPlay == m_canPlay)
        return;
    m_canPlay = canPlay;
    if (!canPlay)
        pause();
    emit canPlayChanged(canPlay);
}

void Transport::seek(double seconds) {
    const double clamped = std::max(0.0, m_length > 0.0 ? std::min(seconds, m_length) : seconds);
    m_position = clamped;
    m_playStart = clamped;
    emit seekRequested(clamped);
    emit positionChanged(clamped);
}

void Transport::advanceTo(double seconds) {
    if (seconds == m_position)
        return;
    m_position = seconds;
    emit positionChanged(seconds);
}

void Transport::play() {
    if (m_playing || !m_canPlay)
        return;
    m_playStart = m_position;
    m_playing = true;
    emit playingChanged(true);
}

void Transport::pause() {
    if (!m_playing)
        return;
    m_playing = false;
    emit playingChanged(false);
}

void Transport::togglePlay() { m_playing ? pause() : play(); }

void Transport::stop() {
    pause();
    seek(m_playStart);
}

void Transport::setLooping(bool looping) {
    if (looping == m_looping)
        return;
    m_looping = looping;
    emit loopChanged();
}

void Transport::setLoopRange(double start, double end) {
    m_loopStart = std::max(0.0, std::min(start, end));
    m_loopEnd = std::max(start, end);
    emit loopChanged();
}

void Transport::setMonitor(MonitorSource source) {
    if (source == m_monitor)
        return;
    m_monitor = source;
    emit monitorChanged(source);
}

}  // namespace lathe::ui
