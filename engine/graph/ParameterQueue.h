#pragma once

#include <readerwriterqueue/readerwriterqueue.h>

#include <cstddef>
#include <cstdint>

namespace lathe {

// A change that keeps the graph's topology: applied by the audio thread at the start of
// its next block, then smoothed per sample by whatever it drives.
struct ParameterChange {
    enum class Target : std::uint8_t {
        TrackGainDb,  // index: the track; value: dB
        Listen,       // value: a Monitor::Source as a number
        Dim,          // value: 0 or 1
        Mono,         // value: 0 or 1
        MixMatchDb,   // value: source A's loudness-matching gain, dB (fixed, not measured)
    };
    Target target = Target::TrackGainDb;
    std::uint32_t index = 0;
    double value = 0.0;
};

// The single-producer (UI or session thread), single-consumer (audio thread) queue of
// ParameterChange messages. Fixed capacity: push() never allocates and reports a full
// queue instead of waiting.
class ParameterQueue {
public:
    static constexpr std::size_t kCapacity = 256;

    bool push(const ParameterChange& change) noexcept { return m_queue.try_enqueue(change); }
    bool pop(ParameterChange& change) noexcept { return m_queue.try_dequeue(change); }

private:
    moodycamel::ReaderWriterQueue<ParameterChange> m_queue{kCapacity};
};

}  // namespace lathe
