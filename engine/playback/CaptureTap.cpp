#include "playback/CaptureTap.h"

#include <algorithm>
#include <chrono>
#include <exception>

namespace lathe {

namespace {
constexpr std::chrono::milliseconds kWriterWait{5};
}

CaptureTap::CaptureTap(const std::filesystem::path& file, int sampleRate)
    : m_writer(file, sampleRate, static_cast<int>(kChannels), SampleFormat::Float32) {
    m_thread = std::thread([this] { run(); });
}

CaptureTap::~CaptureTap() {
    m_running.store(false);
    if (m_thread.joinable())
        m_thread.join();
}

void CaptureTap::push(const float* const* channels, std::size_t frames) noexcept {
    for (std::size_t done = 0; done < frames;) {
        Block block;
        block.frames = std::min(kBlockFrames, frames - done);
        for (std::size_t i = 0; i < block.frames; ++i)
            for (std::size_t c = 0; c < kChannels; ++c)
                block.interleaved[i * kChannels + c] = channels[c][done + i];
        if (!m_ring.try_enqueue(block))
            m_dropped.fetch_add(block.frames, std::memory_order_relaxed);
        done += block.frames;
    }
}

bool CaptureTap::drain() {
    bool any = false;
    while (const Block* block = m_ring.peek()) {
        m_writer.writeInterleaved(block->interleaved.data(), block->frames);
        m_written.fetch_add(block->frames, std::memory_order_relaxed);
        m_ring.pop();
        any = true;
    }
    return any;
}

void CaptureTap::run() {
    try {
        while (m_running.load(std::memory_order_relaxed))
            if (!drain())
                std::this_thread::sleep_for(kWriterWait);
    } catch (...) {
        m_failure = std::current_exception();  // rethrown by finish()
    }
}

void CaptureTap::finish() {
    if (m_finished)
        return;
    m_running.store(false);
    if (m_thread.joinable())
        m_thread.join();
    m_finished = true;
    if (m_failure)
        std::rethrow_exception(m_failure);
    drain();
    m_writer.finish();
}

}  // namespace lathe
