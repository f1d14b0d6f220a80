#include "playback/DiskStreamer.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <exception>

namespace lathe {

DiskStreamer::DiskStreamer(const GraphDescription& description)
    : m_segments(description.layout()), m_sampleRate(description.sampleRate),
      m_lookaheadFrames(std::llround(kLookaheadSeconds * description.sampleRate)), m_pool(kPoolChunks),
      m_tracks(m_segments.size()) {
    for (std::size_t t = 0; t < m_segments.size(); ++t)
        m_filled.push_back(std::make_unique<ChunkQueue>(kPoolChunks));
    m_spare.reserve(kPoolChunks);
    for (Chunk& chunk : m_pool)
        m_spare.push_back(&chunk);
}

DiskStreamer::~DiskStreamer() {
    m_running.store(false);
    if (m_thread.joinable())
        m_thread.join();
}

void DiskStreamer::start(std::int64_t albumFrame) {
    m_requestFrame.store(albumFrame, std::memory_order_relaxed);
    m_headFrame.store(albumFrame, std::memory_order_relaxed);
    m_audioGeneration = 1;
    m_requestGeneration.store(m_audioGeneration, std::memory_order_release);
    m_running.store(true);
    m_thread = std::thread([this] { run(); });
}

bool DiskStreamer::waitUntilPrimed(std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!primed()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(kIdleWait);
    }
    return true;
}

std::string DiskStreamer::error() const {
    const std::lock_guard lock(m_errorMutex);
    return m_error;
}

// ---- streamer thread ----

void DiskStreamer::run() {
    std::uint64_t serving = 0;
    while (m_running.load(std::memory_order_relaxed)) {
        Chunk* chunk = nullptr;
        while (m_returned.try_dequeue(chunk))
            m_spare.push_back(chunk);
        const std::uint64_t generation = m_requestGeneration.load(std::memory_order_acquire);
        if (generation != serving) {
            serving = generation;
            restart(generation, m_requestFrame.load(std::memory_order_relaxed));
        }
        const std::int64_t head = std::max(m_headFrame.load(std::memory_order_relaxed),
                                           m_requestFrame.load(std::memory_order_relaxed));
        const std::int64_t horizon = head + m_lookaheadFrames;
        bool complete = true;
        for (std::size_t t = 0; t < m_segments.size() && complete; ++t)
            complete = fillTrack(t, generation, head, horizon);
        if (m_requestGeneration.load(std::memory_order_acquire) == generation)
            m_primedGeneration.store(generation, std::memory_order_release);
        std::this_thread::sleep_for(kIdleWait);
    }
}

void DiskStreamer::restart(std::uint64_t, std::int64_t albumFrame) {
    for (std::size_t t = 0; t < m_segments.size(); ++t)
        m_tracks[t].produced = std::clamp<std::int64_t>(albumFrame - m_segments[t].startFrame, 0,
                                                        m_segments[t].lengthFrames);
}

// Reads the track's chunks up to the horizon; false when the pool ran dry (the tracks
// after it wait for chunks to come back).
bool DiskStreamer::fillTrack(std::size_t track, std::uint64_t generation, std::int64_t head,
                             std::int64_t horizon) {
    const SourceSegment& segment = m_segments[track];
    TrackState& state = m_tracks[track];
    const std::int64_t end = segment.startFrame + segment.lengthFrames;
    if (end <= head || segment.startFrame >= horizon) {
        if (end <= head)
            state.reader.reset();  // behind the play head: release the file and its buffers
        return true;
    }
    const std::int64_t until = std::min(segment.lengthFrames, horizon - segment.startFrame);
    while (state.produced < until) {
        if (m_requestGeneration.load(std::memory_order_acquire) != generation)
            return false;
        if (m_spare.empty())
            return false;
        if (!state.reader && !openReader(track))
            return true;
        if (state.reader->position() != state.produced)
            state.reader->seek(state.produced);
        Chunk* chunk = m_spare.back();
        chunk->generation = generation;
        chunk->startFrame = state.produced;
        chunk->frames = static_cast<std::size_t>(std::min<std::int64_t>(kChunkFrames, segment.lengthFrames - state.produced));
        float* channels[SourceBlock::kChannels] = {chunk->samples[0].data(), chunk->samples[1].data()};
        try {
            state.reader->read(AudioView(channels, SourceBlock::kChannels, chunk->frames));
        } catch (const std::exception& error) {
            const std::lock_guard lock(m_errorMutex);
            if (m_error.empty())
                m_error = error.what();
            state.failed = true;
            state.reader.reset();
            return true;
        }
        m_spare.pop_back();
        m_filled[track]->enqueue(chunk);
        state.produced += static_cast<std::int64_t>(chunk->frames);
    }
    return true;
}

bool DiskStreamer::openReader(std::size_t track) {
    TrackState& state = m_tracks[track];
    if (state.failed)
        return false;
    try {
        state.reader = std::make_unique<SourceReader>(m_segments[track], m_sampleRate);
        return true;
    } catch (const std::exception& error) {
        const std::lock_guard lock(m_errorMutex);
        if (m_error.empty())
            m_error = error.what();
        state.failed = true;
        return false;
    }
}

// ---- audio thread ----

void DiskStreamer::seek(std::int64_t albumFrame) noexcept {
    m_requestFrame.store(albumFrame, std::memory_order_relaxed);
    m_headFrame.store(albumFrame, std::memory_order_relaxed);
    ++m_audioGeneration;
    m_requestGeneration.store(m_audioGeneration, std::memory_order_release);
}

bool DiskStreamer::primed() const noexcept {
    return m_primedGeneration.load(std::memory_order_acquire) == m_requestGeneration.load(std::memory_order_acquire);
}

bool DiskStreamer::isStale(const Chunk& chunk, std::int64_t localFrame) const noexcept {
    return chunk.generation != m_audioGeneration
        || chunk.startFrame + static_cast<std::int64_t>(chunk.frames) <= localFrame;
}

void DiskStreamer::fill(std::int64_t albumFrame, SourceBlock& block, std::size_t frames) noexcept {
    m_headFrame.store(albumFrame, std::memory_order_relaxed);
    for (std::size_t t = 0; t < m_segments.size(); ++t) {
        const SourceSegment& segment = m_segments[t];
        const std::int64_t local = albumFrame - segment.startFrame;
        const bool meets = local < segment.lengthFrames && local + static_cast<std::int64_t>(frames) > 0;
        block.setHasAudio(t, meets);
        if (meets) {
            copyTrack(t, local, block.track(t, frames));
            continue;
        }
        // Not playing: hand back whatever is stale (after a seek, or behind the head).
        ChunkQueue& queue = *m_filled[t];
        while (Chunk** front = queue.peek()) {
            if (!isStale(**front, local))
                break;
            m_returned.try_enqueue(*front);
            queue.pop();
        }
    }
}

void DiskStreamer::copyTrack(std::size_t track, std::int64_t localFrame, const AudioView& out) noexcept {
    ChunkQueue& queue = *m_filled[track];
    const std::int64_t lengthFrames = m_segments[track].lengthFrames;
    const auto frames = static_cast<std::int64_t>(out.frameCount());
    out.clear();
    std::int64_t cursor = std::max<std::int64_t>(localFrame, 0);
    const std::int64_t end = std::min(localFrame + frames, lengthFrames);
    while (cursor < end) {
        Chunk** front = queue.peek();
        if (front == nullptr) {
            m_underruns.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        Chunk& chunk = **front;
        if (isStale(chunk, cursor)) {
            m_returned.try_enqueue(&chunk);
            queue.pop();
            continue;
        }
        if (chunk.startFrame > cursor) {  // a hole: the streamer skipped ahead
            m_underruns.fetch_add(1, std::memory_order_relaxed);
            cursor = chunk.startFrame;
            continue;
        }
        const std::int64_t chunkEnd = chunk.startFrame + static_cast<std::int64_t>(chunk.frames);
        const std::int64_t count = std::min(chunkEnd, end) - cursor;
        const auto from = static_cast<std::size_t>(cursor - chunk.startFrame);
        const auto to = static_cast<std::size_t>(cursor - localFrame);
        for (std::size_t c = 0; c < SourceBlock::kChannels; ++c)
            std::copy_n(chunk.samples[c].data() + from, count, out.channel(c) + to);
        cursor += count;
        if (cursor >= chunkEnd) {
            m_returned.try_enqueue(&chunk);
            queue.pop();
        }
    }
}

}  // namespace lathe
