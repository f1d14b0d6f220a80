#pragma once

#include "playback/AudioDevice.h"

#include <atomic>
#include <thread>
#include <vector>

namespace lathe {

// A silent device that keeps real time without hardware: its thread calls the callback
// once per buffer period on the steady clock (deadlines accumulate, so the callback
// count follows elapsed time, not the callback's own duration), and discards the audio.
// A period that starts later than one whole period behind its deadline counts as an xrun.
// The thread asks for real-time (SCHED_FIFO) scheduling and runs without it when refused.
class NullAudioDevice final : public AudioDevice {
public:
    static constexpr std::size_t kChannels = 2;
    static constexpr int kRealtimePriorityAboveMin = 10;

    NullAudioDevice(double sampleRate, std::size_t bufferFrames);
    ~NullAudioDevice() override;

    std::string name() const override { return "null"; }
    double sampleRate() const noexcept override { return m_sampleRate; }
    std::size_t bufferFrames() const noexcept override { return m_bufferFrames; }
    std::size_t channels() const noexcept override { return kChannels; }

    void start(AudioCallback& callback) override;
    void stop() override;
    std::uint64_t xruns() const noexcept override { return m_xruns.load(); }
    std::uint64_t callbacks() const noexcept { return m_callbacks.load(); }

private:
    void run(AudioCallback& callback);

    double m_sampleRate;
    std::size_t m_bufferFrames;
    std::vector<float> m_samples;
    std::atomic<bool> m_running{false};
    std::atomic<std::uint64_t> m_xruns{0};
    std::atomic<std::uint64_t> m_callbacks{0};
    std::thread m_thread;
};

}  // namespace lathe
