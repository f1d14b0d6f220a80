#include "playback/PortAudioDevice.h"

#include "core/Error.h"

#include <portaudio.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <mutex>

namespace lathe {

namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

int paCallback(const void* input, void* output, unsigned long frames, const PaStreamCallbackTimeInfo*,
               PaStreamCallbackFlags statusFlags, void* user) {
    return static_cast<PortAudioDevice*>(user)->onBuffer(input, output, frames, statusFlags);
}

}  // namespace

// Pa_Initialize/Pa_Terminate, shared by every user alive at once.
struct PortAudioDevice::Library {
    // A stream whose host died (a JACK server gone) cannot be closed: PortAudio's JACK
    // clean-up asserts on the dead client. Such a stream is abandoned, and PortAudio is
    // then never terminated (termination would close it).
    static inline std::atomic<bool> abandonedStream{false};

    Library() {
        setenv("JACK_NO_START_SERVER", "1", 0);
        if (const PaError error = Pa_Initialize(); error != paNoError)
            throw badInput("PortAudio", Pa_GetErrorText(error));
    }
    ~Library() {
        if (!abandonedStream.load())
            Pa_Terminate();
    }

    static std::shared_ptr<Library> acquire() {
        static std::mutex mutex;
        static std::weak_ptr<Library> shared;
        const std::lock_guard lock(mutex);
        auto library = shared.lock();
        if (!library) {
            library = std::make_shared<Library>();
            shared = library;
        }
        return library;
    }
};

std::vector<AudioDeviceInfo> PortAudioDevice::listDevices() {
    const auto library = Library::acquire();
    std::vector<AudioDeviceInfo> devices;
    const PaDeviceIndex defaultOutput = Pa_GetDefaultOutputDevice();
    for (PaDeviceIndex index = 0; index < Pa_GetDeviceCount(); ++index) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(index);
        if (info == nullptr || info->maxOutputChannels <= 0)
            continue;
        const PaHostApiInfo* host = Pa_GetHostApiInfo(info->hostApi);
        devices.push_back({info->name, host ? host->name : "", info->maxOutputChannels,
                           info->defaultSampleRate, index == defaultOutput});
    }
    return devices;
}

namespace {

PaDeviceIndex findDevice(const std::string& name) {
    if (name.empty())
        return Pa_GetDefaultOutputDevice();
    PaDeviceIndex partial = paNoDevice;
    const std::string wanted = lowered(name);
    for (PaDeviceIndex index = 0; index < Pa_GetDeviceCount(); ++index) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(index);
        if (info == nullptr || info->maxOutputChannels <= 0)
            continue;
        if (name == info->name)
            return index;
        const PaHostApiInfo* host = Pa_GetHostApiInfo(info->hostApi);
        const std::string full = lowered(std::string(host ? host->name : "") + " " + info->name);
        if (partial == paNoDevice && full.find(wanted) != std::string::npos)
            partial = index;
    }
    return partial;
}

}  // namespace

PortAudioDevice::PortAudioDevice(const std::string& name, double sampleRate, std::size_t bufferFrames)
    : m_library(Library::acquire()), m_bufferFrames(bufferFrames) {
    const PaDeviceIndex index = findDevice(name);
    if (index == paNoDevice)
        throw badInput("--device", name.empty() ? "there is no default output device" : "no output device matches '" + name + "'");
    const PaDeviceInfo* info = Pa_GetDeviceInfo(index);
    const PaHostApiInfo* host = Pa_GetHostApiInfo(info->hostApi);
    m_name = std::string(info->name) + " (" + (host ? host->name : "") + ")";
    PaStreamParameters output{};
    output.device = index;
    output.channelCount = static_cast<int>(kChannels);
    output.sampleFormat = paFloat32 | paNonInterleaved;
    output.suggestedLatency = info->defaultLowOutputLatency;
    m_sampleRate = Pa_IsFormatSupported(nullptr, &output, sampleRate) == paFormatIsSupported
                       ? sampleRate : info->defaultSampleRate;
    PaStream* stream = nullptr;
    const PaError error = Pa_OpenStream(&stream, nullptr, &output, m_sampleRate, static_cast<unsigned long>(bufferFrames),
                                        paClipOff | paDitherOff, paCallback, this);
    if (error != paNoError)
        throw badInput(m_name, std::string("cannot open the device: ") + Pa_GetErrorText(error));
    m_stream = stream;
}

PortAudioDevice::~PortAudioDevice() {
    stop();
    if (m_stream && !m_abandoned)
        Pa_CloseStream(static_cast<PaStream*>(m_stream));
}

void PortAudioDevice::start(AudioCallback& callback) {
    stop();
    m_callback = &callback;
    m_lastCallbackNs.store(nowNs());
    if (const PaError error = Pa_StartStream(static_cast<PaStream*>(m_stream)); error != paNoError)
        throw badInput(m_name, std::string("cannot start the device: ") + Pa_GetErrorText(error));
    m_started.store(true);
}

void PortAudioDevice::stop() {
    if (m_started.load() && failed()) {
        m_abandoned = true;
        Library::abandonedStream.store(true);
    }
    if (!m_started.exchange(false) || m_abandoned)
        return;
    auto* stream = static_cast<PaStream*>(m_stream);
    if (Pa_IsStreamStopped(stream) == 0)
        Pa_StopStream(stream);
}

bool PortAudioDevice::failed() const noexcept {
    if (!m_started.load())
        return false;
    if (Pa_IsStreamActive(static_cast<PaStream*>(m_stream)) != 1)
        return true;
    return nowNs() - m_lastCallbackNs.load() > std::chrono::nanoseconds(kSilenceTimeout).count();
}

std::string PortAudioDevice::failure() const {
    return failed() ? m_name + ": the device stopped delivering buffers" : std::string();
}

int PortAudioDevice::onBuffer(const void*, void* output, unsigned long frames, unsigned long statusFlags) noexcept {
    m_lastCallbackNs.store(nowNs(), std::memory_order_relaxed);
    m_lastFrames.store(frames, std::memory_order_relaxed);
    if (statusFlags & (paOutputUnderflow | paOutputOverflow))
        m_xruns.fetch_add(1, std::memory_order_relaxed);
    m_callback->render(static_cast<float* const*>(output), kChannels, frames);
    return paContinue;
}

}  // namespace lathe
