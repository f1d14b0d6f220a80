#pragma once

#include "core/AudioBuffer.h"

#include <cstddef>
#include <vector>

namespace lathe {

// A fixed delay of whole frames, in place, for latency compensation. The memory is
// taken in the constructor; process() only copies.
class DelayLine {
public:
    DelayLine() = default;
    DelayLine(std::size_t channels, std::size_t delayFrames);

    std::size_t delayFrames() const noexcept { return m_delay; }
    void process(const AudioView& audio) noexcept;
    void reset() noexcept;

private:
    std::size_t m_delay = 0;
    std::size_t m_write = 0;
    std::vector<std::vector<float>> m_history;  // per channel, m_delay samples, circular
};

}  // namespace lathe
