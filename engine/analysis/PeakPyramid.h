#pragma once

#include "core/AudioBuffer.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <stop_token>
#include <vector>

namespace lathe {

// The lowest and highest sample of a run of frames.
struct PeakPair {
    float min = 0.0f;
    float max = 0.0f;
    bool operator==(const PeakPair&) const = default;
};

// A multi-resolution min/max summary of one source, so a waveform of an hour-long
// album draws any zoom level by reading a few buckets per pixel instead of the audio.
// Level 0 holds one pair per kBaseFramesPerPeak frames; each further level merges
// kLevelFactor buckets of the level below, up to a handful of buckets per channel.
class PeakPyramid {
public:
    static constexpr std::int64_t kBaseFramesPerPeak = 64;
    static constexpr std::int64_t kLevelFactor = 4;
    // Levels stop growing once a whole channel fits in this many buckets.
    static constexpr std::size_t kCoarsestBuckets = 64;

    PeakPyramid() = default;

    // Summarises planar audio already in memory.
    static PeakPyramid fromAudio(const AudioView& audio, int sampleRate);
    // Reads a source in blocks; returns nullopt when `stop` was requested. Throws a
    // BadInput Error naming the file when it cannot be read.
    static std::optional<PeakPyramid> fromFile(const std::filesystem::path& source,
                                               std::stop_token stop = {});

    int channels() const noexcept { return static_cast<int>(m_levels.empty() ? 0 : m_levels.front().size()); }
    std::int64_t frames() const noexcept { return m_frames; }
    int sampleRate() const noexcept { return m_sampleRate; }
    int levelCount() const noexcept { return static_cast<int>(m_levels.size()); }
    static std::int64_t framesPerPeak(int level);
    std::span<const PeakPair> level(int level, int channel) const;

    // Min and max of `channel` over frames [begin, end), read from the coarsest level
    // whose buckets are no wider than `end - begin`. Buckets cut by the range's edges
    // count whole, so the answer may reach up to one bucket beyond the range, which a
    // pixel column cannot show anyway.
    PeakPair range(int channel, std::int64_t begin, std::int64_t end) const;

    // Binary form for the on-disk cache: only level 0 is stored, the rest is rebuilt.
    void write(std::ostream& out) const;
    static std::optional<PeakPyramid> read(std::istream& in);

private:
    class Builder;
    void buildUpperLevels();

    // m_levels[level][channel][bucket]
    std::vector<std::vector<std::vector<PeakPair>>> m_levels;
    std::int64_t m_frames = 0;
    int m_sampleRate = 0;
};

}  // namespace lathe
