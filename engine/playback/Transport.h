#pragma once

#include <atomic>
#include <cstdint>

namespace lathe {

// Play, pause, stop, seek and loop, between any control thread and the audio thread,
// through atomics only. Controls store requests; the audio thread takes them at its next
// block and publishes the position it is playing (the album frame leaving the device).
class Transport {
public:
    enum class State : int { Stopped, Playing, Paused };

    // Control side.
    void play() noexcept { m_state.store(State::Playing); }
    void pause() noexcept { m_state.store(State::Paused); }
    // Stops and returns to the beginning.
    void stop() noexcept;
    void seek(std::int64_t albumFrame) noexcept;
    // Plays [startFrame, endFrame) over and over; endFrame <= startFrame clears the loop.
    void setLoop(std::int64_t startFrame, std::int64_t endFrame) noexcept;
    void clearLoop() noexcept { setLoop(0, 0); }

    State state() const noexcept { return m_state.load(); }
    bool playing() const noexcept { return state() == State::Playing; }
    std::int64_t position() const noexcept { return m_position.load(std::memory_order_relaxed); }

    // Audio thread.
    // The seek requested since the last call, if any.
    bool takeSeek(std::int64_t& albumFrame) noexcept;
    // The loop start to jump to when `playFrame` (the frame being heard) reached the loop end.
    bool loopJump(std::int64_t playFrame, std::int64_t& loopStart) const noexcept;
    void publishPosition(std::int64_t albumFrame) noexcept { m_position.store(albumFrame, std::memory_order_relaxed); }

private:
    std::atomic<State> m_state{State::Stopped};
    std::atomic<std::int64_t> m_position{0};
    std::atomic<std::int64_t> m_seekFrame{0};
    std::atomic<std::uint64_t> m_seekSerial{0};
    std::uint64_t m_seekTaken = 0;  // audio thread only
    std::atomic<std::int64_t> m_loopStart{0};
    std::atomic<std::int64_t> m_loopEnd{0};
};

}  // namespace lathe
