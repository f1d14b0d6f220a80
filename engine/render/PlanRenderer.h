#pragma once

#include "core/AudioBuffer.h"
#include "graph/CompiledPlan.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace lathe {

// The offline driver of the live graph: runs a CompiledPlan in a loop as fast as the CPU
// allows, reading the sources with the same SourceReader the disk streamer uses, so for
// static parameters its output is what the live engine hands the device, sample for
// sample, when both start at the same album frame with the same block size.
class PlanRenderer {
public:
    // Receives each block's mix (A) and master (B), `inputFrame` being the album frame
    // the block's sources were read at.
    using Sink = std::function<void(std::int64_t inputFrame, const AudioView& mix, const AudioView& master)>;

    PlanRenderer(CompiledPlan& plan, std::size_t blockFrames);

    // Renders `frames` frames starting with sources at album frame `startFrame`.
    void render(std::int64_t startFrame, std::int64_t frames, const Sink& sink);

    // The master of [startFrame, startFrame + frames), uncompensated (the plan's latency
    // included, as the live engine plays it).
    AudioBuffer renderMaster(std::int64_t startFrame, std::int64_t frames);

private:
    CompiledPlan& m_plan;
    std::size_t m_blockFrames;
};

}  // namespace lathe
