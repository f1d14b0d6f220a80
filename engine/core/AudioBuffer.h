#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <vector>

namespace lathe {

// A non-owning view of planar audio: one float array per channel, all of the same
// length. Processors take views so the same code runs on the live graph's
// preallocated buffers and on an offline renderer's blocks.
class AudioView {
public:
    AudioView() = default;
    AudioView(float* const* channels, std::size_t channelCount, std::size_t frameCount,
              std::size_t offset = 0)
        : m_channels(channels), m_channelCount(channelCount), m_frameCount(frameCount),
          m_offset(offset) {}

    std::size_t channelCount() const noexcept { return m_channelCount; }
    std::size_t frameCount() const noexcept { return m_frameCount; }
    float* channel(std::size_t c) const noexcept {
        assert(c < m_channelCount);
        return m_channels[c] + m_offset;
    }

    // Frames [start, start + count) of the same channels.
    AudioView slice(std::size_t start, std::size_t count) const noexcept {
        assert(start + count <= m_frameCount);
        return AudioView(m_channels, m_channelCount, count, m_offset + start);
    }

    void clear() const noexcept {
        for (std::size_t c = 0; c < m_channelCount; ++c)
            std::fill_n(channel(c), m_frameCount, 0.0f);
    }

private:
    float* const* m_channels = nullptr;
    std::size_t m_channelCount = 0;
    std::size_t m_frameCount = 0;
    std::size_t m_offset = 0;
};

// Owns planar audio. Allocates only when constructed or resized, never while a view
// of it is being processed.
class AudioBuffer {
public:
    AudioBuffer() = default;
    AudioBuffer(std::size_t channelCount, std::size_t frameCount) { resize(channelCount, frameCount); }

    AudioBuffer(const AudioBuffer& other) { *this = other; }
    AudioBuffer& operator=(const AudioBuffer& other) {
        if (this != &other) {
            m_samples = other.m_samples;
            m_channelCount = other.m_channelCount;
            m_frameCount = other.m_frameCount;
            rebuildPointers();
        }
        return *this;
    }
    AudioBuffer(AudioBuffer&&) noexcept = default;
    AudioBuffer& operator=(AudioBuffer&&) noexcept = default;

    void resize(std::size_t channelCount, std::size_t frameCount) {
        m_channelCount = channelCount;
        m_frameCount = frameCount;
        m_samples.assign(channelCount * frameCount, 0.0f);
        rebuildPointers();
    }

    std::size_t channelCount() const noexcept { return m_channelCount; }
    std::size_t frameCount() const noexcept { return m_frameCount; }
    float* channel(std::size_t c) noexcept { return m_pointers[c]; }
    const float* channel(std::size_t c) const noexcept { return m_pointers[c]; }

    AudioView view() noexcept { return AudioView(m_pointers.data(), m_channelCount, m_frameCount); }
    AudioView view(std::size_t frames) noexcept {
        assert(frames <= m_frameCount);
        return AudioView(m_pointers.data(), m_channelCount, frames);
    }

private:
    void rebuildPointers() {
        m_pointers.resize(m_channelCount);
        for (std::size_t c = 0; c < m_channelCount; ++c)
            m_pointers[c] = m_samples.data() + c * m_frameCount;
    }

    std::vector<float> m_samples;
    std::vector<float*> m_pointers;
    std::size_t m_channelCount = 0;
    std::size_t m_frameCount = 0;
};

}  // namespace lathe
