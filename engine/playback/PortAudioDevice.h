#pragma once

#include "playback/AudioDevice.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace lathe {

// An output device through PortAudio (ALSA, JACK, PulseAudio through ALSA, ...), float
// planar. PortAudio is initialised while any PortAudioDevice or listing exists; a JACK
// server is never started on our behalf (JACK_NO_START_SERVER).
class PortAudioDevice final : public AudioDevice {
public:
    static constexpr std::size_t kChannels = 2;
    // No callback for this long while started means the device is gone.
    static constexpr std::chrono::milliseconds kSilenceTimeout{1000};

    // Every output device of every host API.
    static std::vector<AudioDeviceInfo> listDevices();

    // `name`: a device name exactly, else the first device whose "host API device name"
    // contains it (case-insensitive), so "jack" picks JACK's first output; empty: the
    // default output device. The device opens at `sampleRate` when it supports it, else
    // at its own default rate (sampleRate() says which). Throws a BadInput Error when no
    // device matches or it cannot be opened.
    PortAudioDevice(const std::string& name, double sampleRate, std::size_t bufferFrames);
    ~PortAudioDevice() override;

    std::string name() const override { return m_name; }
    double sampleRate() const noexcept override { return m_sampleRate; }
    // The requested size, or (0 requested: the host's choice) the last callback's.
    std::size_t bufferFrames() const noexcept override {
        return m_bufferFrames ? m_bufferFrames : m_lastFrames.load(std::memory_order_relaxed);
    }
    std::size_t channels() const noexcept override { return kChannels; }

    void start(AudioCallback& callback) override;
    void stop() override;
    std::uint64_t xruns() const noexcept override { return m_xruns.load(); }
    bool failed() const noexcept override;
    std::string failure() const override;

    // PortAudio's C callback.
    int onBuffer(const void* input, void* output, unsigned long frames, unsigned long statusFlags) noexcept;

private:
    struct Library;
    std::shared_ptr<Library> m_library;
    void* m_stream = nullptr;
    std::string m_name;
    double m_sampleRate = 0.0;
    std::size_t m_bufferFrames = 0;
    AudioCallback* m_callback = nullptr;
    std::atomic<bool> m_started{false};
    bool m_abandoned = false;  // its host died: never touched again
    std::atomic<std::uint64_t> m_xruns{0};
    std::atomic<std::int64_t> m_lastCallbackNs{0};
    std::atomic<std::size_t> m_lastFrames{0};
};

}  // namespace lathe
