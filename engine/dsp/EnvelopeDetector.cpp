#include "dsp/EnvelopeDetector.h"

#include <algorithm>
#include <cmath>

namespace lathe {

double EnvelopeDetector::onePoleCoefficient(double timeMs, double sampleRate) noexcept {
    if (timeMs <= 0.0)
        return 0.0;
    return std::exp(-1.0 / (timeMs * 0.001 * sampleRate));
}

void EnvelopeDetector::prepare(double sampleRate) noexcept {
    m_sampleRate = sampleRate;
    m_rmsCoefficient = onePoleCoefficient(kRmsWindowMs, sampleRate);
    setAttackMs(m_attackMs);
    setReleaseMs(m_releaseMs);
    reset();
}

void EnvelopeDetector::reset() noexcept {
    m_meanSquare1 = {};
    m_meanSquare2 = {};
    m_hold = {};
    m_envelope = {};
}

void EnvelopeDetector::setAttackMs(double attackMs) noexcept {
    m_attackMs = attackMs;
    m_attackCoefficient = onePoleCoefficient(attackMs, m_sampleRate);
}

void EnvelopeDetector::setReleaseMs(double releaseMs) noexcept {
    m_releaseMs = releaseMs;
    m_releaseCoefficient = onePoleCoefficient(releaseMs, m_sampleRate);
}

void EnvelopeDetector::setStereoLink(double link) noexcept {
    m_link = std::clamp(link, 0.0, 1.0);
}

void EnvelopeDetector::process(const float* const* input, float* const* envelope, std::size_t channels,
                               std::size_t frames) noexcept {
    if (channels == kMaxChannels)
        processStereo(input, envelope, frames);
    else
        processChannels<1>(input, envelope, frames);
}

namespace {
// Both channels in the lanes of one SSE register (GCC's vector extension): every lane
// does exactly the arithmetic of processChannels(), so the results are the same bits.
using Pair = double __attribute__((vector_size(16)));
}  // namespace

void EnvelopeDetector::processStereo(const float* const* input, float* const* envelope,
                                     std::size_t frames) noexcept {
    const bool rms = m_detector == Detector::Rms;
    const double rmsPole = m_rmsCoefficient;
    const double attackPole = m_attackCoefficient;
    const double releasePole = m_releaseCoefficient;
    const double link = m_link;
    Pair meanSquare1 = {m_meanSquare1[0], m_meanSquare1[1]};
    Pair meanSquare2 = {m_meanSquare2[0], m_meanSquare2[1]};
    Pair hold = {m_hold[0], m_hold[1]};
    Pair smoothed = {m_envelope[0], m_envelope[1]};
    for (std::size_t i = 0; i < frames; ++i) {
        const Pair x = {input[0][i], input[1][i]};
        Pair level;
        if (rms) {
            meanSquare1 = x * x + rmsPole * (meanSquare1 - x * x);
            meanSquare2 = meanSquare1 + rmsPole * (meanSquare2 - meanSquare1);
            level = Pair{std::sqrt(meanSquare2[0]), std::sqrt(meanSquare2[1])};
        } else {
            level = Pair{std::abs(x[0]), std::abs(x[1])};
        }
        const double loudest = std::max(level[0], level[1]);
        level += link * (loudest - level);
        const Pair released = level + releasePole * (hold - level);
        hold = level < released ? released : level;  // std::max(level, released)
        smoothed = hold > smoothed ? hold + attackPole * (smoothed - hold) : hold;
        envelope[0][i] = static_cast<float>(smoothed[0]);
        envelope[1][i] = static_cast<float>(smoothed[1]);
    }
    for (std::size_t c = 0; c < kMaxChannels; ++c) {
        m_meanSquare1[c] = meanSquare1[c];
        m_meanSquare2[c] = meanSquare2[c];
        m_hold[c] = hold[c];
        m_envelope[c] = smoothed[c];
    }
}

template <std::size_t Channels>
void EnvelopeDetector::processChannels(const float* const* input, float* const* envelope,
                                       std::size_t frames) noexcept {
    const bool rms = m_detector == Detector::Rms;
    const double rmsPole = m_rmsCoefficient;
    const double attackPole = m_attackCoefficient;
    const double releasePole = m_releaseCoefficient;
    const double link = m_link;
    for (std::size_t i = 0; i < frames; ++i) {
        double level[Channels];
        for (std::size_t c = 0; c < Channels; ++c) {
            const double x = input[c][i];
            if (rms) {
                m_meanSquare1[c] = x * x + rmsPole * (m_meanSquare1[c] - x * x);
                m_meanSquare2[c] = m_meanSquare1[c] + rmsPole * (m_meanSquare2[c] - m_meanSquare1[c]);
                level[c] = std::sqrt(m_meanSquare2[c]);
            } else {
                level[c] = std::abs(x);
            }
        }
        if constexpr (Channels == kMaxChannels) {
            const double loudest = std::max(level[0], level[1]);
            for (std::size_t c = 0; c < Channels; ++c)
                level[c] += link * (loudest - level[c]);
        }
        for (std::size_t c = 0; c < Channels; ++c) {
            const double released = level[c] + releasePole * (m_hold[c] - level[c]);
            m_hold[c] = std::max(level[c], released);
            const double hold = m_hold[c];
            m_envelope[c] = hold > m_envelope[c] ? hold + attackPole * (m_envelope[c] - hold) : hold;
            envelope[c][i] = static_cast<float>(m_envelope[c]);
        }
    }
}

}  // namespace lathe
