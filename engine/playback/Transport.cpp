#include "playback/Transport.h"

namespace lathe {

void Transport::stop() noexcept {
    m_state.store(State::Stopped);
    seek(0);
}

void Transport::seek(std::int64_t albumFrame) noexcept {
    m_seekFrame.store(albumFrame < 0 ? 0 : albumFrame, std::memory_order_relaxed);
    m_seekSerial.fetch_add(1, std::memory_order_release);
}

void Transport::setLoop(std::int64_t startFrame, std::int64_t endFrame) noexcept {
    // End first to zero, so the audio thread never sees a new start with an old end.
    m_loopEnd.store(0, std::memory_order_relaxed);
    m_loopStart.store(startFrame, std::memory_order_relaxed);
    m_loopEnd.store(endFrame > startFrame ? endFrame : 0, std::memory_order_release);
}

bool Transport::takeSeek(std::int64_t& albumFrame) noexcept {
    const std::uint64_t serial = m_seekSerial.load(std::memory_order_acquire);
    if (serial == m_seekTaken)
        return false;
    m_seekTaken = serial;
    albumFrame = m_seekFrame.load(std::memory_order_relaxed);
    return true;
}

bool Transport::loopJump(std::int64_t playFrame, std::int64_t& loopStart) const noexcept {
    const std::int64_t end = m_loopEnd.load(std::memory_order_acquire);
    if (end == 0 || playFrame < end)
        return false;
    loopStart = m_loopStart.load(std::memory_order_relaxed);
    return true;
}

}  // namespace lathe
