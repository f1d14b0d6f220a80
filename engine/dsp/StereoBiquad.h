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
        Pair s1 = {m_s1[0], m_s1[1]};
        Pair s2 = {m_s2[0], m_s2[1]};
        for (std::size_t i = 0; i < frames; ++i) {
            const Pair x = {left[i], right[i]};
            const Pair y = step(m_c, x, s1, s2);
            left[i] = static_cast<float>(y[0]);
            right[i] = static_cast<float>(y[1]);
        }
        store(s1, s2);
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
        Pair as1 = {a.m_s1[0], a.m_s1[1]};
        Pair as2 = {a.m_s2[0], a.m_s2[1]};
        Pair bs1 = {b.m_s1[0], b.m_s1[1]};
        Pair bs2 = {b.m_s2[0], b.m_s2[1]};
        for (std::size_t i = 0; i < frames; ++i) {
            const Pair xa = {aIn[0][i], aIn[1][i]};
            const Pair xb = {bIn[0][i], bIn[1][i]};
            const Pair ya = step(ca, xa, as1, as2);
            const Pair yb = step(cb, xb, bs1, bs2);
            aOut[0][i] = static_cast<float>(ya[0]);
            aOut[1][i] = static_cast<float>(ya[1]);
            bOut[0][i] = static_cast<float>(yb[0]);
            bOut[1][i] = static_cast<float>(yb[1]);
        }
        a.store(as1, as2);
        b.store(bs1, bs2);
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
    // Both channels in the lanes of one SSE register (GCC's vector extension); each lane
    // does exactly the scalar arithmetic of processMono(), so the results are the same bits.
    using Pair = double __attribute__((vector_size(16)));

    static Pair step(const BiquadCoefficients& c, Pair x, Pair& s1, Pair& s2) noexcept {
        const Pair y = c.b0 * x + s1;
        s1 = c.b1 * x - c.a1 * y + s2;
        s2 = c.b2 * x - c.a2 * y;
        return y;
    }

    void store(Pair s1, Pair s2) noexcept {
        m_s1 = {s1[0], s1[1]};
        m_s2 = {s2[0], s2[1]};
    }

    BiquadCoefficients m_c;
    std::array<double, kMaxChannels> m_s1{};
    std::array<double, kMaxChannels> m_s2{};
};

}  // namespace lathe
