#include "PlaybackController.h"

#include "ProjectDocument.h"

#include "core/Error.h"
#include "session/PlaybackSession.h"

#include <algorithm>
#include <cstdlib>

namespace lathe::ui {
namespace {

// LATHE_AUDIO_DEVICE picks the output ("null" for none, a PortAudio name, or empty for
// the system default, falling back to the null device when there is no sound card).
PlaybackSession::DeviceChoice deviceFromEnvironment() {
    PlaybackSession::DeviceChoice choice;
    if (const char* name = std::getenv("LATHE_AUDIO_DEVICE"))
        choice.name = name;
    return choice;
}

Monitor::Source engineSource(MonitorSource source) {
    switch (source) {
    case MonitorSource::Mix: return Monitor::Source::A;
    case MonitorSource::Master: return Monitor::Source::B;
    case MonitorSource::Delta: return Monitor::Source::Delta;
    }
    return Monitor::Source::B;
}

}  // namespace

PlaybackController::PlaybackController(ProjectDocument* document, Transport* transport, QObject* parent)
    : QObject(parent), m_document(document), m_transport(transport), m_session(std::make_unique<PlaybackSession>()) {
    try {
        m_session->selectDevice(deviceFromEnvironment());
    } catch (const Error& error) {
        emit notice(QString::fromStdString(error.what()));
        m_session->selectDevice({PlaybackSession::kNullDeviceName, 0});
    }
    connect(document, &ProjectDocument::opened, this, [this] { m_reopen = true; });
    connect(document, &ProjectDocument::changed, this, &PlaybackController::projectChanged);
    connect(transport, &Transport::playingChanged, this, [this](bool playing) {
        if (!m_ready)
            return;
        playing ? m_session->play() : m_session->pause();
        m_sinceTick.restart();
    });
    connect(transport, &Transport::seekRequested, this, [this](double seconds) {
        if (m_ready)
            m_session->seek(seconds);
    });
    connect(transport, &Transport::loopChanged, this, &PlaybackController::applyLoop);
    connect(transport, &Transport::monitorChanged, this, [this](MonitorSource source) {
        if (m_ready)
            m_session->setListen(engineSource(source));
    });
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(kEditSettleMs);
    connect(&m_editTimer, &QTimer::timeout, this, &PlaybackController::sendProject);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kFrameIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::tick);
    m_timer.start();
    m_sinceTick.start();
}

PlaybackController::~PlaybackController() {
    m_timer.stop();
    if (m_ready)
        m_session->stop();
}

QString PlaybackController::deviceName() const { return QString::fromStdString(m_session->deviceName()); }
double PlaybackController::sampleRate() const { return m_session->sampleRate(); }

void PlaybackController::setMonitorTrimDb(double db) { m_session->setMonitorTrimDb(db); }
double PlaybackController::monitorTrimDb() const { return m_session->monitorTrimDb(); }

void PlaybackController::projectChanged() {
    if (m_reopen || !m_ready) {
        m_editTimer.stop();
        sendProject();
    } else {
        m_editTimer.start();
    }
}

void PlaybackController::sendProject() {
    const Project& project = m_document->project();
    try {
        if (m_reopen || !m_ready) {
            m_reopen = false;
            m_session->openProject(project);
            m_session->setListen(engineSource(m_transport->monitor()));
            m_session->seek(m_transport->position());
            applyLoop();
        } else {
            m_session->updateProject(project);
        }
        m_ready = !project.tracks.empty();
    } catch (const Error& error) {
        m_ready = false;
        emit notice(tr("Playback unavailable: %1").arg(QString::fromStdString(error.what())));
    }
    m_transport->setCanPlay(m_ready);
}

void PlaybackController::applyLoop() {
    if (!m_ready)
        return;
    if (m_transport->isLooping() && m_transport->hasLoopRange())
        m_session->setLoop(m_transport->loopStart(), m_transport->loopEnd());
    else
        m_session->clearLoop();
}

void PlaybackController::tick() {
    const double sinceLast = static_cast<double>(m_sinceTick.nsecsElapsed()) / 1e6;
    m_sinceTick.restart();
    if (!m_ready)
        return;
    QElapsedTimer work;
    work.start();
    m_session->poll();
    if (auto text = m_session->takeNotice())
        emit notice(QString::fromStdString(*text));
    const bool playing = m_session->isPlaying();
    if (playing || m_transport->isPlaying()) {
        m_longestStallMs = std::max(m_longestStallMs, sinceLast);
        ++m_playingTicks;
        m_transport->advanceTo(m_session->positionSeconds());
        if (!playing)
            m_transport->pause();  // the album ended
    }
    drainMeters();
    m_longestTickMs = std::max(m_longestTickMs, static_cast<double>(work.nsecsElapsed()) / 1e6);
}

void PlaybackController::drainMeters() {
    MeterFrame merged;
    MeterFrame frame;
    bool any = false;
    while (m_session->readMeter(frame)) {
        if (any)
            for (std::size_t ch = 0; ch < frame.samplePeakDb.size(); ++ch) {
                frame.samplePeakDb[ch] = std::max(frame.samplePeakDb[ch], merged.samplePeakDb[ch]);
                frame.truePeakDb[ch] = std::max(frame.truePeakDb[ch], merged.truePeakDb[ch]);
            }
        merged = frame;
        any = true;
    }
    if (any)
        emit meterFrame(merged);
    SpectrumFrame spectrum;
    bool anySpectrum = false;
    while (m_session->readSpectrum(spectrum))
        anySpectrum = true;
    if (anySpectrum)
        emit spectrumFrame(spectrum, m_transport->monitor());
}

}  // namespace lathe::ui
