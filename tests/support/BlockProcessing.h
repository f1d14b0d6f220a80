#pragma once

#include "core/AudioBuffer.h"
#include "dsp/Processor.h"

#include <algorithm>

namespace lathe::test {

// Runs a prepared processor over all of `audio` in place, in blocks of `blockFrames`
// (the last one shorter), as the graph would.
inline void processInBlocks(Processor& processor, AudioBuffer& audio, std::size_t blockFrames) {
    for (std::size_t start = 0; start < audio.frameCount(); start += blockFrames)
        processor.process(audio.view().slice(start, std::min(blockFrames, audio.frameCount() - start)));
}

}  // namespace lathe::test
