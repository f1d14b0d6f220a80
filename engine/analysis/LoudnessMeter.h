#pragma once

#include "analysis/LoudnessRange.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace lathe {

// ITU-R BS.1770-4 / EBU R 128 loudness of a stream: integrated loudness by
// libebur128 (K-weighting, gating) in its histogram mode, so memory stays fixed
// however long the stream; the largest momentary (400 ms) and short-term (3 s)
// loudness, both read every 100 ms as EBU Tech 3341 asks; and the loudness range
// (EBU Tech 3342) from those 10 Hz short-term values (see LoudnessRange for why not
// libebur128's). Mono is measured as one channel (as ffmpeg's ebur128 does), stereo
// as left and right.
//
// Values are nullopt when undefined: digital silence has no loudness.
class LoudnessMeter {
public:
    LoudnessMeter(std::size_t channels, int sampleRate);
    ~LoudnessMeter();
    LoudnessMeter(LoudnessMeter&&) noexcept;
    LoudnessMeter& operator=(LoudnessMeter&&) noexcept;

    // `samples` holds frameCount interleaved frames of the meter's channel count.
    void processInterleaved(const float* samples, std::size_t frameCount);

    std::optional<double> integratedLufs() const;
    std::optional<double> loudnessRangeLu() const;
    std::optional<double> momentaryMaxLufs() const;
    std::optional<double> shortTermMaxLufs() const;
    // The short-term (3 s) loudness at the latest 100 ms boundary fed: what a meter
    // shows now (loudness-over-time plots sample it).
    std::optional<double> shortTermLufs() const;

    // The meters' programmes measured as one (an album): gating and the loudness
    // range over all their blocks together.
    static std::optional<double> integratedLufs(const std::vector<const LoudnessMeter*>& meters);
    static std::optional<double> loudnessRangeLu(const std::vector<const LoudnessMeter*>& meters);

private:
    static constexpr std::size_t kBlocksPerMomentary = 4;   // 400 ms
    static constexpr std::size_t kBlocksPerShortTerm = 30;  // 3 s

    void completeBlock();
    struct State;  // libebur128's

    std::unique_ptr<State> m_state;
    std::size_t m_framesPerBlock;      // 100 ms
    std::size_t m_framesInBlock = 0;   // fed since the last 100 ms boundary
    std::size_t m_channels;
    // Mean-square (K-weighted, channel-summed) energy of the latest 100 ms blocks,
    // oldest overwritten first; before the stream fills a window the rest is silence,
    // as in libebur128 and ffmpeg.
    std::array<double, kBlocksPerShortTerm> m_blockEnergies{};
    std::size_t m_nextBlock = 0;
    std::uint64_t m_blocks = 0;
    LoudnessRange m_range;
    double m_momentaryMaxEnergy = 0.0;
    double m_shortTermMaxEnergy = 0.0;
};

}  // namespace lathe
