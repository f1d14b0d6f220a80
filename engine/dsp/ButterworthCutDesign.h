#pragma once

#include "dsp/BiquadCoefficients.h"

#include <array>
#include <cstddef>

namespace lathe {

// The sections of one cascaded filter: up to four second-order sections (order 8) plus
// the band's two Nyquist correction sections (NyquistCorrection).
struct SectionList {
    static constexpr std::size_t kMaxSections = 6;
    std::array<BiquadCoefficients, kMaxSections> sections{};
    std::size_t count = 0;

    double magnitudeSquared(double w) const noexcept { return magnitudeSquaredAt(BiquadCoefficients::phiOf(w)); }

    // At phi1 = sin^2(w/2).
    double magnitudeSquaredAt(double phi1) const noexcept {
        double m = 1.0;
        for (std::size_t i = 0; i < count; ++i)
            m *= sections[i].magnitudeSquaredAt(phi1);
        return m;
    }
};

// Butterworth low and high cuts of 6..48 dB/octave (orders 1..8): all poles share the
// corner frequency, the second-order sections take the Butterworth pole Qs and an odd
// order adds one first-order section. Every section is matched (MatchedBiquadDesign),
// so the corner sits at -3.01 dB and the slope holds up to Nyquist.
class ButterworthCutDesign {
public:
    static constexpr int kMinOrder = 1;
    static constexpr int kMaxOrder = 8;
    static constexpr int kDbPerOctavePerOrder = 6;

    static int orderForSlope(int slopeDbPerOctave) noexcept;

    // Q of second-order section k (0-based) of an order-N Butterworth filter.
    static double sectionQ(int order, int section) noexcept;

    static SectionList lowCut(double w0, int order) noexcept;   // high-pass
    static SectionList highCut(double w0, int order) noexcept;  // low-pass
};

}  // namespace lathe
