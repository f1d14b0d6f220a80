#pragma once

#include "dsp/ButterworthCutDesign.h"

#include <array>
#include <cstddef>

namespace lathe {

// Up to four sections in series on one or two channels, in transposed direct form II
// with double-precision state: the signal stays in double from the first section to the
// last, and the form tolerates coefficient changes between samples (gliding parameters)
// without the state blow-ups of direct form I/II. Both channels of a stereo pair run in
// the same loop.
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
        if (second == nullptr) {
            for (std::size_t i = 0; i < frames; ++i)
                first[i] = static_cast<float>(tick(0, first[i]));
            return;
        }
        for (std::size_t i = 0; i < frames; ++i) {
            first[i] = static_cast<float>(tick(0, first[i]));
            second[i] = static_cast<float>(tick(1, second[i]));
        }
    }

private:
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
