#include "PlaybackController.h"

#include "ProjectDocument.h"
#include "preferences/Preferences.h"

#include "core/Error.h"
#include "session/PlaybackSession.h"

#include <algorithm>
#include <cstdlib>

namespace lathe::ui {
namespace {

// Preferences choose the output; LATHE_AUDIO_DEVICE, when set, overrides the device
// ("null" for none, a PortAudio name, or empty for the system default) for scripts and
// tests.
PlaybackSession::DeviceChoice deviceChoice(const Preferences& preferences) {
    PlaybackSession::DeviceChoice choice{preferences.deviceName.toStdString(),
                                         static_cast<std::size_t>(std::max(0, preferences.bufferFrames)),
                                         static_cast<double>(std::max(0, preferences.sampleRate))};
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
    selectOutput(Preferences::load());
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
    m_editTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_editTimer, &QTimer::timeout, this, &PlaybackController::sendPendingEdit);
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

void PlaybackController::selectOutput(const Preferences& preferences) {
    PlaybackSession::DeviceChoice choice = deviceChoice(preferences);
    try {
        m_session->selectDevice(choice);
    } catch (const Error& error) {
        emit notice(tr("%1: playing on the null device").arg(QString::fromStdString(error.what())));
        choice.name = PlaybackSession::kNullDeviceName;
        m_session->selectDevice(choice);
    }
}

std::size_t PlaybackController::bufferFrames() const { return m_session->bufferFrames(); }

QString PlaybackController::deviceName() const { return QString::fromStdString(m_session->deviceName()); }
double PlaybackController::sampleRate() const { return m_session->sampleRate(); }
const Project& PlaybackController::engineProject() const { return m_session->project(); }
std::uint64_t PlaybackController::parameterChangesSent() const { return m_session->parameterChangesSent(); }
std::uint64_t PlaybackController::parameterChangesApplied() const { return m_session->parameterChangesApplied(); }

void PlaybackController::setMonitorTrimDb(double db) { m_session->setMonitorTrimDb(db); }
double PlaybackController::monitorTrimDb() const { return m_session->monitorTrimDb(); }

void PlaybackController::projectChanged() {
    if (m_reopen || !m_ready) {
        m_editTimer.stop();
        m_editPending = false;
        sendProject();
        return;
    }
    // Throttled, not debounced: the first edit of a gesture goes now, the rest when the
    // interval that its predecessor started has passed.
    m_editPending = true;
    if (!m_editTimer.isActive())
        sendPendingEdit();
}

void PlaybackController::sendPendingEdit() {
    if (!m_editPending)
        return;
    m_editPending = false;
    const bool parametersOnly = sendProject();
    m_structuralEdits += parametersOnly ? 0 : 1;
    m_editTimer.start(parametersOnly ? kFrameIntervalMs : kPlanIntervalMs);
}

bool PlaybackController::sendProject() {
    const Project& project = m_document->project();
    bool parametersOnly = false;
    try {
        if (m_reopen || !m_ready) {
            m_reopen = false;
            m_session->openProject(project);
            m_session->setListen(engineSource(m_transport->monitor()));
            m_session->seek(m_transport->position());
            applyLoop();
        } else {
            parametersOnly = m_session->updateProject(project) == PlaybackSession::Update::Parameters;
        }
        m_ready = !project.tracks.empty();
    } catch (const Error& error) {
        m_ready = false;
        emit notice(tr("Playback unavailable: %1").arg(QString::fromStdString(error.what())));
    }
    m_transport->setCanPlay(m_ready);
    return parametersOnly;
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
        emit spectrumFrame(spectrum);
}

}  // namespace lathe::ui
