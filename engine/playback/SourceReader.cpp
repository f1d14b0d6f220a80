#include "playback/SourceReader.h"

#include <algorithm>
#include <cmath>

namespace lathe {

namespace {

float* const* pointers(const AudioView& view, float** storage) {
    for (std::size_t c = 0; c < view.channelCount(); ++c)
        storage[c] = view.channel(c);
    return storage;
}

}  // namespace

SourceReader::SourceReader(const SourceSegment& segment, int albumRate)
    : m_file(segment.path), m_albumRate(albumRate),
      m_trimStartSourceFrames(std::llround(segment.trimStartSeconds * m_file.info().sampleRate)),
      m_lengthFrames(segment.lengthFrames), m_fileBuffer(kChannels, kReadFrames) {
    const double sourceRate = m_file.info().sampleRate;
    m_sourceEnd = std::min<std::int64_t>(
        m_file.info().frames,
        m_trimStartSourceFrames + std::llround(static_cast<double>(m_lengthFrames) * sourceRate / m_albumRate));
    if (sourceRate != m_albumRate)
        // Room for everything one read can give, with the bursts soxr releases at once.
        m_resampled.resize(kChannels, kResampledSlack * (Resampler::outputFramesFor(kReadFrames, sourceRate, m_albumRate) + kReadFrames));
    seek(0);
}

SourceReader::~SourceReader() = default;

void SourceReader::seek(std::int64_t frame) {
    m_position = std::clamp<std::int64_t>(frame, 0, m_lengthFrames);
    m_resampledStart = m_resampledCount = 0;
    m_flushed = false;
    const double sourceRate = m_file.info().sampleRate;
    if (sourceRate == m_albumRate) {
        m_sourcePosition = m_trimStartSourceFrames + m_position;
        m_file.seek(std::min(m_sourcePosition, m_file.info().frames));
        return;
    }
    m_resampler = std::make_unique<Resampler>(sourceRate, m_albumRate, kChannels);
    const auto target = m_trimStartSourceFrames
                      + std::llround(static_cast<double>(m_position) * sourceRate / m_albumRate);
    const std::int64_t preroll = std::min<std::int64_t>(static_cast<std::int64_t>(kResamplerPrerollFrames), target);
    m_sourcePosition = target - preroll;
    m_file.seek(std::min(m_sourcePosition, m_file.info().frames));
    // Discard the album-rate frames that belong to the preroll.
    auto discard = static_cast<std::size_t>(std::llround(static_cast<double>(preroll) * m_albumRate / sourceRate));
    AudioBuffer scratch(kChannels, kReadFrames);
    while (discard > 0) {
        const std::size_t got = pull(scratch.view(std::min(discard, kReadFrames)));
        if (got == 0)
            break;
        discard -= got;
    }
}

void SourceReader::read(const AudioView& destination) {
    std::size_t done = 0;
    const std::size_t wanted = destination.frameCount();
    while (done < wanted && m_position < m_lengthFrames) {
        const std::size_t count = std::min<std::size_t>(wanted - done, static_cast<std::size_t>(m_lengthFrames - m_position));
        const std::size_t got = pull(destination.slice(done, count));
        if (got == 0)
            break;
        done += got;
        m_position += static_cast<std::int64_t>(got);
    }
    destination.slice(done, wanted - done).clear();
}

std::size_t SourceReader::readSource(const AudioView& destination) {
    const std::int64_t available = std::max<std::int64_t>(0, m_sourceEnd - m_sourcePosition);
    const std::size_t frames = std::min<std::size_t>(destination.frameCount(), static_cast<std::size_t>(available));
    if (frames == 0)
        return 0;
    const AudioView target = destination.slice(0, frames);
    std::size_t got = 0;
    if (m_file.info().channels == 1) {
        float* mono[] = {target.channel(0)};
        got = m_file.read(AudioView(mono, 1, frames));
        std::copy_n(target.channel(0), got, target.channel(1));
    } else {
        got = m_file.read(target);
    }
    m_sourcePosition += static_cast<std::int64_t>(got);
    return got;
}

std::size_t SourceReader::pull(const AudioView& destination) {
    if (!m_resampler)
        return readSource(destination);
    float* out[kChannels];
    while (m_resampledCount == 0) {
        const AudioView all = m_resampled.view();
        m_resampledStart = 0;
        const std::size_t read = readSource(m_fileBuffer.view());
        if (read > 0) {
            float* in[kChannels];
            const Resampler::Progress progress =
                m_resampler->process(pointers(m_fileBuffer.view(read), in), read, pointers(all, out), all.frameCount());
            m_resampledCount = progress.produced;
        } else if (!m_flushed) {
            m_resampledCount = m_resampler->flush(pointers(all, out), all.frameCount());
            m_flushed = m_resampledCount == 0;
        } else {
            return 0;
        }
    }
    const std::size_t count = std::min(destination.frameCount(), m_resampledCount);
    for (std::size_t c = 0; c < kChannels; ++c)
        std::copy_n(m_resampled.channel(c) + m_resampledStart, count, destination.channel(c));
    m_resampledStart += count;
    m_resampledCount -= count;
    return count;
}

}  // namespace lathe
