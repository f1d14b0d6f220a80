#pragma once

#include "core/AudioBuffer.h"
#include "io/AudioFileWriter.h"

#include <readerwriterqueue/readerwriterqueue.h>

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <memory>
#include <thread>

namespace lathe {

// Records exactly what the engine hands the device, as 32-bit float WAV. The audio
// thread copies each buffer into fixed-size blocks of an SPSC ring; a writer thread
// drains the ring into the file. When the writer falls behind, blocks are dropped and
// counted (droppedFrames()), never waited for.
class CaptureTap {
public:
    static constexpr std::size_t kChannels = 2;
    static constexpr std::size_t kBlockFrames = 1024;
    static constexpr std::size_t kRingBlocks = 512;  // ~11 s at 48 kHz

    // Throws a WriteFailed/BadInput Error when the file cannot be created.
    CaptureTap(const std::filesystem::path& file, int sampleRate);
    ~CaptureTap();
    CaptureTap(const CaptureTap&) = delete;
    CaptureTap& operator=(const CaptureTap&) = delete;

    // Audio thread: `channels` planar channels (the first two are recorded).
    void push(const float* const* channels, std::size_t frames) noexcept;

    // Writes what is left and completes the file (atomically renamed into place).
    void finish();
    std::uint64_t droppedFrames() const noexcept { return m_dropped.load(); }
    std::uint64_t writtenFrames() const noexcept { return m_written.load(); }

private:
    struct Block {
        std::size_t frames = 0;
        std::array<float, kChannels * kBlockFrames> interleaved{};
    };
    void run();
    bool drain();

    AudioFileWriter m_writer;
    moodycamel::ReaderWriterQueue<Block> m_ring{kRingBlocks};
    std::atomic<bool> m_running{true};
    std::atomic<std::uint64_t> m_dropped{0};
    std::atomic<std::uint64_t> m_written{0};
    std::thread m_thread;
    bool m_finished = false;
    std::exception_ptr m_failure;  // written by the writer thread before it ends
};

}  // namespace lathe
