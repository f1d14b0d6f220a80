#include "render/RenderOutput.h"

#include "analysis/LoudnessMeter.h"
#include "io/Resampler.h"

#include <algorithm>
#include <cmath>

namespace lathe {
namespace {

// Room for what soxr may release at once beyond the block's own share.
constexpr std::size_t kResamplerSlackFrames = 4096;

}  // namespace

RenderOutput::RenderOutput(const Format& format, std::size_t maxBlockFrames, AudioSink* writer,
                           LoudnessMeter* meter)
    : m_format(format), m_writer(writer), m_meter(meter) {
    std::size_t outputBlock = maxBlockFrames;
    if (format.outputRate != format.inputRate) {
        m_resampler = std::make_unique<Resampler>(format.inputRate, format.outputRate, format.channels);
        const double ratio = static_cast<double>(format.outputRate) / format.inputRate;
        outputBlock = static_cast<std::size_t>(std::ceil(maxBlockFrames * ratio)) + kResamplerSlackFrames;
        m_resampled.resize(format.channels, outputBlock);
        m_inputPointers.resize(format.channels);
        m_outputPointers.resize(format.channels);
    }
    if (format.sampleFormat != SampleFormat::Float32) {
        const int bits = AudioFileWriter::bitsOf(format.sampleFormat);
        m_reducer.emplace(WordLengthReducer::Settings{bits, format.dither, format.seed});
        m_reducer->prepare(format.outputRate, outputBlock, format.channels);
        m_gridScale = std::ldexp(1.0, bits - 1);
    }
    m_interleaved.resize(outputBlock * format.channels);
}

RenderOutput::~RenderOutput() = default;

void RenderOutput::push(const AudioView& audio) {
    if (!m_resampler) {
        emit(audio);
        return;
    }
    std::size_t consumed = 0;
    while (consumed < audio.frameCount()) {
        for (std::size_t c = 0; c < m_format.channels; ++c) {
            m_inputPointers[c] = audio.channel(c) + consumed;
            m_outputPointers[c] = m_resampled.channel(c);
        }
        const Resampler::Progress step =
            m_resampler->process(m_inputPointers.data(), audio.frameCount() - consumed,
                                 m_outputPointers.data(), m_resampled.frameCount());
        consumed += step.consumed;
        if (step.produced > 0)
            emit(m_resampled.view(step.produced));
        if (step.consumed == 0 && step.produced == 0)
            break;  // soxr holds everything it was given; flush() releases it
    }
}

std::int64_t RenderOutput::finish(std::int64_t inputFrames) {
    m_wanted = m_resampler
                   ? static_cast<std::int64_t>(Resampler::outputFramesFor(
                         static_cast<std::size_t>(inputFrames), m_format.inputRate, m_format.outputRate))
                   : inputFrames;
    if (m_resampler) {
        for (std::size_t c = 0; c < m_format.channels; ++c)
            m_outputPointers[c] = m_resampled.channel(c);
        while (m_emitted < m_wanted) {
            const std::size_t produced =
                m_resampler->flush(m_outputPointers.data(), m_resampled.frameCount());
            if (produced == 0)
                break;
            emit(m_resampled.view(produced));
        }
    }
    emitSilence(m_wanted - m_emitted);
    return m_emitted;
}

void RenderOutput::emitSilence(std::int64_t frames) {
    if (frames <= 0)
        return;
    AudioBuffer silence(m_format.channels, static_cast<std::size_t>(frames));
    emit(silence.view());
}

void RenderOutput::emit(const AudioView& audio) {
    std::size_t frames = audio.frameCount();
    if (m_wanted >= 0)  // finishing: never more than the exact length
        frames = static_cast<std::size_t>(std::min<std::int64_t>(frames, m_wanted - m_emitted));
    const std::size_t block = m_interleaved.size() / m_format.channels;
    for (std::size_t start = 0; start < frames; start += block) {
        const AudioView part = audio.slice(start, std::min(block, frames - start));
        reduce(part);
        const std::size_t channels = m_format.channels;
        for (std::size_t c = 0; c < channels; ++c) {
            const float* in = part.channel(c);
            for (std::size_t i = 0; i < part.frameCount(); ++i)
                m_interleaved[i * channels + c] = in[i];
        }
        if (m_meter)
            m_meter->processInterleaved(m_interleaved.data(), part.frameCount());
        if (m_writer)
            m_writer->writeInterleaved(m_interleaved.data(), part.frameCount());
        m_emitted += static_cast<std::int64_t>(part.frameCount());
    }
}

void RenderOutput::reduce(const AudioView& audio) noexcept {
    if (m_reducer && !onOutputGrid(audio))
        m_reducer->process(audio);
}

bool RenderOutput::onOutputGrid(const AudioView& audio) const noexcept {
    for (std::size_t c = 0; c < audio.channelCount(); ++c) {
        const float* samples = audio.channel(c);
        for (std::size_t i = 0; i < audio.frameCount(); ++i) {
            const double code = samples[i] * m_gridScale;
            if (code != std::nearbyint(code) || code >= m_gridScale || code < -m_gridScale)
                return false;
        }
    }
    return true;
}

}  // namespace lathe
