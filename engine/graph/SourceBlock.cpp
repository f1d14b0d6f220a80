#include "graph/SourceBlock.h"

namespace lathe {

SourceBlock::SourceBlock(std::size_t tracks, std::size_t maxBlockFrames)
    : m_tracks(tracks, AudioBuffer(kChannels, maxBlockFrames)), m_hasAudio(tracks, 0),
      m_maxBlockFrames(maxBlockFrames) {}

}  // namespace lathe
