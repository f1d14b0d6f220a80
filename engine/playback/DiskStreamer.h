#pragma once

#include "graph/GraphDescription.h"
#include "graph/SourceBlock.h"
#include "playback/SourceReader.h"

#include <readerwriterqueue/readerwriterqueue.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lathe {

// Reads and resamples the sources ahead of the play head on its own thread (Ardour's
// Butler, Sonic Visualiser's play source), so the audio thread never touches a file.
//
// Memory is bounded by one pool of fixed-size chunks, whatever the album's length or
// track count: the streamer fills free chunks for the tracks that meet the next
// kLookaheadSeconds and queues them per track (SPSC, streamer → audio thread); the audio
// thread copies from them into a SourceBlock and hands each used chunk back (SPSC, audio
// thread → streamer). Every chunk carries the seek generation it was read for, so a seek
// (a new generation) makes stale chunks harmless: the audio thread returns them unread.
class DiskStreamer {
public:
    static constexpr std::size_t kChunkFrames = 1024;
    static constexpr std::size_t kPoolChunks = 384;  // ~9 s of stereo at 44.1 kHz, 3 MiB
    static constexpr double kLookaheadSeconds = 1.5;
    static constexpr std::chrono::milliseconds kIdleWait{2};

    // Opens nothing yet; sources are opened on the streamer thread as the play head nears.
    explicit DiskStreamer(const GraphDescription& description);
    ~DiskStreamer();
    DiskStreamer(const DiskStreamer&) = delete;
    DiskStreamer& operator=(const DiskStreamer&) = delete;

    // Non-real-time: starts the thread reading from `albumFrame`, and waits until the
    // look-ahead is filled (true) or `timeout` passes (false).
    void start(std::int64_t albumFrame);
    bool waitUntilPrimed(std::chrono::milliseconds timeout) const;

    // Audio thread.
    void seek(std::int64_t albumFrame) noexcept;
    bool primed() const noexcept;
    // Fills every track's audio for album frames [albumFrame, albumFrame + frames).
    void fill(std::int64_t albumFrame, SourceBlock& block, std::size_t frames) noexcept;

    // Blocks that found a track's audio missing (the streamer fell behind).
    std::uint64_t underruns() const noexcept { return m_underruns.load(std::memory_order_relaxed); }
    // The first source that could not be read, empty when all could.
    std::string error() const;

private:
    struct Chunk {
        std::uint64_t generation = 0;
        std::int64_t startFrame = 0;  // in the track's trimmed audio
        std::size_t frames = 0;
        std::array<std::array<float, kChunkFrames>, SourceBlock::kChannels> samples{};
    };
    using ChunkQueue = moodycamel::ReaderWriterQueue<Chunk*>;

    struct TrackState {  // streamer thread only
        std::unique_ptr<SourceReader> reader;
        std::int64_t produced = 0;  // next track frame to read
        bool failed = false;
    };

    void run();
    bool fillTrack(std::size_t track, std::uint64_t generation, std::int64_t head, std::int64_t horizon);
    bool openReader(std::size_t track);
    void restart(std::uint64_t generation, std::int64_t albumFrame);
    void copyTrack(std::size_t track, std::int64_t localFrame, const AudioView& out) noexcept;
    bool isStale(const Chunk& chunk, std::int64_t localFrame) const noexcept;

    std::vector<SourceSegment> m_segments;
    int m_sampleRate;
    std::int64_t m_lookaheadFrames;
    std::vector<Chunk> m_pool;
    std::vector<std::unique_ptr<ChunkQueue>> m_filled;  // per track
    ChunkQueue m_returned{kPoolChunks};
    std::vector<Chunk*> m_spare;                        // streamer thread only
    std::vector<TrackState> m_tracks;                   // streamer thread only
    std::uint64_t m_audioGeneration = 0;                // audio thread only

    std::atomic<std::int64_t> m_requestFrame{0};
    std::atomic<std::uint64_t> m_requestGeneration{0};
    std::atomic<std::uint64_t> m_primedGeneration{~std::uint64_t{0}};
    std::atomic<std::int64_t> m_headFrame{0};
    std::atomic<std::uint64_t> m_underruns{0};
    std::atomic<bool> m_running{false};
    mutable std::mutex m_errorMutex;
    std::string m_error;
    std::thread m_thread;
};

}  // namespace lathe
