#pragma once

#include "dsp/OversampledPeakDetector.h"
#include "dsp/Processor.h"
#include "dsp/ReductionSmoother.h"
#include "dsp/SlidingWindow.h"
#include "dsp/TruePeakSafetyStage.h"
#include "dsp/SmoothedValue.h"
#include "project/ModuleSettings.h"

#include <array>
#include <atomic>
#include <vector>

namespace lathe {

// The `limiter` module: a stereo-linked look-ahead limiter whose output never exceeds
// ceiling_dbtp measured as a 4x-oversampled true peak (BS.1770).
//
// Per frame, on the input side of the look-ahead delay:
//  1. input_gain_db, then a 4x true-peak detector per channel (OversampledPeakDetector,
//     reading the long interpolator and Lathe's meter's; the safety stages read all
//     four) gives the gain reduction the frame needs, in dB. It looks kDelayFrames ahead of
//     the frame it reports on, so that delay is part of the latency.
//  2. Program-dependent release: a fast envelope (release_ms) lets single transients go
//     quickly; a sustained envelope that charges slowly (kSustainAttackFactor x
//     release_ms) holds back dense material and recovers with kSustainReleaseFactor x
//     release_ms. The larger of the two counts.
//  3. A maximum over the attack window (plus a few frames either side of every peak),
//     then a Hann-weighted average over the attack window (ReductionSmoother): a smooth
//     S-shaped attack that reaches the required reduction before the peak leaves the delay.
//  4. kSafetyStages TruePeakSafetyStage in cascade measure the true peak of the limited
//     signal itself and take off what still exceeds the ceiling (the main gain's own
//     modulation creates inter-sample peaks the input detector cannot see), then clamp.
// The main detector aims kDetectionMarginDb below the ceiling so that the safety stages
// have little left to do: on music they act on a tiny fraction of the frames, if any.
//
// latencyFrames() = lookahead_ms (the attack ramp) + the detector's reconstruction delay
// (OversampledPeakDetector::kDelayFrames) + kPeakNeighbourhoodFrames, plus the safety
// stages' latencies: 156 + 94 = 250 frames for the default 2 ms at 44.1 kHz. Latched at
// prepare(). Below the ceiling every gain is exactly 1.0:
// the output is the input delayed by latencyFrames(), bit for bit.
class TruePeakLimiter final : public Processor {
public:
    static constexpr std::size_t kMaxChannels = 2;
    static constexpr double kDetectionMarginDb = 0.03;
    static constexpr double kSustainAttackFactor = 5.0;
    static constexpr double kSustainReleaseFactor = 4.0;
    // Frames on both sides of a detected peak that get its full reduction, so that the
    // interpolated points around it see a steady gain.
    static constexpr std::size_t kPeakNeighbourhoodFrames = 4;
    static constexpr double kParameterRampSeconds = 0.03;
    // Shorter look-aheads are raised to this: a faster gain ramp modulates the signal
    // enough to throw new inter-sample peaks over the ceiling.
    static constexpr double kMinAttackMs = 1.0;
    static constexpr std::size_t kSafetyStages = 1;

    TruePeakLimiter() = default;
    explicit TruePeakLimiter(const LimiterSettings& settings) { setSettings(settings); }

    // Between process() calls; never allocates. lookahead_ms takes effect at prepare().
    void setSettings(const LimiterSettings& settings) noexcept;

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;
    std::size_t latencyFrames() const noexcept override { return m_latencyFrames; }

    // The largest gain reduction (dB, >= 0) applied in the last block; any thread.
    float gainReductionDb() const noexcept { return m_gainReductionDb.load(std::memory_order_relaxed); }

    // The safety stages (for their statistics: how often and how deep they reduced);
    // between process() calls.
    const TruePeakSafetyStage& safetyStage(std::size_t index) const noexcept { return m_safetyStages[index]; }

private:
    void applyReleaseSettings() noexcept;
    void updateCeiling(double ceilingDb) noexcept;
    double requiredReductionDb(float truePeak) const noexcept;
    double releaseEnvelope(double requiredDb) noexcept;
    float processChunk(float* const* samples, std::size_t channels, std::size_t frames) noexcept;

    LimiterSettings m_settings;
    double m_sampleRate = 0.0;
    std::size_t m_channels = 0;
    std::size_t m_latencyFrames = 0;
    SmoothedValue m_inputGain;
    SmoothedValue m_ceilingDb;
    double m_appliedCeilingDb = 0.0;  // the ceiling the three values below belong to
    float m_ceiling = 1.0f;
    double m_targetDb = 0.0;  // ceiling minus the detection margin
    double m_targetGain = 1.0;
    double m_fastPole = 0.0;
    double m_sustainAttackPole = 0.0;
    double m_sustainReleasePole = 0.0;
    double m_fastDb = 0.0;
    double m_sustainedDb = 0.0;
    std::array<OversampledPeakDetector, kMaxChannels> m_detectors;
    std::size_t m_maxBlockFrames = 1;
    std::vector<float> m_inputGains;                       // per frame of a chunk
    std::array<std::vector<float>, kMaxChannels> m_driven; // input x input gain
    std::array<std::vector<float>, kMaxChannels> m_peaks;  // the detectors' outputs
    std::array<SlidingWindow<float>, kMaxChannels> m_delay;
    SlidingWindow<float> m_ceilingGain;  // the ceiling of each frame, aligned with the main stage's output
    ReductionSmoother m_smoother;        // the release envelope's attack
    std::vector<float> m_ceilings;       // the ceiling of each frame of a chunk
    std::array<TruePeakSafetyStage, kSafetyStages> m_safetyStages;
    std::atomic<float> m_gainReductionDb{0.0f};
};

}  // namespace lathe
