#include "render/AlbumMixer.h"

#include "core/AudioBuffer.h"
#include "io/AudioFileReader.h"
#include "io/AudioFileWriter.h"
#include "timeline/FadeShapes.h"
#include "render/TrackRenderer.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace lathe {

double AlbumMixer::fadeGainAt(const Track& track, const TrackLayout& placed, std::int64_t frame) {
    double gain = 1.0;
    // Sample centres: a fade of n samples reaches neither 0 nor 1 inside itself, and
    // the two sides of a crossfade (same length, same curve) sample the same points.
    if (frame < placed.fadeInFrames)
        gain *= fades::fadeInGain(track.fadeIn.curve, (static_cast<double>(frame) + 0.5) /
                                                          static_cast<double>(placed.fadeInFrames));
    const std::int64_t fadeOutStart = placed.audioFrames - placed.fadeOutFrames;
    if (frame >= fadeOutStart)
        gain *= fades::fadeOutGain(track.fadeOut.curve, (static_cast<double>(frame - fadeOutStart) + 0.5) /
                                                            static_cast<double>(placed.fadeOutFrames));
    return gain;
}

void AlbumMixer::mix(const Project& project, const AlbumLayout& layout,
                     const std::vector<std::filesystem::path>& trackFiles,
                     const std::filesystem::path& output, const CancelFlag* cancel) {
    const std::size_t channels = TrackRenderer::kChannels;
    std::vector<std::unique_ptr<AudioFileReader>> readers;
    for (const auto& file : trackFiles)
        readers.push_back(std::make_unique<AudioFileReader>(file));

    AudioFileWriter writer(output, layout.sampleRate, static_cast<int>(channels), SampleFormat::Float32);
    AudioBuffer block(channels, kBlockFrames);
    AudioBuffer part(channels, kBlockFrames);
    for (std::int64_t start = 0; start < layout.totalFrames; start += kBlockFrames) {
        throwIfCancelled(cancel);
        const auto frames =
            static_cast<std::size_t>(std::min<std::int64_t>(kBlockFrames, layout.totalFrames - start));
        const AudioView mixed = block.view(frames);
        mixed.clear();
        for (std::size_t t = 0; t < layout.tracks.size(); ++t) {
            const TrackLayout& placed = layout.tracks[t];
            const std::int64_t from = std::max(start, placed.index1);
            const std::int64_t to = std::min(start + static_cast<std::int64_t>(frames), placed.audioEnd);
            if (from >= to)
                continue;
            const auto count = static_cast<std::size_t>(to - from);
            const AudioView audio = part.view(count);
            readers[t]->seek(from - placed.index1);
            const std::size_t read = readers[t]->read(audio);
            for (std::size_t i = 0; i < read; ++i) {
                const auto gain = static_cast<float>(fadeGainAt(
                    project.tracks[t], placed, from - placed.index1 + static_cast<std::int64_t>(i)));
                for (std::size_t c = 0; c < channels; ++c)
                    mixed.channel(c)[static_cast<std::size_t>(from - start) + i] +=
                        audio.channel(c)[i] * gain;
            }
        }
        writer.write(mixed);
    }
    writer.finish();
}

}  // namespace lathe
