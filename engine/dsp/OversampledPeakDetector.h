#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace lathe {

// True-peak detection with 4x oversampling (ITU-R BS.1770 style), one channel. push(x[n])
// returns the largest magnitude of the reconstructed signal over [m, m+1),
// m = n - kDelayFrames: the sample x[m] itself and the three 4x points after it.
//
// Meters disagree about content near Nyquist, and a limiter that flattens thousands of
// peaks to its ceiling meets the worst of that disagreement. So each point is the largest
// of four polyphase interpolators:
//  - a long Kaiser-windowed sinc (kTapsPerPhase per phase), close to ideal band-limited
//    reconstruction up to ~21 kHz at 44.1 kHz (within ~0.03 dB of a 192-tap reference on white noise);
//  - the short Hann-windowed sinc of common BS.1770 meters (49 taps at 4x, as libebur128
//    uses), whose images read higher than the ideal near Nyquist;
//  - Lathe's own meter (analysis/TruePeakMeter, 48 taps per phase): on hard-clipped
//    material, dense with content right up to Nyquist, it and ffmpeg read up to 0.1 dB
//    above the long interpolator, whose transition band starts lower;
//  - ffmpeg's (libswresample's default upsampler, which its ebur128 filter uses: a
//    32-tap Kaiser-windowed sinc, beta 9), whose wide transition lets images of content
//    near Nyquist through: on full-band noise it reads ~0.05 dB above the others (read
//    at 8x, see Table).
//
// Blocks are processed with the outputs in SIMD lanes (tiles of kTile frames, every
// output summed tap by tap in the same order), cloned for AVX2 without FMA, so both
// clones give the same bits.
class OversampledPeakDetector {
public:
    static constexpr std::size_t kOversampling = 4;
    static constexpr std::size_t kTapsPerPhase = 128;
    static constexpr std::size_t kShortTapsPerPhase = 16;  // 12 non-zero, padded for SIMD
    static constexpr std::size_t kMeterTapsPerPhase = 48;
    static constexpr std::size_t kResamplerTapsPerPhase = 32;
    static constexpr std::size_t kDelayFrames = kTapsPerPhase / 2;
    // Two AVX-512 registers of outputs: enough independent sums to hide the adds' latency.
    static constexpr std::size_t kTile = 32;

    // What each point is the largest of: all four interpolators (what the ceiling is
    // guaranteed against), or only the long one and Lathe's own meter's (two thirds of the
    // work), for a stage whose output a detector with all four checks again. (Lathe's
    // meter alone is not enough: the checking stage then has to act by up to ~1 dB and
    // its own gain changes throw new peaks over the ceiling.)
    enum class Coverage { AllInterpolators, LongAndOwnMeter };

    OversampledPeakDetector();
    void setCoverage(Coverage coverage) noexcept { m_coverage = coverage; }

    // Allocates room for blocks of up to maxBlockFrames (longer ones are split).
    void prepare(std::size_t maxBlockFrames);
    void reset() noexcept;

    // peaks[i] is the true peak of [m, m+1) for m = (the frame of samples[i]) - kDelayFrames.
    void process(const float* samples, float* peaks, std::size_t frames) noexcept;

    static constexpr std::size_t kInterpolatedPhases = kOversampling - 1;
    struct Phase {
        std::array<float, kTapsPerPhase> taps;
        std::array<float, kShortTapsPerPhase> shortTaps;
        std::array<float, kMeterTapsPerPhase> meterTaps;
        std::array<float, kResamplerTapsPerPhase> resamplerTaps;
    };
    // ffmpeg reads its interpolator at 192 kHz, which from 44.1 kHz falls between the
    // 4x points: the resampler's interpolator is also read at the odd eighths.
    static constexpr std::size_t kResamplerEighths = kOversampling;
    struct Table {
        std::array<Phase, kInterpolatedPhases> phases;
        std::array<std::array<float, kResamplerTapsPerPhase>, kResamplerEighths> resamplerEighths;
    };

private:
    static constexpr std::size_t kHistory = kTapsPerPhase - 1;

    static const Table& table();

    const Table* m_phases;
    Coverage m_coverage = Coverage::AllInterpolators;
    // kHistory samples of the past, then the block being processed, padded to whole tiles.
    std::vector<float> m_buffer;
    std::size_t m_maxBlockFrames = 0;
};

}  // namespace lathe
