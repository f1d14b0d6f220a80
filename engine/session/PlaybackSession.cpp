#include "session/PlaybackSession.h"

#include "core/RtGuard.h"
#include "graph/GraphDescription.h"
#include "graph/GraphUpdate.h"
#include "playback/CaptureTap.h"
#include "playback/NullAudioDevice.h"
#include "playback/PortAudioDevice.h"

#include <cmath>
#include <limits>
#include <thread>

namespace lathe {

namespace {

// Gives a callback in flight time to finish before what it uses is taken away.
constexpr std::chrono::milliseconds kCallbackDrainTimeout{1000};

}  // namespace

PlaybackSession::PlaybackSession() = default;

PlaybackSession::~PlaybackSession() {
    stopDevice();
    if (m_engine)
        m_engine->setCapture(nullptr);
    if (m_capture) {
        try {
            m_capture->finish();
        } catch (...) {  // a destructor cannot report it; stopCapture() does
        }
    }
}

std::vector<AudioDeviceInfo> PlaybackSession::listDevices() { return PortAudioDevice::listDevices(); }

// ---- what plays ----

void PlaybackSession::openProject(const Project& project) {
    stopDevice();
    m_engine.reset();
    m_sentModules.clear();
    m_project = project;
    m_resumeSeconds = 0.0;
}

void PlaybackSession::openFile(const std::filesystem::path& file) { openProject(singleFileProject(file)); }

PlaybackSession::Update PlaybackSession::updateProject(const Project& project) {
    m_project = project;
    if (!m_engine)
        return Update::Parameters;  // nothing to update: the next engine is built from it
    GraphDescription next = describeProject(project, engineRate());
    const GraphDescription& current = m_engine->description();
    if (next.layout() != current.layout()) {
        rebuildEngine();
        return Update::Rebuild;
    }
    if (const auto update = GraphUpdate::between(m_planDescription, next)) {
        for (const ParameterChange& gain : update->gains)
            send(gain);
        for (const GraphUpdate::ModuleChange& change : update->modules) {
            auto settings = std::make_unique<Module>(change.settings);
            ParameterChange message{ParameterChange::Target::ModuleSettings, change.chain, 0.0, change.processor,
                                    settings.get()};
            if (send(message))
                m_sentModules.emplace_back(m_engine->parameters().pushed(), std::move(settings));
        }
        m_planDescription = std::move(next);
        releaseAppliedModules();
        return Update::Parameters;
    }
    m_engine->plans().publish(std::make_unique<CompiledPlan>(next, PlaybackEngine::kDefaultMaxBlockFrames));
    m_planDescription = std::move(next);
    return Update::Plan;
}

std::uint64_t PlaybackSession::parameterChangesSent() const noexcept {
    return m_engine ? m_engine->parameters().pushed() : 0;
}

std::uint64_t PlaybackSession::parameterChangesApplied() const noexcept {
    return m_engine ? m_engine->parameters().applied() : 0;
}

void PlaybackSession::releaseAppliedModules() {
    const std::uint64_t applied = m_engine ? m_engine->parameters().applied() : UINT64_MAX;
    while (!m_sentModules.empty() && m_sentModules.front().first <= applied)
        m_sentModules.pop_front();
}

// ---- where it plays ----

std::unique_ptr<AudioDevice> PlaybackSession::openDevice(const DeviceChoice& choice, double sampleRate) {
    const auto nullDevice = [&] {
        return std::make_unique<NullAudioDevice>(sampleRate, choice.bufferFrames ? choice.bufferFrames : kNullDeviceBufferFrames);
    };
    if (choice.name == kNullDeviceName)
        return nullDevice();
    if (!choice.name.empty())
        return std::make_unique<PortAudioDevice>(choice.name, sampleRate, choice.bufferFrames);
    try {
        return std::make_unique<PortAudioDevice>("", sampleRate, choice.bufferFrames);
    } catch (const std::exception& error) {
        m_notice = std::string("no default audio device (") + error.what() + "): playing on the null device";
        return nullDevice();
    }
}

void PlaybackSession::selectDevice(const DeviceChoice& choice) {
    const bool wasRunning = m_deviceRunning;
    stopDevice();
    m_device.reset();
    m_choice = choice;
    m_device = openDevice(choice, requestedRate());
    if (m_engine && m_engine->sampleRate() != engineRate())
        rebuildEngine();
    if (wasRunning)
        startDevice();
}

void PlaybackSession::ensureDevice() {
    if (!m_device)
        m_device = openDevice(m_choice, requestedRate());
}

std::string PlaybackSession::deviceName() const { return m_device ? m_device->name() : std::string(); }
double PlaybackSession::sampleRate() const noexcept { return m_device ? m_device->sampleRate() : 0.0; }
std::size_t PlaybackSession::bufferFrames() const noexcept { return m_device ? m_device->bufferFrames() : 0; }

double PlaybackSession::requestedRate() const {
    return m_choice.sampleRate > 0.0 ? m_choice.sampleRate : m_project.album.sampleRate;
}

int PlaybackSession::engineRate() const {
    return static_cast<int>(std::lround(m_device ? m_device->sampleRate() : requestedRate()));
}

void PlaybackSession::rebuildEngine() {
    const bool wasRunning = m_deviceRunning;
    const bool wasPlaying = isPlaying();
    const double position = m_engine ? positionSeconds() : m_resumeSeconds;
    stopDevice();
    m_planDescription = describeProject(m_project, engineRate());
    m_engine.reset();
    m_sentModules.clear();  // the engine that could read them is gone
    m_engine = std::make_unique<PlaybackEngine>(
        std::make_unique<CompiledPlan>(m_planDescription, PlaybackEngine::kDefaultMaxBlockFrames));
    const auto frame = static_cast<std::int64_t>(std::llround(position * engineRate()));
    if (!m_engine->prime(frame, kPrimeTimeout))
        m_notice = "the sources could not be read ahead in time; playback may start with silence";
    send({ParameterChange::Target::Listen, 0, static_cast<double>(m_listen)});
    send({ParameterChange::Target::Dim, 0, m_dim ? 1.0 : 0.0});
    send({ParameterChange::Target::Mono, 0, m_mono ? 1.0 : 0.0});
    if (m_fixedMatchDb)
        send({ParameterChange::Target::MixMatchDb, 0, *m_fixedMatchDb});
    send({ParameterChange::Target::MonitorTrimDb, 0, m_monitorTrimDb});
    m_engine->setCapture(m_capture.get());
    if (wasPlaying)
        m_engine->transport().play();
    if (wasRunning)
        startDevice();
}

void PlaybackSession::startDevice() {
    if (m_deviceRunning || !m_device || !m_engine)
        return;
    m_allocationsAtStart = RtGuard::allocationsInCallback();
    m_locksAtStart = RtGuard::locksInCallback();
    m_device->start(*m_engine);
    m_deviceRunning = true;
}

void PlaybackSession::stopDevice() {
    if (!m_deviceRunning)
        return;
    m_device->stop();
    m_deviceRunning = false;
}

// ---- transport ----

void PlaybackSession::play() {
    ensureDevice();
    if (!m_engine || m_engine->sampleRate() != engineRate())
        rebuildEngine();
    m_engine->transport().play();
    startDevice();
}

void PlaybackSession::pause() {
    if (m_engine)
        m_engine->transport().pause();
}

void PlaybackSession::stop() {
    if (m_engine && m_deviceRunning)
        m_engine->transport().stop();
    else
        seek(0.0);
}

void PlaybackSession::seek(double seconds) {
    seconds = std::max(0.0, seconds);
    if (m_engine && m_deviceRunning) {
        m_engine->transport().seek(std::llround(seconds * engineRate()));
        return;
    }
    m_engine.reset();  // rebuilt, primed at the new place, by the next play()
    m_sentModules.clear();
    m_resumeSeconds = seconds;
}

void PlaybackSession::setLoop(double startSeconds, double endSeconds) {
    ensureDevice();
    if (!m_engine)
        rebuildEngine();
    m_engine->transport().setLoop(std::llround(startSeconds * engineRate()), std::llround(endSeconds * engineRate()));
}

void PlaybackSession::clearLoop() {
    if (m_engine)
        m_engine->transport().clearLoop();
}

bool PlaybackSession::isPlaying() const noexcept { return m_engine && m_engine->transport().playing(); }

double PlaybackSession::positionSeconds() const noexcept {
    if (!m_engine)
        return m_resumeSeconds;
    return static_cast<double>(m_engine->transport().position()) / m_engine->sampleRate();
}

double PlaybackSession::lengthSeconds() const noexcept {
    if (m_engine)
        return static_cast<double>(m_engine->description().lengthFrames) / m_engine->sampleRate();
    try {
        const GraphDescription description = describeProject(m_project);
        return static_cast<double>(description.lengthFrames) / description.sampleRate;
    } catch (...) {
        return 0.0;
    }
}

// ---- monitor ----

bool PlaybackSession::send(const ParameterChange& change) {
    if (!m_engine)
        return false;
    // A full queue means the audio thread is not running; it will read the queue when it
    // does, so wait for room only while the device runs.
    const auto deadline = std::chrono::steady_clock::now() + kCallbackDrainTimeout;
    while (!m_engine->parameters().push(change)) {
        if (!m_deviceRunning || std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

void PlaybackSession::setListen(Monitor::Source source) {
    m_listen = source;
    send({ParameterChange::Target::Listen, 0, static_cast<double>(source)});
}

void PlaybackSession::setDim(bool dim) {
    m_dim = dim;
    send({ParameterChange::Target::Dim, 0, dim ? 1.0 : 0.0});
}

void PlaybackSession::setMono(bool mono) {
    m_mono = mono;
    send({ParameterChange::Target::Mono, 0, mono ? 1.0 : 0.0});
}

void PlaybackSession::setMixMatchDb(std::optional<double> db) {
    m_fixedMatchDb = db;
    send({ParameterChange::Target::MixMatchDb, 0, db.value_or(std::numeric_limits<double>::quiet_NaN())});
}

double PlaybackSession::mixMatchDb() const noexcept { return m_engine ? m_engine->monitorMatchDb() : 0.0; }

void PlaybackSession::setMonitorTrimDb(double db) {
    m_monitorTrimDb = db;
    send({ParameterChange::Target::MonitorTrimDb, 0, db});
}

void PlaybackSession::setTrackGainDb(std::size_t track, double gainDb) {
    if (track >= m_project.tracks.size())
        return;
    Project edited = m_project;
    edited.tracks[track].gainDb = gainDb;
    updateProject(edited);
}

// ---- meters ----

bool PlaybackSession::readMeter(MeterFrame& frame) { return m_engine && m_engine->meters().popMeter(frame); }

bool PlaybackSession::readSpectrum(SpectrumFrame& frame) {
    return m_engine && m_engine->meters().popSpectrum(frame);
}

// ---- capture ----

void PlaybackSession::startCapture(const std::filesystem::path& file) {
    stopCapture();
    ensureDevice();
    if (!m_engine)
        rebuildEngine();
    m_capture = std::make_unique<CaptureTap>(file, engineRate());
    m_engine->setCapture(m_capture.get());
}

void PlaybackSession::stopCapture() {
    if (!m_capture)
        return;
    if (m_engine) {
        m_engine->setCapture(nullptr);
        // Let a callback that may still hold the tap return.
        const std::uint64_t seen = m_engine->stats().callbacks;
        const auto deadline = std::chrono::steady_clock::now() + kCallbackDrainTimeout;
        while (m_deviceRunning && m_engine->stats().callbacks < seen + 2 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const std::unique_ptr<CaptureTap> capture = std::move(m_capture);
    capture->finish();
}

// ---- housekeeping ----

void PlaybackSession::poll() {
    if (m_engine) {
        m_engine->plans().collectGarbage();
        releaseAppliedModules();
        if (const std::string error = m_engine->streamer().error(); !error.empty() && !m_notice)
            m_notice = error;
    }
    if (!m_deviceRunning || !m_device->failed())
        return;
    const std::string failure = m_device->failure();
    stopDevice();
    const double rate = m_device->sampleRate();
    const std::size_t buffer = m_device->bufferFrames() ? m_device->bufferFrames() : kNullDeviceBufferFrames;
    m_failedDevices.push_back(std::move(m_device));  // its dead stream may still point at it
    m_device = std::make_unique<NullAudioDevice>(rate, buffer);
    m_notice = failure + ": continuing on the null device";
    startDevice();
}

std::optional<std::string> PlaybackSession::takeNotice() { return std::exchange(m_notice, std::nullopt); }

PlaybackStats PlaybackSession::stats() const { return m_engine ? m_engine->stats() : PlaybackStats{}; }

std::uint64_t PlaybackSession::xruns() const noexcept { return m_device ? m_device->xruns() : 0; }

std::size_t PlaybackSession::locksInCallback() const noexcept {
    return RtGuard::locksInCallback() - m_locksAtStart;
}

std::size_t PlaybackSession::allocationsInCallback() const noexcept {
    return RtGuard::allocationsInCallback() - m_allocationsAtStart;
}

}  // namespace lathe
