#pragma once

#include "dsp/OversampledPeakDetector.h"
#include "dsp/ReductionSmoother.h"
#include "dsp/SlidingWindow.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace lathe {

// The last stage of TruePeakLimiter: it measures the true peak of what the main gain
// stage produced and takes off whatever still exceeds the ceiling. The main stage's gain
// changes modulate the signal and create inter-sample peaks its detector (which looks at
// the input) cannot see; this stage sees them, on the signal as it will leave.
//
// Its own gain is a short, smooth bump (ReductionSmoother: kAttackMs Hann ramps, steady
// over kNeighbourhoodFrames either side of each overshoot) that is usually a few
// hundredths of a dB deep, so the peaks it creates in turn are two orders of magnitude
// smaller; it aims kMarginDb below the ceiling to absorb them, and clamps the samples.
// Below the ceiling its gain is exactly 1.0 (the input, delayed, bit for bit).
//
// latencyFrames() = the detector's reconstruction delay + the attack + the neighbourhood.
class TruePeakSafetyStage {
public:
    static constexpr std::size_t kMaxChannels = 2;
    static constexpr double kAttackMs = 0.5;
    static constexpr std::size_t kNeighbourhoodFrames = 8;
    static constexpr double kMarginDb = 0.01;

    void prepare(double sampleRate, std::size_t maxBlockFrames);
    void reset() noexcept;
    std::size_t latencyFrames() const noexcept { return m_latencyFrames; }

    // Processes `frames` frames (at most maxBlockFrames) in place; ceilings[i] is the
    // linear ceiling of frame i as it enters. Never allocates.
    void process(float* const* samples, std::size_t channels, const float* ceilings, std::size_t frames) noexcept;

    // Frames processed, and those that left with a gain below 1, since prepare()/reset().
    std::uint64_t framesProcessed() const noexcept { return m_framesProcessed; }
    std::uint64_t framesReduced() const noexcept { return m_framesReduced; }
    // The deepest reduction (dB) since prepare()/reset().
    float maxReductionDb() const noexcept { return m_maxReductionDb; }

private:
    std::size_t m_latencyFrames = 0;
    std::array<OversampledPeakDetector, kMaxChannels> m_detectors;
    std::array<std::vector<float>, kMaxChannels> m_peaks;
    std::array<SlidingWindow<float>, kMaxChannels> m_delay;
    SlidingWindow<float> m_detectedCeiling;  // ceilings aligned with the detectors' outputs
    SlidingWindow<float> m_outputCeiling;    // and with the output
    ReductionSmoother m_smoother;
    float m_marginGain = 1.0f;
    std::uint64_t m_framesProcessed = 0;
    std::uint64_t m_framesReduced = 0;
    float m_maxReductionDb = 0.0f;
};

}  // namespace lathe
