#include "dsp/TruePeakLimiter.h"

#include "core/Decibels.h"
#include "core/ScopedNoDenormals.h"
#include "dsp/EnvelopeDetector.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace lathe {
namespace {

constexpr double kDbPerNeper = 20.0 / std::numbers::ln10;
// Reductions below this are rounded to none, so that after a release the gain returns
// to exactly 1.0 (a gain step of 1e-5, -100 dB, smoothed by the attack window).
constexpr double kReductionFloorDb = 1e-4;

}  // namespace

void TruePeakLimiter::setSettings(const LimiterSettings& settings) noexcept {
    m_settings = settings;
    if (m_sampleRate <= 0.0)
        return;  // prepare() applies them
    m_inputGain.setTarget(dbToGain(settings.inputGainDb));
    m_ceilingDb.setTarget(settings.ceilingDbtp);
    applyReleaseSettings();
}

void TruePeakLimiter::applyReleaseSettings() noexcept {
    const double releaseMs = std::max(m_settings.releaseMs, 1.0);
    m_fastPole = EnvelopeDetector::onePoleCoefficient(releaseMs, m_sampleRate);
    m_sustainAttackPole = EnvelopeDetector::onePoleCoefficient(releaseMs * kSustainAttackFactor, m_sampleRate);
    m_sustainReleasePole = EnvelopeDetector::onePoleCoefficient(releaseMs * kSustainReleaseFactor, m_sampleRate);
}

void TruePeakLimiter::prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) {
    m_sampleRate = sampleRate;
    m_channels = std::min(channels, kMaxChannels);
    m_maxBlockFrames = std::max<std::size_t>(maxBlockFrames, 1);
    m_inputGains.assign(m_maxBlockFrames, 1.0f);
    for (std::size_t c = 0; c < kMaxChannels; ++c) {
        m_driven[c].assign(m_maxBlockFrames, 0.0f);
        m_peaks[c].assign(m_maxBlockFrames, 0.0f);
        // The safety stages check the output against all of the interpolators.
        m_detectors[c].setCoverage(OversampledPeakDetector::Coverage::LongAndOwnMeter);
        m_detectors[c].prepare(m_maxBlockFrames);
    }
    constexpr std::size_t kDetectorDelay = OversampledPeakDetector::kDelayFrames;
    const double attackMs = std::max(kMinAttackMs, m_settings.lookaheadMs);
    const auto attackFrames = static_cast<std::size_t>(std::max(1L, std::lround(attackMs * 0.001 * sampleRate)));
    m_smoother.prepare(attackFrames, kPeakNeighbourhoodFrames, m_maxBlockFrames);
    const std::size_t mainLatency = kDetectorDelay + m_smoother.delayFrames();
    for (auto& delay : m_delay)
        delay.resize(mainLatency + 1);
    m_ceilingGain.resize(m_smoother.delayFrames() + 1);
    m_ceilings.assign(m_maxBlockFrames, 0.0f);
    m_latencyFrames = mainLatency;
    for (auto& stage : m_safetyStages) {
        stage.prepare(sampleRate, m_maxBlockFrames);
        m_latencyFrames += stage.latencyFrames();
    }

    m_inputGain.prepare(sampleRate, kParameterRampSeconds);
    m_ceilingDb.prepare(sampleRate, kParameterRampSeconds);
    m_inputGain.setImmediate(dbToGain(m_settings.inputGainDb));
    m_ceilingDb.setImmediate(m_settings.ceilingDbtp);
    applyReleaseSettings();
    reset();
}

void TruePeakLimiter::reset() noexcept {
    m_inputGain.setImmediate(m_inputGain.target());
    m_ceilingDb.setImmediate(m_ceilingDb.target());
    m_appliedCeilingDb = std::numeric_limits<double>::quiet_NaN();
    updateCeiling(m_ceilingDb.current());
    for (auto& detector : m_detectors)
        detector.reset();
    for (auto& delay : m_delay)
        delay.fill(0.0f);
    m_ceilingGain.fill(m_ceiling);
    m_smoother.reset();
    for (auto& stage : m_safetyStages)
        stage.reset();
    m_fastDb = 0.0;
    m_sustainedDb = 0.0;
    m_gainReductionDb.store(0.0f, std::memory_order_relaxed);
}

void TruePeakLimiter::updateCeiling(double ceilingDb) noexcept {
    if (ceilingDb == m_appliedCeilingDb)
        return;
    m_appliedCeilingDb = ceilingDb;
    m_ceiling = static_cast<float>(dbToGain(ceilingDb));
    m_targetDb = ceilingDb - kDetectionMarginDb;
    m_targetGain = dbToGain(m_targetDb);
}

double TruePeakLimiter::requiredReductionDb(float truePeak) const noexcept {
    if (truePeak <= m_targetGain)
        return 0.0;
    return kDbPerNeper * std::log(static_cast<double>(truePeak)) - m_targetDb;
}

double TruePeakLimiter::releaseEnvelope(double requiredDb) noexcept {
    m_fastDb = std::max(requiredDb, m_fastDb * m_fastPole);
    if (requiredDb > m_sustainedDb)
        m_sustainedDb = requiredDb + m_sustainAttackPole * (m_sustainedDb - requiredDb);
    else
        m_sustainedDb *= m_sustainReleasePole;
    if (m_fastDb < kReductionFloorDb)
        m_fastDb = 0.0;
    if (m_sustainedDb < kReductionFloorDb)
        m_sustainedDb = 0.0;
    return std::max(m_fastDb, m_sustainedDb);
}

void TruePeakLimiter::process(const AudioView& audio) noexcept {
    const ScopedNoDenormals noDenormals;
    const std::size_t channels = std::min(audio.channelCount(), m_channels);
    const std::size_t frames = audio.frameCount();
    float* samples[kMaxChannels] = {};
    for (std::size_t c = 0; c < channels; ++c)
        samples[c] = audio.channel(c);

    float maxReductionDb = 0.0f;
    for (std::size_t start = 0; start < frames; start += m_maxBlockFrames) {
        const std::size_t count = std::min(m_maxBlockFrames, frames - start);
        float* chunk[kMaxChannels] = {};
        for (std::size_t c = 0; c < channels; ++c)
            chunk[c] = samples[c] + start;
        maxReductionDb = std::max(maxReductionDb, processChunk(chunk, channels, count));
    }
    m_gainReductionDb.store(maxReductionDb, std::memory_order_relaxed);
}

// Per chunk: the detectors over the whole chunk (their outputs vectorise across frames),
// the recursive release envelope and its running maximum frame by frame, the attack
// window's weighted average over the chunk (vectorised like the detectors), the gain on
// the delayed samples, then the safety stages.
float TruePeakLimiter::processChunk(float* const* samples, std::size_t channels, std::size_t frames) noexcept {
    for (std::size_t i = 0; i < frames; ++i)
        m_inputGains[i] = static_cast<float>(m_inputGain.next());
    for (std::size_t c = 0; c < channels; ++c) {
        float* driven = m_driven[c].data();
        for (std::size_t i = 0; i < frames; ++i)
            driven[i] = m_inputGains[i] == 1.0f ? samples[c][i] : samples[c][i] * m_inputGains[i];
        m_detectors[c].process(driven, m_peaks[c].data(), frames);
    }

    for (std::size_t i = 0; i < frames; ++i) {
        updateCeiling(m_ceilingDb.next());
        m_ceilings[i] = m_ceiling;
        float truePeak = 0.0f;
        for (std::size_t c = 0; c < channels; ++c)
            truePeak = std::max(truePeak, m_peaks[c][i]);
        m_smoother.push(i, static_cast<float>(releaseEnvelope(requiredReductionDb(truePeak))));
    }
    const float* smoothedDb = m_smoother.smooth(frames);

    float maxReductionDb = 0.0f;
    for (std::size_t i = 0; i < frames; ++i) {
        const float reductionDb = smoothedDb[i];
        maxReductionDb = std::max(maxReductionDb, reductionDb);
        const float gain = reductionDb > 0.0f ? std::exp(-reductionDb / static_cast<float>(kDbPerNeper)) : 1.0f;
        m_ceilingGain.push(m_ceilings[i]);
        m_ceilings[i] = m_ceilingGain.oldest();  // from here on, the ceiling of the output frame
        for (std::size_t c = 0; c < channels; ++c) {
            m_delay[c].push(m_driven[c][i]);
            const float delayed = m_delay[c].oldest();
            samples[c][i] = gain == 1.0f ? delayed : delayed * gain;
        }
    }
    for (auto& stage : m_safetyStages)
        stage.process(samples, channels, m_ceilings.data(), frames);
    return maxReductionDb;
}

}  // namespace lathe
