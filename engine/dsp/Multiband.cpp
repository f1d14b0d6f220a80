#include "dsp/Multiband.h"

#include "core/ScopedNoDenormals.h"

#include <algorithm>
#include <cmath>

namespace lathe {

void Multiband::setSettings(const MultibandSettings& settings) noexcept {
    const std::size_t requested = std::min(settings.bands.size(), settings.crossoversHz.size() + 1);
    const std::size_t bandCount = std::clamp(requested, MultibandSettings::kMinBands, kMaxBands);
    const bool countChanged = bandCount != m_bandCount;
    m_bandCount = bandCount;
    m_linearPhase = settings.linearPhase;
    for (std::size_t k = 0; k + 1 < m_bandCount; ++k)
        if (k < settings.crossoversHz.size())
            m_targetCornersHz[k] = std::max(settings.crossoversHz[k], kMinCornerHz);
    for (std::size_t b = 0; b < m_bandCount; ++b) {
        const MultibandBand neutral;
        const MultibandBand& band = b < settings.bands.size() ? settings.bands[b] : neutral;
        m_bands[b].compressor.setSettings(band.compressor);
        m_bands[b].bypass = band.bypass;
        m_bands[b].solo = band.solo;
    }
    if (m_maxBlockFrames == 0)
        return;  // prepare() applies the corners
    // A moved corner glides (minimum phase); a new band layout or a linear-phase
    // redesign takes effect at once.
    if (countChanged || m_preparedLinearPhase) {
        m_cornersHz = m_targetCornersHz;
        m_glideStepsLeft = 0;
        applyCrossovers();
    } else if (m_cornersHz != m_targetCornersHz) {
        m_glideStepsLeft = m_glideSteps;
    }
}

void Multiband::glideCorners() noexcept {
    for (std::size_t k = 0; k + 1 < m_bandCount; ++k)
        m_cornersHz[k] *= std::pow(m_targetCornersHz[k] / m_cornersHz[k], 1.0 / static_cast<double>(m_glideStepsLeft));
    if (--m_glideStepsLeft == 0)
        m_cornersHz = m_targetCornersHz;
    applyCrossovers();
}

void Multiband::split(const AudioView& audio, AudioView* bands) noexcept {
    if (m_preparedLinearPhase) {
        m_linearCrossover.split(audio, bands);
        return;
    }
    // While a corner glides, the coefficients move every kGlideStepFrames.
    std::size_t done = 0;
    while (m_glideStepsLeft > 0 && done < audio.frameCount()) {
        glideCorners();
        const std::size_t count = std::min(kGlideStepFrames, audio.frameCount() - done);
        std::array<AudioView, kMaxBands> parts;
        for (std::size_t b = 0; b < m_bandCount; ++b)
            parts[b] = bands[b].slice(done, count);
        m_crossover.split(audio.slice(done, count), parts.data());
        done += count;
    }
    if (done == audio.frameCount())
        return;
    std::array<AudioView, kMaxBands> rest;
    for (std::size_t b = 0; b < m_bandCount; ++b)
        rest[b] = bands[b].slice(done, audio.frameCount() - done);
    m_crossover.split(audio.slice(done, audio.frameCount() - done), rest.data());
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
    m_glideSteps = std::max<std::size_t>(
        1, static_cast<std::size_t>(kCornerGlideSeconds * sampleRate / static_cast<double>(kGlideStepFrames)));
    m_glideStepsLeft = 0;
    m_cornersHz = m_targetCornersHz;
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
    split(audio, bands.data());
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
    const bool anySolo = std::any_of(m_bands.begin(), m_bands.begin() + static_cast<std::ptrdiff_t>(m_bandCount),
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
