#pragma once

#include "core/AudioBuffer.h"

#include <array>
#include <complex>
#include <cstddef>
#include <vector>

namespace lathe {

// Splits audio into 2-5 bands with linear-phase FIR filters, convolved by FFT (FFTW,
// overlap-save). The band filters are built complementary from windowed-sinc low-passes
// h_k at the corners: band 0 = h_0, band k = h_k - h_(k-1), top band = delay - h_(last).
// So the bands sum to the input delayed by latencyFrames() (within float rounding), and
// each corner is -6 dB in both neighbouring bands.
//
// Latency = one FFT hop (block buffering) + half the filter length: 6144 frames (139 ms)
// at 44.1/48 kHz; the filter length scales with the sample rate so that the crossover
// slopes keep their width in Hz.
class LinearPhaseCrossover {
public:
    static constexpr std::size_t kMaxBands = 5;
    static constexpr std::size_t kMaxChannels = 2;

    LinearPhaseCrossover() = default;
    ~LinearPhaseCrossover();
    LinearPhaseCrossover(const LinearPhaseCrossover&) = delete;
    LinearPhaseCrossover& operator=(const LinearPhaseCrossover&) = delete;

    // Off the audio thread: sizes the FFT for the rate and allocates everything.
    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels);
    // Frees the FFT state (when the multiband runs minimum phase).
    void release() noexcept;
    void reset() noexcept;

    // Redesigns the band filters: allocation-free, but costs a few FFTs; the new filters
    // take effect at the next hop.
    void setCrossovers(const double* cornersHz, std::size_t count) noexcept;
    std::size_t bandCount() const noexcept { return m_bandCount; }
    std::size_t latencyFrames() const noexcept { return m_hop + m_filterLength / 2; }

    // As LinkwitzRileyCrossover::split, output delayed by latencyFrames().
    void split(const AudioView& input, const AudioView* bands) noexcept;

private:
    using Complex = std::complex<float>;

    void designLowPass(double cornerHz, float* taps) const noexcept;
    void storeKernel(std::size_t band, const float* taps) noexcept;
    void runHop() noexcept;

    double m_sampleRate = 0.0;
    std::size_t m_channels = 0;
    std::size_t m_fftSize = 0;
    std::size_t m_hop = 0;
    std::size_t m_filterLength = 0;
    std::size_t m_bandCount = 0;
    std::size_t m_fifoPosition = 0;
    void* m_forwardPlan = nullptr;
    void* m_inversePlan = nullptr;
    std::vector<float> m_time;                     // fftSize, the plans' real buffer
    std::vector<Complex> m_spectrum;               // fftSize/2+1, the plans' complex buffer
    std::vector<Complex> m_inputSpectrum;          // fftSize/2+1
    std::vector<float> m_lowPass;                  // filterLength, design scratch
    std::vector<float> m_previousLowPass;          // filterLength, design scratch
    std::array<std::vector<Complex>, kMaxBands> m_kernels;  // band spectra, scaled 1/fftSize
    std::array<std::vector<float>, kMaxChannels> m_history;  // fftSize input samples
    std::array<std::vector<float>, kMaxChannels> m_inputFifo;  // hop
    std::array<std::array<std::vector<float>, kMaxChannels>, kMaxBands> m_outputFifo;  // hop
};

}  // namespace lathe
