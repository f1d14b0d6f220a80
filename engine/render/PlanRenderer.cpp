#include "render/PlanRenderer.h"

#include "core/ScopedNoDenormals.h"
#include "graph/SourceBlock.h"
#include "playback/SourceReader.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace lathe {

namespace {

// The offline twin of DiskStreamer::fill: each track's audio for a block, read straight
// from its file.
class FileSources {
public:
    explicit FileSources(const GraphDescription& description)
        : m_description(description), m_readers(description.tracks.size()) {}

    void fill(std::int64_t albumFrame, SourceBlock& block, std::size_t frames) {
        for (std::size_t t = 0; t < m_readers.size(); ++t) {
            const SourceSegment& segment = m_description.tracks[t].source;
            const std::int64_t local = albumFrame - segment.startFrame;
            const auto count = static_cast<std::int64_t>(frames);
            const bool meets = local < segment.lengthFrames && local + count > 0;
            block.setHasAudio(t, meets);
            if (!meets)
                continue;
            if (!m_readers[t])
                m_readers[t] = std::make_unique<SourceReader>(segment, m_description.sampleRate);
            const std::int64_t from = std::max<std::int64_t>(local, 0);
            if (m_readers[t]->position() != from)
                m_readers[t]->seek(from);
            const AudioView view = block.track(t, frames);
            view.clear();
            const auto offset = static_cast<std::size_t>(from - local);
            m_readers[t]->read(view.slice(offset, frames - offset));
        }
    }

private:
    const GraphDescription& m_description;
    std::vector<std::unique_ptr<SourceReader>> m_readers;
};

}  // namespace

PlanRenderer::PlanRenderer(CompiledPlan& plan, std::size_t blockFrames)
    : m_plan(plan), m_blockFrames(std::min(blockFrames, plan.maxBlockFrames())) {}

void PlanRenderer::render(std::int64_t startFrame, std::int64_t frames, const Sink& sink) {
    const ScopedNoDenormals noDenormals;
    FileSources sources(m_plan.description());
    SourceBlock block(m_plan.description().tracks.size(), m_blockFrames);
    AudioBuffer mix(CompiledPlan::kChannels, m_blockFrames);
    AudioBuffer master(CompiledPlan::kChannels, m_blockFrames);
    for (std::int64_t done = 0; done < frames;) {
        const auto count = static_cast<std::size_t>(std::min<std::int64_t>(m_blockFrames, frames - done));
        const std::int64_t inputFrame = startFrame + done;
        sources.fill(inputFrame, block, count);
        m_plan.process(inputFrame, block, mix.view(count), master.view(count));
        sink(inputFrame, mix.view(count), master.view(count));
        done += static_cast<std::int64_t>(count);
    }
}

AudioBuffer PlanRenderer::renderMaster(std::int64_t startFrame, std::int64_t frames) {
    AudioBuffer result(CompiledPlan::kChannels, static_cast<std::size_t>(frames));
    render(startFrame, frames, [&](std::int64_t inputFrame, const AudioView&, const AudioView& master) {
        const auto offset = static_cast<std::size_t>(inputFrame - startFrame);
        for (std::size_t c = 0; c < CompiledPlan::kChannels; ++c)
            std::copy_n(master.channel(c), master.frameCount(), result.channel(c) + offset);
    });
    return result;
}

}  // namespace lathe
