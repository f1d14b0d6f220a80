#pragma once

#include "core/AudioBuffer.h"
#include "dsp/StereoBiquad.h"

#include <array>
#include <cstddef>

namespace lathe {

// Splits audio into 2-5 bands with 4th-order Linkwitz-Riley crossovers (each LR4 filter
// is two identical 2nd-order Butterworth sections). The bands come from a tree: band k
// is the low-pass of what the crossovers below k left over. Each band except the top
// one then passes the all-passes of every crossover above it (an LR4 low-pass plus
// high-pass is exactly such an all-pass), so all bands carry the same phase shift and
// their sum is an all-pass: flat magnitude, but NOT the input sample for sample.
class LinkwitzRileyCrossover {
public:
    static constexpr std::size_t kMaxBands = 5;
    static constexpr std::size_t kMaxCrossovers = kMaxBands - 1;

    void prepare(double sampleRate) noexcept;
    void reset() noexcept;

    // `count` ascending corner frequencies (1..kMaxCrossovers) -> count + 1 bands.
    // Changing the count clears the filter state; moving a corner keeps it.
    void setCrossovers(const double* cornersHz, std::size_t count) noexcept;
    std::size_t bandCount() const noexcept { return m_crossoverCount + 1; }

    // Writes bandCount() band signals of `input`'s size and channel count to `bands`.
    // `input` may alias bands[bandCount() - 1].
    void split(const AudioView& input, const AudioView* bands) noexcept;

private:
    static constexpr std::size_t kSectionsPerFilter = 2;  // LR4 = Butterworth squared

    struct Crossover {
        std::array<StereoBiquad, kSectionsPerFilter> lowPass;
        std::array<StereoBiquad, kSectionsPerFilter> highPass;
    };

    static void copy(const AudioView& from, const AudioView& to) noexcept;

    double m_sampleRate = 48000.0;
    std::size_t m_crossoverCount = 0;
    std::array<double, kMaxCrossovers> m_cornersHz{};
    std::array<Crossover, kMaxCrossovers> m_crossovers;
    // m_compensation[band][crossover]: the all-pass of `crossover` applied to `band`.
    std::array<std::array<StereoBiquad, kMaxCrossovers>, kMaxBands> m_compensation;
};

}  // namespace lathe
