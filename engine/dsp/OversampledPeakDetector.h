#pragma once

#include "dsp/SlidingWindow.h"

#include <array>
#include <cstddef>

namespace lathe {

// True-peak detection with 4x oversampling (ITU-R BS.1770 style), one channel: a
// polyphase Kaiser-windowed-sinc interpolator computes the three points between two
// samples. push(x[n]) returns the largest magnitude of the reconstructed signal over
// [m, m+1), m = n - kDelayFrames: the sample x[m] itself (phase 0 of the interpolator
// is exact) and the 3 points after it.
//
// Longer than the 48-tap filter of BS.1770 (kTapsPerPhase per phase), so tones up to
// ~19 kHz at 44.1 kHz are reconstructed within 0.01 dB.
class OversampledPeakDetector {
public:
    static constexpr std::size_t kOversampling = 4;
    static constexpr std::size_t kTapsPerPhase = 32;
    static constexpr std::size_t kDelayFrames = kTapsPerPhase / 2;

    OversampledPeakDetector();

    void reset() noexcept;
    float push(float sample) noexcept;

private:
    static constexpr std::size_t kInterpolatedPhases = kOversampling - 1;
    using Phase = std::array<float, kTapsPerPhase>;

    static const std::array<Phase, kInterpolatedPhases>& coefficients();

    const std::array<Phase, kInterpolatedPhases>* m_phases;
    SlidingWindow<float> m_history;
};

}  // namespace lathe
