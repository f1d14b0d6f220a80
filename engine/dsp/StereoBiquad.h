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

    // Section `a` from aIn to aOut and section `b` from bIn to bOut (stereo) in one loop,
    // each with the same arithmetic as processStereo(): their recursions are independent,
    // so the CPU overlaps them instead of waiting on one. An output may alias an input:
    // every input sample of a frame is read before that frame's outputs are written.
    static void processSideBySide(StereoBiquad& a, const float* const* aIn, float* const* aOut,
                                  StereoBiquad& b, const float* const* bIn, float* const* bOut,
                                  std::size_t frames) noexcept {
        const BiquadCoefficients ca = a.m_c;
        const BiquadCoefficients cb = b.m_c;
        double as1[kMaxChannels] = {a.m_s1[0], a.m_s1[1]};
        double as2[kMaxChannels] = {a.m_s2[0], a.m_s2[1]};
        double bs1[kMaxChannels] = {b.m_s1[0], b.m_s1[1]};
        double bs2[kMaxChannels] = {b.m_s2[0], b.m_s2[1]};
        for (std::size_t i = 0; i < frames; ++i) {
            const double xa[kMaxChannels] = {aIn[0][i], aIn[1][i]};
            const double xb[kMaxChannels] = {bIn[0][i], bIn[1][i]};
            double ya[kMaxChannels];
            double yb[kMaxChannels];
            for (std::size_t c = 0; c < kMaxChannels; ++c) {
                ya[c] = ca.b0 * xa[c] + as1[c];
                as1[c] = ca.b1 * xa[c] - ca.a1 * ya[c] + as2[c];
                as2[c] = ca.b2 * xa[c] - ca.a2 * ya[c];
                yb[c] = cb.b0 * xb[c] + bs1[c];
                bs1[c] = cb.b1 * xb[c] - cb.a1 * yb[c] + bs2[c];
                bs2[c] = cb.b2 * xb[c] - cb.a2 * yb[c];
            }
            for (std::size_t c = 0; c < kMaxChannels; ++c) {
                aOut[c][i] = static_cast<float>(ya[c]);
                bOut[c][i] = static_cast<float>(yb[c]);
            }
        }
        a.m_s1 = {as1[0], as1[1]};
        a.m_s2 = {as2[0], as2[1]};
        b.m_s1 = {bs1[0], bs1[1]};
        b.m_s2 = {bs2[0], bs2[1]};
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
