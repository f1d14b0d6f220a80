#pragma once

#include "project/ModuleSettings.h"

#include <array>
#include <cstddef>

namespace lathe {

// The side chain's level detector: instantaneous level (peak |x|, or RMS over a short
// fixed window), stereo link, then attack/release ballistics. Output is a linear
// amplitude envelope per channel, so a steady sine of peak A reads A (peak mode) or
// A/sqrt(2) (RMS mode).
//
// Ballistics ("smooth branching with peak hold", after Giannoulis et al.'s decoupled
// detector): a hold stage follows rises instantly and decays towards the level with
// the release time constant; the envelope rises towards the hold with the attack time
// constant and follows it down directly. So both time constants are exact one-pole
// step responses: after a step up the envelope reaches 1 - 1/e of the step after
// attack_ms; after a step down it has fallen to 1/e of the step after release_ms. And a
// steady tone reads its true peak, not a value biased low by a slow attack.
class EnvelopeDetector {
public:
    static constexpr std::size_t kMaxChannels = 2;
    // The RMS detector averages x^2 with two cascaded one-poles of this time constant:
    // short enough not to mask attack_ms, long enough that a 100 Hz tone reads steady.
    static constexpr double kRmsWindowMs = 5.0;

    void prepare(double sampleRate) noexcept;
    void reset() noexcept;

    void setDetector(Detector detector) noexcept { m_detector = detector; }
    void setAttackMs(double attackMs) noexcept;
    void setReleaseMs(double releaseMs) noexcept;
    // 0 = each channel detects alone, 1 = both channels see the louder one.
    void setStereoLink(double link) noexcept;

    // Reads `frames` samples of `channels` (1 or 2) input channels, writes the envelope.
    void process(const float* const* input, float* const* envelope, std::size_t channels,
                 std::size_t frames) noexcept;

    // exp(-1/(tau * fs)): the pole of a one-pole smoother with time constant tau.
    static double onePoleCoefficient(double timeMs, double sampleRate) noexcept;

private:
    template <std::size_t Channels>
    void processChannels(const float* const* input, float* const* envelope, std::size_t frames) noexcept;
    void processStereo(const float* const* input, float* const* envelope, std::size_t frames) noexcept;

    double m_sampleRate = 48000.0;
    Detector m_detector = Detector::Rms;
    double m_attackMs = 10.0;
    double m_releaseMs = 120.0;
    double m_attackCoefficient = 0.0;
    double m_releaseCoefficient = 0.0;
    double m_rmsCoefficient = 0.0;
    double m_link = 1.0;
    std::array<double, kMaxChannels> m_meanSquare1{};
    std::array<double, kMaxChannels> m_meanSquare2{};
    std::array<double, kMaxChannels> m_hold{};
    std::array<double, kMaxChannels> m_envelope{};
};

}  // namespace lathe
