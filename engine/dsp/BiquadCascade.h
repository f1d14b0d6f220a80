#pragma once

#include "dsp/ButterworthCutDesign.h"

#include <array>
#include <cstddef>

namespace lathe {

// Up to SectionList::kMaxSections sections in series on one or two channels, in
// transposed direct form II with double-precision state: the signal stays in double from
// the first section to the last, and the form tolerates coefficient changes between
// samples (gliding parameters) without the state blow-ups of direct form I/II. Both
// channels of a stereo pair run in the same loop.
class BiquadCascade {
public:
    static constexpr std::size_t kMaxChannels = 2;

    void setSections(const SectionList& sections) noexcept {
        m_sections = sections;
        m_rampRemaining = 0;
        updateActiveCount();
    }

    // Moves the coefficients linearly to `target` over `frames` samples, so a redesign
    // every few samples never steps. Stable throughout: the stability triangle of a
    // second-order denominator is convex. `target` must have the same section count.
    void rampTo(const SectionList& target, std::size_t frames) noexcept {
        const double scale = 1.0 / double(frames);
        for (std::size_t k = 0; k < m_sections.count; ++k) {
            const BiquadCoefficients& from = m_sections.sections[k];
            const BiquadCoefficients& to = target.sections[k];
            m_step.sections[k] = {(to.b0 - from.b0) * scale, (to.b1 - from.b1) * scale,
                                  (to.b2 - from.b2) * scale, (to.a1 - from.a1) * scale,
                                  (to.a2 - from.a2) * scale};
        }
        m_rampTarget = target;
        m_rampRemaining = frames;
        m_activeCount = m_sections.count;
    }

    const SectionList& sections() const noexcept { return m_sections; }

    void reset() noexcept { m_state = {}; }

    // In place. `second` may be null (one channel).
    void process(float* first, float* second, std::size_t frames) noexcept {
        while (m_rampRemaining > 0 && frames > 0) {
            advanceRamp();
            *first = static_cast<float>(tick(0, *first));
            ++first;
            if (second != nullptr) {
                *second = static_cast<float>(tick(1, *second));
                ++second;
            }
            --frames;
        }
        if (frames == 0)
            return;
        switch (m_activeCount) {
        case 0: return;
        case 1: return steady<1>(first, second, frames);
        case 2: return steady<2>(first, second, frames);
        case 3: return steady<3>(first, second, frames);
        case 4: return steady<4>(first, second, frames);
        default: return steady<SectionList::kMaxSections>(first, second, frames);
        }
    }

private:
    // Both channels in the lanes of one SSE register (GCC's vector extension).
    using Pair = double __attribute__((vector_size(16)));

    // Fixed coefficients, `Sections` active: the states live in registers for the whole
    // block instead of memory, and both channels share each instruction. Every lane does
    // exactly tick()'s arithmetic, so the results are the same bits.
    template <std::size_t Sections>
    void steady(float* first, float* second, std::size_t frames) noexcept {
        static_assert(Sections <= SectionList::kMaxSections);
        std::array<BiquadCoefficients, Sections> c;
        std::array<Pair, Sections> s1;
        std::array<Pair, Sections> s2;
        for (std::size_t k = 0; k < Sections; ++k) {
            c[k] = m_sections.sections[k];
            s1[k] = Pair{m_state[0][k].s1, m_state[1][k].s1};
            s2[k] = Pair{m_state[0][k].s2, m_state[1][k].s2};
        }
        // One channel runs in the low lane; the high lane's results are discarded.
        float* const high = second != nullptr ? second : first;
        for (std::size_t i = 0; i < frames; ++i) {
            Pair x = {first[i], high[i]};
            for (std::size_t k = 0; k < Sections; ++k) {
                const Pair y = c[k].b0 * x + s1[k];
                s1[k] = c[k].b1 * x - c[k].a1 * y + s2[k];
                s2[k] = c[k].b2 * x - c[k].a2 * y;
                x = y;
            }
            first[i] = static_cast<float>(x[0]);
            if (second != nullptr)
                second[i] = static_cast<float>(x[1]);
        }
        const std::size_t channels = second != nullptr ? kMaxChannels : 1;
        for (std::size_t k = 0; k < Sections; ++k)
            for (std::size_t ch = 0; ch < channels; ++ch) {
                m_state[ch][k].s1 = s1[k][ch];
                m_state[ch][k].s2 = s2[k][ch];
            }
    }

    void advanceRamp() noexcept {
        if (--m_rampRemaining == 0) {
            m_sections = m_rampTarget;  // land exactly, free of accumulated rounding
            updateActiveCount();
            return;
        }
        for (std::size_t k = 0; k < m_sections.count; ++k) {
            BiquadCoefficients& c = m_sections.sections[k];
            const BiquadCoefficients& d = m_step.sections[k];
            c.b0 += d.b0;
            c.b1 += d.b1;
            c.b2 += d.b2;
            c.a1 += d.a1;
            c.a2 += d.a2;
        }
    }

    struct State {
        double s1 = 0.0;
        double s2 = 0.0;
    };

    // Trailing identity sections (an unneeded Nyquist correction) cost nothing. Their
    // state stays zero, which is exactly the state they would have.
    void updateActiveCount() noexcept {
        m_activeCount = m_sections.count;
        while (m_activeCount > 0 && m_sections.sections[m_activeCount - 1] == BiquadCoefficients{}) {
            --m_activeCount;
            for (auto& channel : m_state)
                channel[m_activeCount] = {};
        }
    }

    double tick(std::size_t channel, double x) noexcept {
        for (std::size_t k = 0; k < m_activeCount; ++k) {
            const BiquadCoefficients& c = m_sections.sections[k];
            State& s = m_state[channel][k];
            const double y = c.b0 * x + s.s1;
            s.s1 = c.b1 * x - c.a1 * y + s.s2;
            s.s2 = c.b2 * x - c.a2 * y;
            x = y;
        }
        return x;
    }

    SectionList m_sections;
    SectionList m_step;
    SectionList m_rampTarget;
    std::size_t m_rampRemaining = 0;
    std::size_t m_activeCount = 0;
    std::array<std::array<State, SectionList::kMaxSections>, kMaxChannels> m_state{};
};

}  // namespace lathe
