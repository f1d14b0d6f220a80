#pragma once

#include "core/AudioBuffer.h"

#include <cstddef>
#include <vector>

namespace lathe {

// Every track's source audio for one block, stereo, at the album rate: frames of the
// trimmed source that fall in the block, zeros elsewhere. The disk streamer fills it on
// the audio thread (from its rings), the offline driver from the files; the plan (two
// plans during a crossfade) reads it. Preallocated for the plan's largest block.
class SourceBlock {
public:
    static constexpr std::size_t kChannels = 2;

    SourceBlock() = default;
    SourceBlock(std::size_t tracks, std::size_t maxBlockFrames);

    std::size_t trackCount() const noexcept { return m_tracks.size(); }
    std::size_t maxBlockFrames() const noexcept { return m_maxBlockFrames; }

    // The track's samples for a block of `frames`; `hasAudio` false means all zeros.
    AudioView track(std::size_t index, std::size_t frames) noexcept { return m_tracks[index].view(frames); }
    bool hasAudio(std::size_t index) const noexcept { return m_hasAudio[index] != 0; }
    void setHasAudio(std::size_t index, bool hasAudio) noexcept { m_hasAudio[index] = hasAudio ? 1 : 0; }

private:
    std::vector<AudioBuffer> m_tracks;
    std::vector<char> m_hasAudio;
    std::size_t m_maxBlockFrames = 0;
};

}  // namespace lathe
