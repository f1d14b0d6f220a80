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

    void setSections(const SectionList& sections) noexcept { m_sections = sections; }
    const SectionList& sections() const noexcept { return m_sections; }

    void reset() noexcept { m_state = {}; }

    // In place. `second` may be null (one channel).
    void process(float* first, float* second, std::size_t frames) noexcept {
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
    struct State {
        double s1 = 0.0;
        double s2 = 0.0;
    };

    double tick(std::size_t channel, double x) noexcept {
        for (std::size_t k = 0; k < m_sections.count; ++k) {
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
    std::array<std::array<State, SectionList::kMaxSections>, kMaxChannels> m_state{};
};

}  // namespace lathe
