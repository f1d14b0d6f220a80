#include "dsp/TruePeakSafetyStage.h"

#include "core/Decibels.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {
namespace {

constexpr float kDbPerNeper = static_cast<float>(20.0 / std::numbers::ln10);

}  // namespace

void TruePeakSafetyStage::prepare(double sampleRate, std::size_t maxBlockFrames) {
    maxBlockFrames = std::max<std::size_t>(maxBlockFrames, 1);
    const auto attackFrames = static_cast<std::size_t>(std::max(1L, std::lround(kAttackMs * 0.001 * sampleRate)));
    m_smoother.prepare(attackFrames, kNeighbourhoodFrames, maxBlockFrames);
    constexpr std::size_t kDetectorDelay = OversampledPeakDetector::kDelayFrames;
    m_latencyFrames = kDetectorDelay + m_smoother.delayFrames();
    for (std::size_t c = 0; c < kMaxChannels; ++c) {
        m_detectors[c].prepare(maxBlockFrames);
        m_peaks[c].assign(maxBlockFrames, 0.0f);
        m_delay[c].resize(m_latencyFrames + 1);
    }
    m_detectedCeiling.resize(kDetectorDelay + 1);
    m_outputCeiling.resize(m_latencyFrames + 1);
    m_marginGain = static_cast<float>(dbToGain(-kMarginDb));
    reset();
}

void TruePeakSafetyStage::reset() noexcept {
    for (auto& detector : m_detectors)
        detector.reset();
    for (auto& delay : m_delay)
        delay.fill(0.0f);
    m_detectedCeiling.fill(1.0f);
    m_outputCeiling.fill(1.0f);
    m_smoother.reset();
    m_framesProcessed = 0;
    m_framesReduced = 0;
    m_maxReductionDb = 0.0f;
}

void TruePeakSafetyStage::process(float* const* samples, std::size_t channels, const float* ceilings,
                                  std::size_t frames) noexcept {
    channels = std::min(channels, kMaxChannels);
    for (std::size_t c = 0; c < channels; ++c)
        m_detectors[c].process(samples[c], m_peaks[c].data(), frames);
    for (std::size_t i = 0; i < frames; ++i) {
        m_detectedCeiling.push(ceilings[i]);
        const float target = m_detectedCeiling.oldest() * m_marginGain;
        float truePeak = 0.0f;
        for (std::size_t c = 0; c < channels; ++c)
            truePeak = std::max(truePeak, m_peaks[c][i]);
        m_smoother.push(i, truePeak > target ? kDbPerNeper * std::log(truePeak / target) : 0.0f);
    }
    const float* reductionDb = m_smoother.smooth(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        m_outputCeiling.push(ceilings[i]);
        const float ceiling = m_outputCeiling.oldest();
        const bool reduced = reductionDb[i] > 0.0f;
        const float gain = reduced ? std::exp(-reductionDb[i] / kDbPerNeper) : 1.0f;
        m_framesReduced += reduced ? 1 : 0;
        m_maxReductionDb = std::max(m_maxReductionDb, reductionDb[i]);
        for (std::size_t c = 0; c < channels; ++c) {
            m_delay[c].push(samples[c][i]);
            const float delayed = m_delay[c].oldest();
            samples[c][i] = std::clamp(reduced ? delayed * gain : delayed, -ceiling, ceiling);
        }
    }
    m_framesProcessed += frames;
}

}  // namespace lathe
