#include "dsp/StereoImager.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {

namespace {
constexpr double kMaxWidth = 2.0;
}

StereoImager::StereoImager(const StereoSettings& settings) noexcept {
    setSettings(settings);
    reset();
}

double StereoImager::clampedCutoff(double hz) const noexcept {
    return std::clamp(hz, kMinCutoffHz, kMaxCutoffFraction * m_sampleRate);
}

void StereoImager::setSettings(const StereoSettings& settings) noexcept {
    m_settings = settings;
    m_width.setTarget(std::clamp(settings.width, 0.0, kMaxWidth));
    m_balance.setTarget(std::clamp(settings.balance, -1.0, 1.0));
    if (settings.monoBelowHz <= 0.0) {
        m_bassMonoMix.setTarget(0.0);
        return;
    }
    const double cutoff = clampedCutoff(settings.monoBelowHz);
    const bool crossoverIdle = m_bassMonoMix.current() == 0.0 && !m_bassMonoMix.isSmoothing();
    if (crossoverIdle) {
        // Switching on: start the crossover at its final frequency from clean state
        // and fade it in, instead of sweeping up from nothing.
        m_cutoffHz.setImmediate(cutoff);
        m_bassMono.setCutoff(cutoff, m_sampleRate);
        m_bassMono.reset();
    } else {
        m_cutoffHz.setTarget(cutoff);
    }
    m_bassMonoMix.setTarget(1.0);
}

void StereoImager::prepare(double sampleRate, std::size_t /*maxBlockFrames*/, std::size_t /*channels*/) {
    m_sampleRate = sampleRate;
    for (SmoothedValue* value : {&m_width, &m_balance, &m_cutoffHz, &m_bassMonoMix})
        value->prepare(sampleRate, kRampSeconds);
    reset();
}

void StereoImager::reset() noexcept {
    m_width.setImmediate(std::clamp(m_settings.width, 0.0, kMaxWidth));
    m_balance.setImmediate(std::clamp(m_settings.balance, -1.0, 1.0));
    const bool bassMonoOn = m_settings.monoBelowHz > 0.0;
    m_bassMonoMix.setImmediate(bassMonoOn ? 1.0 : 0.0);
    m_cutoffHz.setImmediate(bassMonoOn ? clampedCutoff(m_settings.monoBelowHz) : kMinCutoffHz);
    m_bassMono.setCutoff(m_cutoffHz.current(), m_sampleRate);
    m_bassMono.reset();
    updateBalanceGains(m_balance.current());
}

bool StereoImager::isNeutral() const noexcept {
    const bool gliding = m_width.isSmoothing() || m_balance.isSmoothing() || m_bassMonoMix.isSmoothing();
    return !gliding && m_width.current() == 1.0 && m_balance.current() == 0.0 &&
           m_bassMonoMix.current() == 0.0;
}

void StereoImager::updateBalanceGains(double balance) noexcept {
    const double farGain = std::cos(std::abs(balance) * std::numbers::pi / 2.0);
    m_leftGain = balance > 0.0 ? farGain : 1.0;
    m_rightGain = balance < 0.0 ? farGain : 1.0;
}

void StereoImager::process(const AudioView& audio) noexcept {
    if (audio.channelCount() != 2 || isNeutral())
        return;
    float* left = audio.channel(0);
    float* right = audio.channel(1);
    for (std::size_t start = 0; start < audio.frameCount(); start += kControlFrames) {
        const std::size_t frames = std::min(kControlFrames, audio.frameCount() - start);
        processControlBlock(left + start, right + start, frames);
    }
}

void StereoImager::processControlBlock(float* left, float* right, std::size_t frames) noexcept {
    if (m_cutoffHz.isSmoothing())
        m_bassMono.setCutoff(m_cutoffHz.skip(static_cast<int>(frames)), m_sampleRate);

    const bool bassMonoActive = m_bassMonoMix.current() > 0.0 || m_bassMonoMix.isSmoothing();
    if (!bassMonoActive)
        m_bassMono.reset();  // so a later switch-on starts from silence
    const bool balanceGliding = m_balance.isSmoothing();

    for (std::size_t i = 0; i < frames; ++i) {
        double mid = 0.5 * (static_cast<double>(left[i]) + right[i]);
        double side = 0.5 * (static_cast<double>(left[i]) - right[i]);
        if (bassMonoActive) {
            double filteredMid = mid;
            double filteredSide = side;
            m_bassMono.process(filteredMid, filteredSide);
            const double mix = m_bassMonoMix.next();
            mid += mix * (filteredMid - mid);
            side += mix * (filteredSide - side);
        }
        side *= m_width.next();
        if (balanceGliding)
            updateBalanceGains(m_balance.next());
        left[i] = static_cast<float>((mid + side) * m_leftGain);
        right[i] = static_cast<float>((mid - side) * m_rightGain);
    }
}

}  // namespace lathe
