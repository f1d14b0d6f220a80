#include "graph/DelayLine.h"

#include <algorithm>

namespace lathe {

DelayLine::DelayLine(std::size_t channels, std::size_t delayFrames)
    : m_delay(delayFrames), m_history(channels, std::vector<float>(delayFrames, 0.0f)) {}

void DelayLine::process(const AudioView& audio) noexcept {
    if (m_delay == 0)
        return;
    const std::size_t channels = std::min(audio.channelCount(), m_history.size());
    std::size_t write = m_write;
    for (std::size_t c = 0; c < channels; ++c) {
        float* samples = audio.channel(c);
        float* history = m_history[c].data();
        write = m_write;
        for (std::size_t i = 0; i < audio.frameCount(); ++i) {
            std::swap(samples[i], history[write]);
            write = write + 1 == m_delay ? 0 : write + 1;
        }
    }
    m_write = write;
}

void DelayLine::reset() noexcept {
    for (auto& history : m_history)
        std::fill(history.begin(), history.end(), 0.0f);
    m_write = 0;
}

}  // namespace lathe
