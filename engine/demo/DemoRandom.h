#pragma once

#include <cstdint>

namespace lathe::demo {

// The demo album must be byte-identical on every run and every standard library, so
// it draws its noise and humanisation from this fixed generator (xorshift32) rather
// than from <random>'s distributions, whose output is implementation-defined.
class DemoRandom {
public:
    explicit DemoRandom(std::uint32_t seed) : m_state(seed == 0 ? kNonZeroSeed : seed) {}

    std::uint32_t next() noexcept {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }

    // Uniform in [-1, 1).
    float bipolar() noexcept { return static_cast<float>(next() >> 8) * kScale24 * 2.0f - 1.0f; }

    // Uniform in [0, 1).
    float unipolar() noexcept { return static_cast<float>(next() >> 8) * kScale24; }

private:
    static constexpr std::uint32_t kNonZeroSeed = 0x9E3779B9u;
    static constexpr float kScale24 = 1.0f / 16777216.0f;
    std::uint32_t m_state;
};

}  // namespace lathe::demo
