#pragma once

#include "core/AudioBuffer.h"
#include "dsp/BiquadCoefficients.h"

#include <array>
#include <cstddef>

namespace lathe {

// A second-order section for one or two channels (transposed direct form II, double
// precision state so that low corners at 44.1 kHz stay clean). Both channels of a
// stereo pair run in the same loop so the compiler can pair them in one SIMD register.
class StereoBiquad {
public:
    static constexpr std::size_t kMaxChannels = 2;

    void setCoefficients(const BiquadCoefficients& coefficients) noexcept { m_c = coefficients; }
    const BiquadCoefficients& coefficients() const noexcept { return m_c; }

    void reset() noexcept {
        m_s1 = {};
        m_s2 = {};
    }

    // In place, every channel of `audio` (at most kMaxChannels).
    void process(const AudioView& audio) noexcept {
        if (audio.channelCount() == kMaxChannels)
            processStereo(audio.channel(0), audio.channel(1), audio.frameCount());
        else
            processMono(audio.channel(0), audio.frameCount());
    }

    void processStereo(float* left, float* right, std::size_t frames) noexcept {
        double s1[kMaxChannels] = {m_s1[0], m_s1[1]};
        double s2[kMaxChannels] = {m_s2[0], m_s2[1]};
        for (std::size_t i = 0; i < frames; ++i) {
            const double x[kMaxChannels] = {left[i], right[i]};
            double y[kMaxChannels];
            for (std::size_t c = 0; c < kMaxChannels; ++c) {
                y[c] = m_c.b0 * x[c] + s1[c];
                s1[c] = m_c.b1 * x[c] - m_c.a1 * y[c] + s2[c];
                s2[c] = m_c.b2 * x[c] - m_c.a2 * y[c];
            }
            left[i] = static_cast<float>(y[0]);
            right[i] = static_cast<float>(y[1]);
        }
        m_s1 = {s1[0], s1[1]};
        m_s2 = {s2[0], s2[1]};
    }

    void processMono(float* samples, std::size_t frames) noexcept {
        double s1 = m_s1[0];
        double s2 = m_s2[0];
        for (std::size_t i = 0; i < frames; ++i) {
            const double x = samples[i];
            const double y = m_c.b0 * x + s1;
            s1 = m_c.b1 * x - m_c.a1 * y + s2;
            s2 = m_c.b2 * x - m_c.a2 * y;
            samples[i] = static_cast<float>(y);
        }
        m_s1[0] = s1;
        m_s2[0] = s2;
    }

private:
    BiquadCoefficients m_c;
    std::array<double, kMaxChannels> m_s1{};
    std::array<double, kMaxChannels> m_s2{};
};

}  // namespace lathe
