#include "render/FormatRenderer.h"

#include "core/AudioBuffer.h"
#include "io/AudioFileReader.h"
#include "io/Resampler.h"
#include "render/RenderOutput.h"

#include <algorithm>

namespace lathe {
namespace {

// Clears the frames of [start, start + frames) that no track's audio covers.
void silenceGaps(const AudioView& audio, std::int64_t start, const AlbumLayout& layout) {
    const std::int64_t end = start + static_cast<std::int64_t>(audio.frameCount());
    std::int64_t covered = start;  // frames before this are handled
    auto clearUpTo = [&](std::int64_t until) {
        until = std::min(until, end);
        if (until > covered)
            audio.slice(static_cast<std::size_t>(covered - start), static_cast<std::size_t>(until - covered))
                .clear();
    };
    for (const TrackLayout& track : layout.tracks) {
        if (track.audioEnd <= covered)
            continue;
        clearUpTo(track.index1);
        covered = std::max(covered, std::min(track.audioEnd, end));
        if (covered >= end)
            return;
    }
    clearUpTo(end);
}

}  // namespace

std::int64_t FormatRenderer::positionAt(std::int64_t frame, int albumRate, int rate) {
    if (albumRate == rate)
        return frame;
    return static_cast<std::int64_t>(
        Resampler::outputFramesFor(static_cast<std::size_t>(frame), albumRate, rate));
}

void FormatRenderer::render(const std::filesystem::path& mastered, const AlbumLayout& layout,
                            const ExportFormat& format, std::uint64_t seed,
                            const std::filesystem::path& output, const CancelFlag* cancel) {
    AudioFileReader reader(mastered);
    const auto channels = static_cast<std::size_t>(reader.info().channels);
    AudioFileWriter writer(output, format.sampleRate, static_cast<int>(channels), format.sampleFormat);
    RenderOutput stage(
        {layout.sampleRate, format.sampleRate, channels, format.sampleFormat,
         format.sampleFormat == SampleFormat::Float32 ? DitherKind::None : format.dither, seed},
        kBlockFrames, &writer, nullptr);
    AudioBuffer block(channels, kBlockFrames);
    std::int64_t position = 0;
    while (const std::size_t read = reader.read(block.view())) {
        throwIfCancelled(cancel);
        const AudioView audio = block.view(read);
        silenceGaps(audio, position, layout);
        stage.push(audio);
        position += static_cast<std::int64_t>(read);
    }
    stage.finish(position);
    writer.finish();
}

}  // namespace lathe
