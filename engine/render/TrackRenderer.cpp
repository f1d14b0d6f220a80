#include "render/TrackRenderer.h"

#include "core/AudioBuffer.h"
#include "core/Decibels.h"
#include "io/AudioFileReader.h"
#include "io/AudioFileWriter.h"
#include "io/Resampler.h"
#include "render/ChainRenderer.h"

#include <algorithm>

namespace lathe {
namespace {

constexpr std::size_t kReadBlockFrames = 65536;

// The whole source, two channels.
AudioBuffer readStereo(const std::filesystem::path& source) {
    AudioFileReader reader(source);
    const auto channels = static_cast<std::size_t>(reader.info().channels);
    const auto frames = static_cast<std::size_t>(reader.info().frames);
    AudioBuffer audio(TrackRenderer::kChannels, frames);
    AudioBuffer block(channels, kReadBlockFrames);
    std::size_t at = 0;
    while (at < frames) {
        const std::size_t read = reader.read(block.view(std::min(kReadBlockFrames, frames - at)));
        if (read == 0)
            break;
        for (std::size_t c = 0; c < TrackRenderer::kChannels; ++c)
            std::copy_n(block.channel(std::min(c, channels - 1)), read, audio.channel(c) + at);
        at += read;
    }
    return audio;
}

}  // namespace

TrackRenderer::Report TrackRenderer::render(const Track& track, const TrackLayout& placed, int albumRate,
                                            std::optional<double> targetLufs,
                                            const std::filesystem::path& workDir,
                                            const std::filesystem::path& output, const CancelFlag* cancel) {
    int sourceRate = 0;
    {
        const AudioFileReader probe(track.source);
        sourceRate = probe.info().sampleRate;
    }
    AudioBuffer audio = readStereo(track.source);
    if (sourceRate != albumRate)
        audio = Resampler::resample(audio, sourceRate, albumRate);

    const std::filesystem::path prepared = workDir / (output.stem().string() + "-source.wav");
    {
        AudioFileWriter writer(prepared, albumRate, static_cast<int>(kChannels), SampleFormat::Float32);
        const AudioView kept = audio.view().slice(static_cast<std::size_t>(placed.sourceStart),
                                                  static_cast<std::size_t>(placed.audioFrames));
        // 0 dB leaves the samples untouched (bit-transparent), any other gain scales.
        if (track.gainDb != 0.0) {
            const auto gain = static_cast<float>(dbToGain(track.gainDb));
            for (std::size_t c = 0; c < kept.channelCount(); ++c)
                for (std::size_t i = 0; i < kept.frameCount(); ++i)
                    kept.channel(c)[i] *= gain;
        }
        writer.write(kept);
        writer.finish();
    }
    audio = AudioBuffer();

    ChainRenderer::Options options;
    options.chain = track.chain;
    options.targetLufs = targetLufs;
    options.outputRate = albumRate;
    options.sampleFormat = SampleFormat::Float32;
    options.dither = DitherKind::None;
    options.cancel = cancel;
    const ChainRenderer::Report chainReport = ChainRenderer(options).render(prepared, output);
    std::filesystem::remove(prepared);

    Report report;
    report.frames = chainReport.outputFrames;
    report.loudnessGainDb = chainReport.gainDb;
    report.measuredLufs = chainReport.measuredLufs;
    return report;
}

}  // namespace lathe
