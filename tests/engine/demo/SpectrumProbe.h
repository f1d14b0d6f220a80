#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <fftw3.h>
#include <numbers>
#include <vector>

namespace lathe::test {

// Averaged power spectrum (Hann-windowed 8192-point FFTs, half overlapping) of a mono
// signal: what an analyser shows for it. Shared by the demo album's tests, which check
// that instruments put their energy where a listener expects it.
class SpectrumProbe {
public:
    static constexpr std::size_t kSize = 8192;

    SpectrumProbe(const std::vector<float>& samples, double sampleRate)
        : m_sampleRate(sampleRate), m_power(kSize / 2 + 1, 0.0) {
        std::vector<double> input(kSize);
        std::vector<fftw_complex> output(kSize / 2 + 1);
        fftw_plan plan =
            fftw_plan_dft_r2c_1d(static_cast<int>(kSize), input.data(), output.data(), FFTW_ESTIMATE);
        std::vector<float> padded = samples;
        padded.resize(std::max(padded.size(), kSize), 0.0f);
        for (std::size_t start = 0; start + kSize <= padded.size(); start += kSize / 2) {
            for (std::size_t i = 0; i < kSize; ++i) {
                const double window =
                    0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i) / kSize);
                input[i] = window * padded[start + i];
            }
            fftw_execute(plan);
            for (std::size_t k = 0; k < output.size(); ++k)
                m_power[k] += output[k][0] * output[k][0] + output[k][1] * output[k][1];
        }
        fftw_destroy_plan(plan);
    }

    double bandPower(double lowHz, double highHz) const {
        double sum = 0.0;
        for (std::size_t k = 0; k < m_power.size(); ++k) {
            const double hz = frequencyOf(k);
            if (hz >= lowHz && hz < highHz)
                sum += m_power[k];
        }
        return sum;
    }

    // Share (0..1) of the power between lowHz and highHz.
    double bandShare(double lowHz, double highHz) const {
        return bandPower(lowHz, highHz) / bandPower(0.0, m_sampleRate);
    }

    double peakFrequency() const {
        const auto peak = std::max_element(m_power.begin() + 1, m_power.end());
        return frequencyOf(static_cast<std::size_t>(peak - m_power.begin()));
    }

    // Share of the power between lowHz and highHz that falls on the given pitch classes
    // (0 = C), each bin assigned to its nearest semitone.
    double pitchClassShare(const std::vector<int>& pitchClasses, double lowHz, double highHz) const {
        double inSet = 0.0;
        double total = 0.0;
        for (std::size_t k = 0; k < m_power.size(); ++k) {
            const double hz = frequencyOf(k);
            if (hz < lowHz || hz >= highHz)
                continue;
            const long note = std::lround(69.0 + 12.0 * std::log2(hz / 440.0));
            const int pitchClass = static_cast<int>(((note % 12) + 12) % 12);
            total += m_power[k];
            if (std::find(pitchClasses.begin(), pitchClasses.end(), pitchClass) != pitchClasses.end())
                inSet += m_power[k];
        }
        return inSet / total;
    }

private:
    double frequencyOf(std::size_t bin) const { return static_cast<double>(bin) * m_sampleRate / kSize; }
    double m_sampleRate;
    std::vector<double> m_power;
};

inline double powerDecibels(double powerRatio) {
    return 10.0 * std::log10(powerRatio);
}

}  // namespace lathe::test
