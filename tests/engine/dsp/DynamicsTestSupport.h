#pragma once

// Helpers shared by the dynamics tests: block-wise processing, levels, an independent
// true-peak reference and frequency responses from impulse responses.

#include "core/AudioBuffer.h"
#include "dsp/Processor.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <fftw3.h>
#include <numbers>
#include <vector>

namespace lathe::test {

inline constexpr int kRate = 44100;

inline void processInBlocks(Processor& processor, AudioBuffer& audio, std::size_t blockFrames) {
    for (std::size_t start = 0; start < audio.frameCount(); start += blockFrames) {
        const std::size_t count = std::min(blockFrames, audio.frameCount() - start);
        processor.process(audio.view().slice(start, count));
    }
}

inline double peakDb(const float* samples, std::size_t begin, std::size_t end) {
    float peak = 0.0f;
    for (std::size_t i = begin; i < end; ++i)
        peak = std::max(peak, std::abs(samples[i]));
    return 20.0 * std::log10(static_cast<double>(peak));
}

// An independent 4x true-peak measure, deliberately unlike the limiter's detector: the
// band-limited signal is reconstructed at t = n + k/4 from +-kHalfTaps samples with a
// Blackman-Harris-windowed sinc (much longer than the detector's), in double precision.
class ReferenceTruePeak {
public:
    static constexpr int kHalfTaps = 96;
    static constexpr int kOversampling = 4;

    ReferenceTruePeak() {
        for (int phase = 1; phase < kOversampling; ++phase) {
            const double fraction = static_cast<double>(phase) / kOversampling;
            auto& taps = m_taps[static_cast<std::size_t>(phase - 1)];
            for (int j = -kHalfTaps + 1; j <= kHalfTaps; ++j) {
                const double t = j - fraction;
                const double x = (t + kHalfTaps) / (2.0 * kHalfTaps);  // 0..1 across the window
                const double w = 0.35875 - 0.48829 * std::cos(2 * std::numbers::pi * x) +
                                 0.14128 * std::cos(4 * std::numbers::pi * x) -
                                 0.01168 * std::cos(6 * std::numbers::pi * x);
                taps.push_back(std::sin(std::numbers::pi * t) / (std::numbers::pi * t) * w);
            }
        }
    }

    double measureDb(const float* samples, std::size_t frames) const { return measureDb(samples, frames, 0, frames); }

    // The true peak of [begin, end) of samples[0, frames): the points near the range's
    // edges are reconstructed from the samples around them, not from silence.
    double measureDb(const float* samples, std::size_t frames, std::size_t begin, std::size_t end) const {
        std::vector<double> padded(frames + 2 * kHalfTaps, 0.0);
        std::copy_n(samples, frames, padded.begin() + kHalfTaps);
        double peak = 0.0;
        for (std::size_t n = begin; n < end; ++n) {
            const double* around = padded.data() + n + 1;  // x[n - kHalfTaps + 1] ..
            peak = std::max(peak, std::abs(around[kHalfTaps - 1]));
            for (const auto& taps : m_taps) {
                double value = 0.0;
                for (std::size_t k = 0; k < taps.size(); ++k)
                    value += taps[k] * around[k];
                peak = std::max(peak, std::abs(value));
            }
        }
        return 20.0 * std::log10(peak);
    }

    double measureDb(const AudioBuffer& audio) const {
        double peak = -1000.0;
        for (std::size_t c = 0; c < audio.channelCount(); ++c)
            peak = std::max(peak, measureDb(audio.channel(c), audio.frameCount()));
        return peak;
    }

private:
    std::vector<double> m_taps[kOversampling - 1];
};

// Magnitude response (dB) of an impulse response at `frequencyHz`, by a long FFT.
class Response {
public:
    explicit Response(const std::vector<float>& impulseResponse, int rate = kRate) : m_rate(rate) {
        const std::size_t size = impulseResponse.size();
        std::vector<double> time(impulseResponse.begin(), impulseResponse.end());
        m_bins.resize(size / 2 + 1);
        fftw_plan plan = fftw_plan_dft_r2c_1d(static_cast<int>(size), time.data(),
                                              reinterpret_cast<fftw_complex*>(m_bins.data()), FFTW_ESTIMATE);
        fftw_execute(plan);
        fftw_destroy_plan(plan);
        m_size = size;
    }

    double magnitudeDb(double frequencyHz) const {
        const auto bin = static_cast<std::size_t>(std::lround(frequencyHz * m_size / m_rate));
        return 20.0 * std::log10(std::abs(m_bins[bin]));
    }

    // Largest deviation from 0 dB between lowHz and highHz.
    double maxDeviationDb(double lowHz, double highHz) const {
        double worst = 0.0;
        const auto first = static_cast<std::size_t>(lowHz * m_size / m_rate);
        const auto last = static_cast<std::size_t>(highHz * m_size / m_rate);
        for (std::size_t bin = first; bin <= last; ++bin)
            worst = std::max(worst, std::abs(20.0 * std::log10(std::abs(m_bins[bin]))));
        return worst;
    }

private:
    int m_rate;
    std::size_t m_size = 0;
    std::vector<std::complex<double>> m_bins;
};

}  // namespace lathe::test
