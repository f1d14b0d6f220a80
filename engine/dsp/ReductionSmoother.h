#pragma once

#include "dsp/SlidingMaximum.h"

#include <cstddef>
#include <vector>

namespace lathe {

// Turns per-frame gain reductions (dB, >= 0) into a smooth envelope that is never below
// them where it matters: a maximum over the attack window plus `neighbourhood` frames
// either side of every value, then a Hann-weighted average over the attack window.
// A value pushed at frame j is reached in full, along an S-shaped ramp, at frames
// j + attack .. j + attack + 2 * neighbourhood: read the envelope attack + neighbourhood
// frames late and each value is covered, with its neighbourhood on both sides at a
// steady gain (so the interpolated points around a peak see no gain change).
//
// Used a chunk at a time: push() the chunk's values, then smooth() it. The average is
// vectorised across frames (cloned for AVX2 without FMA: both clones give the same bits).
class ReductionSmoother {
public:
    void prepare(std::size_t attackFrames, std::size_t neighbourhood, std::size_t maxBlockFrames);
    void reset() noexcept;

    std::size_t delayFrames() const noexcept { return m_attackFrames + m_neighbourhood; }

    // The reduction of frame i of the current chunk.
    void push(std::size_t i, float reductionDb) noexcept { m_held[m_attackFrames + i] = m_maximum.push(reductionDb); }
    // The envelope of the chunk's `frames` frames, pushed before.
    const float* smooth(std::size_t frames) noexcept;

private:
    std::size_t m_attackFrames = 1;
    std::size_t m_neighbourhood = 0;
    SlidingMaximum m_maximum;
    std::vector<float> m_held;      // the attack window's history, then a chunk, then a tile of room
    std::vector<float> m_smoothed;  // per frame of a chunk
    std::vector<float> m_weights;   // Hann, sums to 1
};

}  // namespace lathe
