#pragma once

#include "core/AudioBuffer.h"

#include <array>
#include <cstddef>
#include <vector>

namespace lathe {

// ITU-R BS.1770-4 true peak: the signal is interpolated at 4x the sample rate by a
// polyphase FIR and the largest magnitude per channel is kept. The interpolator is a
// Kaiser-windowed sinc with 48 taps per phase (the Annex 2 filter has 12): flat
// within 0.005 dB up to 0.45 fs (20 kHz at 44.1 kHz), -6 dB at fs/2 and more than
// 80 dB down from 0.56 fs, so the reading errs only by the 4x sampling of the
// interpolated wave itself (at most cos(pi f / 4 fs): 0.56 dB at 20 kHz, 44.1 kHz).
//
// Phase 0 of the interpolator is the original sample (the sinc is zero at every
// other integer), so only phases 1-3 are computed and the sample peak is folded in:
// the true peak is never below the sample peak.
//
// Streams any number of frames per call; memory is fixed at construction.
class TruePeakMeter {
public:
    static constexpr std::size_t kOversampling = 4;
    static constexpr std::size_t kTapsPerPhase = 48;
    static constexpr std::size_t kComputedPhases = kOversampling - 1;
    using PhaseCoefficients = std::array<std::array<float, kTapsPerPhase>, kComputedPhases>;

    explicit TruePeakMeter(std::size_t channels);

    // `samples` holds frameCount frames of channelCount() interleaved samples.
    void processInterleaved(const float* samples, std::size_t frameCount);
    // Planar audio with channelCount() channels.
    void process(const AudioView& audio);

    // Runs the interpolator past the last sample (as if silence followed, which is
    // what a converter plays), so an overshoot between the final samples is seen.
    // Call once after the last block; process() must not follow.
    void finish();
    void reset();

    std::size_t channelCount() const noexcept { return m_channels.size(); }
    // Linear magnitudes (1.0 = full scale); 0 for silence.
    float channelPeak(std::size_t channel) const;
    float peak() const;

    // Phase p+1's taps, applied to samples oldest first: it interpolates the point
    // (p+1)/4 of a sample after the input sample kDelay of its window.
    static const PhaseCoefficients& coefficients();
    static constexpr std::size_t kDelay = kTapsPerPhase / 2 - 1;

private:
    // Samples per channel that are interpolated in one pass; the filter's history
    // (kTapsPerPhase - 1 samples) is kept in front of them.
    static constexpr std::size_t kChunkFrames = 2048;
    static constexpr std::size_t kHistory = kTapsPerPhase - 1;

    // sampleAt(channel, frame) gives the samples of the block being appended.
    template <typename SampleAt>
    void append(SampleAt sampleAt, std::size_t frameCount);
    void interpolatePending();

    struct Channel {
        std::vector<float> window;  // kHistory + kChunkFrames samples
        float peak = 0.0f;
    };
    std::vector<Channel> m_channels;
    std::size_t m_pending = 0;  // samples after the history waiting to be interpolated
};

}  // namespace lathe
