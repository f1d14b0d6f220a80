#pragma once

#include <readerwriterqueue/readerwriterqueue.h>

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace lathe {

struct Module;

// A change that keeps the graph's topology: applied by the audio thread at the start of
// its next block, then smoothed per sample by whatever it drives.
struct ParameterChange {
    enum class Target : std::uint8_t {
        TrackGainDb,  // index: the track; value: dB
        Listen,       // value: a Monitor::Source as a number
        Dim,          // value: 0 or 1
        Mono,         // value: 0 or 1
        MixMatchDb,   // value: source A's loudness-matching gain in dB, fixed; NaN: measured
        ModuleSettings,  // index: the track or kMasterChain; processor: the enabled module's
                         // place in its chain; settings: what it takes (setSettings glides)
        MonitorTrimDb,   // value: dB on the master (B) as heard, never rendered (matched bypass)
    };
    static constexpr std::uint32_t kMasterChain = UINT32_MAX;

    Target target = Target::TrackGainDb;
    std::uint32_t index = 0;
    double value = 0.0;
    std::uint32_t processor = 0;
    // Owned by the sender, which keeps it alive until the queue's applied() count says
    // the audio thread is done with it.
    const Module* settings = nullptr;
};

// The single-producer (UI or session thread), single-consumer (audio thread) queue of
// ParameterChange messages. Fixed capacity: push() never allocates and reports a full
// queue instead of waiting.
class ParameterQueue {
public:
    static constexpr std::size_t kCapacity = 256;

    // Producer side. pushed() counts the changes accepted so far.
    bool push(const ParameterChange& change) noexcept {
        if (!m_queue.try_enqueue(change))
            return false;
        ++m_pushed;
        return true;
    }
    std::uint64_t pushed() const noexcept { return m_pushed; }
    // How many changes the consumer has finished applying, in push order.
    std::uint64_t applied() const noexcept { return m_applied.load(std::memory_order_acquire); }

    // Consumer side: pop, apply, then acknowledge.
    bool pop(ParameterChange& change) noexcept { return m_queue.try_dequeue(change); }
    void acknowledge() noexcept { m_applied.fetch_add(1, std::memory_order_release); }

private:
    moodycamel::ReaderWriterQueue<ParameterChange> m_queue{kCapacity};
    std::uint64_t m_pushed = 0;
    std::atomic<std::uint64_t> m_applied{0};
};

}  // namespace lathe
