#pragma once

#include "project/ModuleSettings.h"

#include <array>
#include <complex>
#include <cstddef>
#include <memory>
#include <vector>

namespace lathe {

// The linear-phase EQ's filter, designed off the audio thread and then only read.
//
// Design: the EQ's magnitude (the very same |H| as the minimum-phase sections, band by
// band) is sampled on a fine frequency grid and combined per placement into a 2x2
// matrix per frequency (out L/R from in L/R; a mid band is T^-1 diag(H, 1) T with T the
// M/S encoder). Each matrix entry that is not zero becomes a zero-phase impulse response
// by inverse FFT, is cut to `taps` samples around its centre with a Tukey window (flat
// over the middle half, so the response's main part is not smeared) and delayed by
// centre() samples: a symmetric, linear-phase FIR. The FIRs are stored as the spectra
// of `partitionFrames`-sample partitions for uniformly partitioned convolution.
class LinearPhaseKernel {
public:
    static constexpr std::size_t kPaths = 4;  // index = out * 2 + in

    struct Layout {
        std::size_t taps;             // odd: 2 * centre + 1
        std::size_t partitionFrames;  // P; FFT size 2P
        std::size_t partitions;       // ceil(taps / P)
        std::size_t channels;         // 1 or 2
        std::size_t centre() const noexcept { return taps / 2; }
        std::size_t bins() const noexcept { return partitionFrames + 1; }
    };

    // Taps long enough to resolve 20 Hz: the power of two at or above kResolutionSeconds
    // of audio, minus one (16383 at 44.1/48 kHz, 32767 at 96 kHz).
    static Layout layoutFor(double sampleRate, std::size_t channels);

    // Off the audio thread: allocates and runs FFTs.
    static std::unique_ptr<LinearPhaseKernel> design(const EqSettings& settings, double sampleRate,
                                                      const Layout& layout);

    // All bands neutral: the EQ is a pure delay of centre() frames.
    bool isNeutral() const noexcept { return m_neutral; }
    bool uses(std::size_t path) const noexcept { return !m_spectra[path].empty(); }
    // Spectrum of partition k of a path: layout.bins() values.
    const std::complex<double>* partition(std::size_t path, std::size_t k) const noexcept {
        return m_spectra[path].data() + k * m_bins;
    }
    // The designed FIR of a path, for tests and plots.
    const std::vector<double>& taps(std::size_t path) const noexcept { return m_taps[path]; }

    static constexpr double kResolutionSeconds = 0.34;
    static constexpr std::size_t kPartitionFrames = 2048;

private:
    bool m_neutral = true;
    std::size_t m_bins = 0;
    std::array<std::vector<std::complex<double>>, kPaths> m_spectra;
    std::array<std::vector<double>, kPaths> m_taps;
};

}  // namespace lathe
