#include "dsp/Compressor.h"

#include "core/Decibels.h"
#include "core/ScopedNoDenormals.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {
namespace {

constexpr double kDbPerNeper = 20.0 / std::numbers::ln10;

// Single-precision exp/log: per sample they cost a fraction of pow/log10 in double, and
// their ~1e-7 relative error is far below any audible or measurable gain difference.
double gainFromDb(double db) noexcept { return std::exp(static_cast<float>(db / kDbPerNeper)); }
double dbFromGain(double gain) noexcept { return kDbPerNeper * std::log(static_cast<float>(gain)); }

}  // namespace

void Compressor::setSettings(const CompressorSettings& settings) noexcept {
    const bool filterChanged = settings.sidechainHighPassHz != m_settings.sidechainHighPassHz;
    m_settings = settings;
    m_gainComputer.setRatio(settings.ratio);
    m_gainComputer.setKneeDb(settings.kneeDb);
    m_kneeStartGain = 0.0;  // recomputed on the next sample
    if (m_sampleRate <= 0.0)
        return;  // prepare() applies the rest
    applyDetectorSettings();
    m_thresholdDb.setTarget(settings.thresholdDb);
    m_makeupGain.setTarget(dbToGain(settings.makeupDb));
    if (filterChanged && m_sidechainFilterOn)
        m_sidechainFilter.reset();
}

void Compressor::applyDetectorSettings() noexcept {
    m_detector.setDetector(m_settings.detector);
    m_detector.setAttackMs(m_settings.attackMs);
    m_detector.setReleaseMs(m_settings.releaseMs);
    m_detector.setStereoLink(m_settings.stereoLink);
    m_sidechainFilterOn = m_settings.sidechainHighPassHz > 0.0;
    if (m_sidechainFilterOn)
        m_sidechainFilter.setCoefficients(
            BiquadCoefficients::butterworthHighPass(m_settings.sidechainHighPassHz, m_sampleRate));
}

void Compressor::prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) {
    m_sampleRate = sampleRate;
    m_channels = std::min(channels, kMaxChannels);
    m_sidechainSamples.assign(kMaxChannels * maxBlockFrames, 0.0f);
    m_workSamples.assign(kMaxChannels * maxBlockFrames, 0.0f);
    for (std::size_t c = 0; c < kMaxChannels; ++c) {
        m_sidechainChannels[c] = m_sidechainSamples.data() + c * maxBlockFrames;
        m_work[c] = m_workSamples.data() + c * maxBlockFrames;
    }
    m_detector.prepare(sampleRate);
    m_thresholdDb.prepare(sampleRate, kParameterRampSeconds);
    m_makeupGain.prepare(sampleRate, kParameterRampSeconds);
    applyDetectorSettings();
    m_thresholdDb.setImmediate(m_settings.thresholdDb);
    m_makeupGain.setImmediate(dbToGain(m_settings.makeupDb));
    reset();
}

void Compressor::reset() noexcept {
    m_detector.reset();
    m_sidechainFilter.reset();
    m_thresholdDb.setImmediate(m_thresholdDb.target());
    m_makeupGain.setImmediate(m_makeupGain.target());
    m_kneeStartGain = 0.0;
    m_gainReductionDb.store(0.0f, std::memory_order_relaxed);
}

std::array<const float*, Compressor::kMaxChannels> Compressor::sidechain(const AudioView& audio,
                                                                         std::size_t channels) noexcept {
    std::array<const float*, kMaxChannels> input{};
    for (std::size_t c = 0; c < channels; ++c)
        input[c] = audio.channel(c);
    if (!m_sidechainFilterOn)
        return input;
    for (std::size_t c = 0; c < channels; ++c) {
        std::copy_n(audio.channel(c), audio.frameCount(), m_sidechainChannels[c]);
        input[c] = m_sidechainChannels[c];
    }
    m_sidechainFilter.process(AudioView(m_sidechainChannels, channels, audio.frameCount()));
    return input;
}

bool Compressor::computeGains(std::size_t channels, std::size_t frames) noexcept {
    double maxReductionDb = 0.0;
    bool anyGain = false;
    for (std::size_t i = 0; i < frames; ++i) {
        const bool gliding = m_thresholdDb.isSmoothing();
        const double thresholdDb = m_thresholdDb.next();
        const double makeup = m_makeupGain.next();
        if (gliding || m_kneeStartGain == 0.0)
            m_kneeStartGain = gainFromDb(m_gainComputer.kneeStartDb(thresholdDb));
        float previousLevel = -1.0f;
        float previousGain = 1.0f;
        for (std::size_t c = 0; c < channels; ++c) {
            const float level = m_work[c][i];
            if (level == previousLevel) {  // linked channels: the same level, the same gain
                m_work[c][i] = previousGain;
                continue;
            }
            double gain = makeup;
            if (level > m_kneeStartGain) {
                const double reductionDb = m_gainComputer.gainReductionDb(dbFromGain(level), thresholdDb);
                maxReductionDb = std::max(maxReductionDb, reductionDb);
                gain *= gainFromDb(-reductionDb);
            }
            anyGain |= gain != 1.0;
            previousLevel = level;
            previousGain = static_cast<float>(gain);
            m_work[c][i] = previousGain;
        }
    }
    m_gainReductionDb.store(static_cast<float>(maxReductionDb), std::memory_order_relaxed);
    return anyGain;
}

void Compressor::process(const AudioView& audio) noexcept {
    const ScopedNoDenormals noDenormals;
    const std::size_t channels = std::min(audio.channelCount(), m_channels);
    const std::size_t frames = audio.frameCount();
    m_detector.process(sidechain(audio, channels).data(), m_work, channels, frames);
    if (!computeGains(channels, frames))
        return;
    for (std::size_t c = 0; c < channels; ++c) {
        float* samples = audio.channel(c);
        const float* gains = m_work[c];
        for (std::size_t i = 0; i < frames; ++i)
            samples[i] *= gains[i];
    }
}

}  // namespace lathe
