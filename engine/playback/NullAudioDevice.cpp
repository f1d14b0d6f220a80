#include "playback/NullAudioDevice.h"

#include <chrono>

#include <pthread.h>
#include <sched.h>

namespace lathe {

NullAudioDevice::NullAudioDevice(double sampleRate, std::size_t bufferFrames)
    : m_sampleRate(sampleRate), m_bufferFrames(bufferFrames), m_samples(kChannels * bufferFrames) {}

NullAudioDevice::~NullAudioDevice() { stop(); }

void NullAudioDevice::start(AudioCallback& callback) {
    stop();
    m_running.store(true);
    m_thread = std::thread([this, &callback] { run(callback); });
}

void NullAudioDevice::stop() {
    m_running.store(false);
    if (m_thread.joinable())
        m_thread.join();
}

namespace {

// Like a real device's thread, the null device's asks for real-time scheduling, so it
// keeps time on a busy machine; without the privilege it runs at normal priority.
void requestRealtimeScheduling() {
    sched_param parameters{};
    parameters.sched_priority = sched_get_priority_min(SCHED_FIFO) + NullAudioDevice::kRealtimePriorityAboveMin;
    pthread_setschedparam(pthread_self(), SCHED_FIFO, &parameters);
}

}  // namespace

void NullAudioDevice::run(AudioCallback& callback) {
    requestRealtimeScheduling();
    using Clock = std::chrono::steady_clock;
    const std::chrono::duration<double> period(static_cast<double>(m_bufferFrames) / m_sampleRate);
    float* channels[kChannels] = {m_samples.data(), m_samples.data() + m_bufferFrames};
    const Clock::time_point begin = Clock::now();
    std::uint64_t done = 0;
    while (m_running.load(std::memory_order_relaxed)) {
        const auto deadline = begin + std::chrono::duration_cast<Clock::duration>(period * static_cast<double>(done + 1));
        std::this_thread::sleep_until(deadline);
        if (Clock::now() - deadline > period)
            m_xruns.fetch_add(1, std::memory_order_relaxed);
        callback.render(channels, kChannels, m_bufferFrames);
        ++done;
        m_callbacks.store(done, std::memory_order_relaxed);
    }
}

}  // namespace lathe
