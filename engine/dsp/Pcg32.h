#pragma once

#include <cstdint>

namespace lathe {

// PCG32 (O'Neill's XSH-RR 64/32): a tiny, fast, seeded generator with independent
// streams, so each dithered channel gets its own noise and a render is reproducible
// from `--seed` alone. It never allocates, unlike the distributions of <random>
// whose results also differ between standard libraries.
class Pcg32 {
public:
    explicit Pcg32(std::uint64_t seed = 1, std::uint64_t stream = 0) noexcept { reseed(seed, stream); }

    void reseed(std::uint64_t seed, std::uint64_t stream) noexcept {
        m_increment = (stream << 1u) | 1u;
        m_state = 0;
        next();
        m_state += seed;
        next();
    }

    std::uint32_t next() noexcept {
        const std::uint64_t old = m_state;
        m_state = old * kMultiplier + m_increment;
        const auto xorShifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
        const auto rotation = static_cast<std::uint32_t>(old >> 59u);
        return (xorShifted >> rotation) | (xorShifted << ((0u - rotation) & 31u));
    }

    // Uniform in [0, 1) with 24 bits of resolution (exact in float and double).
    double nextUnit() noexcept { return static_cast<double>(next() >> 8u) * kUnitScale; }

private:
    static constexpr std::uint64_t kMultiplier = 6364136223846793005ull;
    static constexpr double kUnitScale = 1.0 / 16777216.0;  // 2^-24
    std::uint64_t m_state = 0;
    std::uint64_t m_increment = 1;
};

}  // namespace lathe
