#pragma once

#include "core/AudioBuffer.h"
#include "graph/GraphDescription.h"
#include "io/AudioFileReader.h"
#include "io/Resampler.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace lathe {

// Reads one track's trimmed source as stereo audio at the album rate, block after block
// from any position: the part of the signal path before the live graph (source →
// resample → trim). The disk streamer's thread and the offline driver both use it, so
// both hand the plan the same samples. Not real-time safe (file I/O, libsoxr).
class SourceReader {
public:
    static constexpr std::size_t kChannels = 2;
    static constexpr std::size_t kReadFrames = 4096;
    // Source frames read before a seek position and discarded, so the resampler's
    // filter has history and a seek starts without a transient.
    static constexpr std::size_t kResamplerPrerollFrames = 1024;
    static constexpr std::size_t kResampledSlack = 4;

    SourceReader(const SourceSegment& segment, int albumRate);
    ~SourceReader();

    std::int64_t lengthFrames() const noexcept { return m_lengthFrames; }
    std::int64_t position() const noexcept { return m_position; }

    // Moves to a frame of the trimmed audio (album rate), clamped to [0, length].
    void seek(std::int64_t frame);

    // Fills `destination` (stereo) with the next frames; zeros past the end.
    void read(const AudioView& destination);

private:
    std::size_t readSource(const AudioView& destination);  // at the source rate, stereo
    std::size_t pull(const AudioView& destination);         // at the album rate

    AudioFileReader m_file;
    std::unique_ptr<Resampler> m_resampler;  // null when the rates agree
    double m_albumRate;
    std::int64_t m_trimStartSourceFrames;
    std::int64_t m_sourceEnd;                // source frame after the last one read
    std::int64_t m_sourcePosition = 0;
    std::int64_t m_lengthFrames;
    std::int64_t m_position = 0;
    bool m_flushed = false;
    AudioBuffer m_fileBuffer;
    AudioBuffer m_resampled;
    std::size_t m_resampledStart = 0;
    std::size_t m_resampledCount = 0;
};

}  // namespace lathe
