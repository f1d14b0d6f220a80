#pragma once

#include "core/AudioBuffer.h"

#include <cstddef>
#include <vector>

namespace lathe {

// Magnitude spectrum of the mono sum of a block (Hann window), in dBFS per bin and
// scaled so that a full-scale sine centred on a bin reads 0 dB. Allocates only when
// constructed, so it can run on any thread at frame rate.
class SpectrumAnalyzer {
public:
    static constexpr float kFloorDb = -150.0f;

    explicit SpectrumAnalyzer(std::size_t fftSize);
    ~SpectrumAnalyzer();
    SpectrumAnalyzer(const SpectrumAnalyzer&) = delete;
    SpectrumAnalyzer& operator=(const SpectrumAnalyzer&) = delete;

    std::size_t fftSize() const noexcept { return m_size; }
    std::size_t binCount() const noexcept { return m_size / 2 + 1; }
    // Analyses the first fftSize() frames of `audio` (zero-padded when shorter).
    const std::vector<float>& analyze(const AudioView& audio);

private:
    std::size_t m_size;
    std::vector<float> m_window;
    float* m_time = nullptr;
    void* m_spectrum = nullptr;  // fftwf_complex[binCount()]
    void* m_plan = nullptr;
    std::vector<float> m_magnitudesDb;
};

}  // namespace lathe
