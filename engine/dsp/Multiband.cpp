#include "dsp/Multiband.h"

#include "core/ScopedNoDenormals.h"

#include <algorithm>

namespace lathe {

void Multiband::setSettings(const MultibandSettings& settings) noexcept {
    const std::size_t requested = std::min(settings.bands.size(), settings.crossoversHz.size() + 1);
    m_bandCount = std::clamp(requested, MultibandSettings::kMinBands, kMaxBands);
    m_linearPhase = settings.linearPhase;
    for (std::size_t k = 0; k + 1 < m_bandCount; ++k)
        m_cornersHz[k] = k < settings.crossoversHz.size() ? settings.crossoversHz[k] : m_cornersHz[k];
    for (std::size_t b = 0; b < m_bandCount; ++b) {
        const MultibandBand neutral;
        const MultibandBand& band = b < settings.bands.size() ? settings.bands[b] : neutral;
        m_bands[b].compressor.setSettings(band.compressor);
        m_bands[b].bypass = band.bypass;
        m_bands[b].solo = band.solo;
    }
    if (m_maxBlockFrames > 0)
        applyCrossovers();
}

void Multiband::applyCrossovers() noexcept {
    if (m_preparedLinearPhase)
        m_linearCrossover.setCrossovers(m_cornersHz.data(), m_bandCount - 1);
    else
        m_crossover.setCrossovers(m_cornersHz.data(), m_bandCount - 1);
}

void Multiband::prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) {
    m_channels = std::min(channels, kMaxChannels);
    m_maxBlockFrames = maxBlockFrames;
    m_preparedLinearPhase = m_linearPhase;
    m_bandSamples.assign(kMaxBands * kMaxChannels * maxBlockFrames, 0.0f);
    for (std::size_t b = 0; b < kMaxBands; ++b)
        for (std::size_t c = 0; c < kMaxChannels; ++c)
            m_bandChannels[b][c] = m_bandSamples.data() + (b * kMaxChannels + c) * maxBlockFrames;
    for (Band& band : m_bands)
        band.compressor.prepare(sampleRate, maxBlockFrames, m_channels);
    if (m_preparedLinearPhase)
        m_linearCrossover.prepare(sampleRate, maxBlockFrames, m_channels);
    else
        m_linearCrossover.release();
    m_crossover.prepare(sampleRate);
    applyCrossovers();
    reset();
}

void Multiband::reset() noexcept {
    m_crossover.reset();
    m_linearCrossover.reset();
    for (std::size_t b = 0; b < kMaxBands; ++b) {
        m_bands[b].compressor.reset();
        m_bandReductionDb[b].store(0.0f, std::memory_order_relaxed);
    }
}

std::size_t Multiband::latencyFrames() const noexcept {
    return m_preparedLinearPhase ? m_linearCrossover.latencyFrames() : 0;
}

void Multiband::process(const AudioView& audio) noexcept {
    const ScopedNoDenormals noDenormals;
    const std::size_t channels = std::min(audio.channelCount(), m_channels);
    const std::size_t frames = audio.frameCount();
    std::array<AudioView, kMaxBands> bands;
    for (std::size_t b = 0; b < m_bandCount; ++b)
        bands[b] = AudioView(m_bandChannels[b].data(), channels, frames);
    if (m_preparedLinearPhase)
        m_linearCrossover.split(audio, bands.data());
    else
        m_crossover.split(audio, bands.data());
    for (std::size_t b = 0; b < m_bandCount; ++b) {
        Band& band = m_bands[b];
        if (!band.bypass)
            band.compressor.process(bands[b]);
        m_bandReductionDb[b].store(band.bypass ? 0.0f : band.compressor.gainReductionDb(),
                                   std::memory_order_relaxed);
    }
    sumAudibleBands(audio);
}

void Multiband::sumAudibleBands(const AudioView& audio) noexcept {
    const bool anySolo = std::any_of(m_bands.begin(), m_bands.begin() + static_cast<long>(m_bandCount),
                                     [](const Band& band) { return band.solo; });
    const std::size_t frames = audio.frameCount();
    for (std::size_t c = 0; c < std::min(audio.channelCount(), m_channels); ++c) {
        float* out = audio.channel(c);
        std::fill_n(out, frames, 0.0f);
        for (std::size_t b = 0; b < m_bandCount; ++b) {
            if (anySolo && !m_bands[b].solo)
                continue;
            const float* band = m_bandChannels[b][c];
            for (std::size_t i = 0; i < frames; ++i)
                out[i] += band[i];
        }
    }
}

}  // namespace lathe
