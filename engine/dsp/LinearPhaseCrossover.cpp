#include "dsp/LinearPhaseCrossover.h"

#include <algorithm>
#include <cmath>
#include <fftw3.h>
#include <numbers>

namespace lathe {
namespace {

// 8192-point FFT at 44.1/48 kHz: a 4097-tap filter (Blackman transition ~60 Hz wide,
// enough for a 120 Hz corner) plus a 4096-frame hop.
constexpr std::size_t kBaseFftSize = 8192;
constexpr double kBaseSampleRate = 48000.0;

fftwf_plan plan(void* p) { return static_cast<fftwf_plan>(p); }

double blackman(std::size_t n, std::size_t length) {
    const double x = 2.0 * std::numbers::pi * static_cast<double>(n) / static_cast<double>(length - 1);
    return 0.42 - 0.5 * std::cos(x) + 0.08 * std::cos(2.0 * x);
}

}  // namespace

LinearPhaseCrossover::~LinearPhaseCrossover() { release(); }

void LinearPhaseCrossover::release() noexcept {
    if (m_forwardPlan)
        fftwf_destroy_plan(plan(m_forwardPlan));
    if (m_inversePlan)
        fftwf_destroy_plan(plan(m_inversePlan));
    m_forwardPlan = m_inversePlan = nullptr;
}

void LinearPhaseCrossover::prepare(double sampleRate, std::size_t /*maxBlockFrames*/, std::size_t channels) {
    release();
    m_sampleRate = sampleRate;
    m_channels = std::min(channels, kMaxChannels);
    m_fftSize = kBaseFftSize;
    while (static_cast<double>(m_fftSize) < kBaseFftSize * sampleRate / kBaseSampleRate)
        m_fftSize *= 2;
    m_hop = m_fftSize / 2;
    m_filterLength = m_fftSize - m_hop + 1;
    const std::size_t bins = m_fftSize / 2 + 1;
    m_time.assign(m_fftSize, 0.0f);
    m_spectrum.assign(bins, {});
    m_inputSpectrum.assign(bins, {});
    m_lowPass.assign(m_filterLength, 0.0f);
    m_previousLowPass.assign(m_filterLength, 0.0f);
    for (auto& kernel : m_kernels)
        kernel.assign(bins, {});
    for (std::size_t c = 0; c < kMaxChannels; ++c) {
        m_history[c].assign(m_fftSize, 0.0f);
        m_inputFifo[c].assign(m_hop, 0.0f);
        for (auto& band : m_outputFifo)
            band[c].assign(m_hop, 0.0f);
    }
    auto* spectrum = reinterpret_cast<fftwf_complex*>(m_spectrum.data());
    const int size = static_cast<int>(m_fftSize);
    m_forwardPlan = fftwf_plan_dft_r2c_1d(size, m_time.data(), spectrum, FFTW_ESTIMATE);
    m_inversePlan = fftwf_plan_dft_c2r_1d(size, spectrum, m_time.data(), FFTW_ESTIMATE);
    reset();
}

void LinearPhaseCrossover::reset() noexcept {
    m_fifoPosition = 0;
    for (std::size_t c = 0; c < kMaxChannels; ++c) {
        std::fill(m_history[c].begin(), m_history[c].end(), 0.0f);
        std::fill(m_inputFifo[c].begin(), m_inputFifo[c].end(), 0.0f);
        for (auto& band : m_outputFifo)
            std::fill(band[c].begin(), band[c].end(), 0.0f);
    }
}

void LinearPhaseCrossover::designLowPass(double cornerHz, float* taps) const noexcept {
    const double cutoff = std::clamp(cornerHz / m_sampleRate, 0.0, 0.5);
    const auto centre = static_cast<double>(m_filterLength / 2);
    double sum = 0.0;
    for (std::size_t n = 0; n < m_filterLength; ++n) {
        const double t = static_cast<double>(n) - centre;
        const double sinc = t == 0.0 ? 2.0 * cutoff
                                     : std::sin(2.0 * std::numbers::pi * cutoff * t) / (std::numbers::pi * t);
        const double tap = sinc * blackman(n, m_filterLength);
        taps[n] = static_cast<float>(tap);
        sum += tap;
    }
    // Unity gain at DC, so the top band (delay minus this) has none.
    for (std::size_t n = 0; n < m_filterLength; ++n)
        taps[n] = static_cast<float>(taps[n] / sum);
}

void LinearPhaseCrossover::storeKernel(std::size_t band, const float* taps) noexcept {
    std::fill(m_time.begin(), m_time.end(), 0.0f);
    const float scale = 1.0f / static_cast<float>(m_fftSize);
    for (std::size_t n = 0; n < m_filterLength; ++n)
        m_time[n] = taps[n] * scale;
    fftwf_execute(plan(m_forwardPlan));
    std::copy(m_spectrum.begin(), m_spectrum.end(), m_kernels[band].begin());
}

void LinearPhaseCrossover::setCrossovers(const double* cornersHz, std::size_t count) noexcept {
    count = std::min(count, kMaxBands - 1);
    m_bandCount = count + 1;
    if (!m_forwardPlan)
        return;
    std::fill(m_previousLowPass.begin(), m_previousLowPass.end(), 0.0f);
    for (std::size_t k = 0; k <= count; ++k) {
        if (k < count) {
            designLowPass(cornersHz[k], m_lowPass.data());
        } else {
            std::fill(m_lowPass.begin(), m_lowPass.end(), 0.0f);
            m_lowPass[m_filterLength / 2] = 1.0f;  // the pure delay
        }
        // band k = h_k - h_(k-1); h_k is kept for the next band.
        for (std::size_t n = 0; n < m_filterLength; ++n) {
            const float lowPass = m_lowPass[n];
            m_lowPass[n] = lowPass - m_previousLowPass[n];
            m_previousLowPass[n] = lowPass;
        }
        storeKernel(k, m_lowPass.data());
    }
}

void LinearPhaseCrossover::runHop() noexcept {
    const std::size_t bins = m_fftSize / 2 + 1;
    for (std::size_t c = 0; c < m_channels; ++c) {
        std::vector<float>& history = m_history[c];
        std::copy(history.begin() + static_cast<long>(m_hop), history.end(), history.begin());
        std::copy(m_inputFifo[c].begin(), m_inputFifo[c].end(), history.end() - static_cast<long>(m_hop));
        std::copy(history.begin(), history.end(), m_time.begin());
        fftwf_execute(plan(m_forwardPlan));
        std::copy(m_spectrum.begin(), m_spectrum.end(), m_inputSpectrum.begin());
        for (std::size_t b = 0; b < m_bandCount; ++b) {
            const Complex* kernel = m_kernels[b].data();
            for (std::size_t k = 0; k < bins; ++k)
                m_spectrum[k] = m_inputSpectrum[k] * kernel[k];
            fftwf_execute(plan(m_inversePlan));
            // Overlap-save: the last hop samples are free of circular wrap-around.
            std::copy(m_time.end() - static_cast<long>(m_hop), m_time.end(), m_outputFifo[b][c].begin());
        }
    }
}

void LinearPhaseCrossover::split(const AudioView& input, const AudioView* bands) noexcept {
    const std::size_t channels = std::min(input.channelCount(), m_channels);
    std::size_t done = 0;
    while (done < input.frameCount()) {
        const std::size_t count = std::min(m_hop - m_fifoPosition, input.frameCount() - done);
        for (std::size_t c = 0; c < channels; ++c) {
            std::copy_n(input.channel(c) + done, count, m_inputFifo[c].data() + m_fifoPosition);
            for (std::size_t b = 0; b < m_bandCount; ++b)
                std::copy_n(m_outputFifo[b][c].data() + m_fifoPosition, count, bands[b].channel(c) + done);
        }
        m_fifoPosition += count;
        done += count;
        if (m_fifoPosition == m_hop) {
            runHop();
            m_fifoPosition = 0;
        }
    }
}

}  // namespace lathe
