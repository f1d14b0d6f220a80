#include "analysis/SpectrumAnalyzer.h"

#include <algorithm>
#include <cmath>
#include <fftw3.h>
#include <numbers>

namespace lathe {
namespace {

// A Hann window halves a sine's amplitude, and a real FFT splits it over two bins.
constexpr double kHannCoherentGain = 0.5;

}  // namespace

SpectrumAnalyzer::SpectrumAnalyzer(std::size_t fftSize)
    : m_size(fftSize), m_window(fftSize), m_magnitudesDb(fftSize / 2 + 1, kFloorDb) {
    for (std::size_t i = 0; i < m_size; ++i)
        m_window[i] = static_cast<float>(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i) /
                                                               static_cast<double>(m_size)));
    m_time = fftwf_alloc_real(m_size);
    auto* spectrum = fftwf_alloc_complex(binCount());
    m_spectrum = spectrum;
    m_plan = fftwf_plan_dft_r2c_1d(static_cast<int>(m_size), m_time, spectrum, FFTW_ESTIMATE);
}

SpectrumAnalyzer::~SpectrumAnalyzer() {
    fftwf_destroy_plan(static_cast<fftwf_plan>(m_plan));
    fftwf_free(m_time);
    fftwf_free(m_spectrum);
}

const std::vector<float>& SpectrumAnalyzer::analyze(const AudioView& audio) {
    const std::size_t frames = std::min(audio.frameCount(), m_size);
    const auto channels = audio.channelCount();
    const float channelWeight = channels > 0 ? 1.0f / static_cast<float>(channels) : 0.0f;
    std::fill_n(m_time, m_size, 0.0f);
    for (std::size_t ch = 0; ch < channels; ++ch) {
        const float* samples = audio.channel(ch);
        for (std::size_t i = 0; i < frames; ++i)
            m_time[i] += samples[i] * channelWeight;
    }
    for (std::size_t i = 0; i < m_size; ++i)
        m_time[i] *= m_window[i];
    fftwf_execute(static_cast<fftwf_plan>(m_plan));
    const auto* spectrum = static_cast<const fftwf_complex*>(m_spectrum);
    const double scale = 2.0 / (static_cast<double>(m_size) * kHannCoherentGain);
    for (std::size_t bin = 0; bin < binCount(); ++bin) {
        const double magnitude = std::hypot(spectrum[bin][0], spectrum[bin][1]) * scale;
        m_magnitudesDb[bin] = magnitude > 0.0 ? std::max(kFloorDb, static_cast<float>(20.0 * std::log10(magnitude)))
                                              : kFloorDb;
    }
    return m_magnitudesDb;
}

}  // namespace lathe
