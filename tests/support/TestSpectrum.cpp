#include "support/TestSpectrum.h"

#include <fftw3.h>

#include <cmath>
#include <complex>
#include <numbers>

namespace lathe::test {

namespace {

std::vector<double> blackmanHarris(std::size_t size) {
    constexpr double a0 = 0.35875, a1 = 0.48829, a2 = 0.14128, a3 = 0.01168;
    std::vector<double> window(size);
    const double step = 2.0 * std::numbers::pi / static_cast<double>(size);
    for (std::size_t n = 0; n < size; ++n) {
        const double phase = step * static_cast<double>(n);
        window[n] = a0 - a1 * std::cos(phase) + a2 * std::cos(2 * phase) - a3 * std::cos(3 * phase);
    }
    return window;
}

// |FFT(x * window)|^2 per bin (0..size/2).
std::vector<double> windowedSquares(const double* x, const std::vector<double>& window) {
    const std::size_t size = window.size();
    std::vector<double> input(size);
    for (std::size_t n = 0; n < size; ++n)
        input[n] = x[n] * window[n];
    std::vector<std::complex<double>> output(size / 2 + 1);
    fftw_plan plan = fftw_plan_dft_r2c_1d(static_cast<int>(size), input.data(),
                                          reinterpret_cast<fftw_complex*>(output.data()), FFTW_ESTIMATE);
    fftw_execute(plan);
    fftw_destroy_plan(plan);
    std::vector<double> squares(output.size());
    for (std::size_t k = 0; k < output.size(); ++k)
        squares[k] = std::norm(output[k]);
    return squares;
}

}  // namespace

std::vector<double> amplitudeSpectrum(const std::vector<double>& x) {
    const std::vector<double> window = blackmanHarris(x.size());
    double windowSum = 0.0;
    for (double w : window)
        windowSum += w;
    std::vector<double> amplitudes = windowedSquares(x.data(), window);
    for (double& a : amplitudes)
        a = 2.0 * std::sqrt(a) / windowSum;
    return amplitudes;
}

std::vector<double> powerSpectrum(const std::vector<double>& x, std::size_t fftSize) {
    const std::vector<double> window = blackmanHarris(fftSize);
    double windowPower = 0.0;
    for (double w : window)
        windowPower += w * w;
    std::vector<double> power(fftSize / 2 + 1, 0.0);
    std::size_t segments = 0;
    for (std::size_t start = 0; start + fftSize <= x.size(); start += fftSize / 2) {
        const std::vector<double> squares = windowedSquares(x.data() + start, window);
        for (std::size_t k = 0; k < power.size(); ++k)
            power[k] += squares[k];
        ++segments;
    }
    // Parseval: sum over the two-sided spectrum of |X|^2 / (N * sum w^2) = mean square.
    for (std::size_t k = 0; k < power.size(); ++k) {
        const double oneSided = (k == 0 || k == fftSize / 2) ? 1.0 : 2.0;
        power[k] *= oneSided / (static_cast<double>(segments) * static_cast<double>(fftSize) * windowPower);
    }
    return power;
}

double bandPower(const std::vector<double>& spectrum, double sampleRate, double lowHz, double highHz) {
    const double binHz = sampleRate / (2.0 * static_cast<double>(spectrum.size() - 1));
    double sum = 0.0;
    for (std::size_t k = 0; k < spectrum.size(); ++k) {
        const double hz = static_cast<double>(k) * binHz;
        if (hz >= lowHz && hz <= highHz)
            sum += spectrum[k];
    }
    return sum;
}

double toDb(double amplitude) { return 20.0 * std::log10(amplitude); }
double powerToDb(double power) { return 10.0 * std::log10(power); }

}  // namespace lathe::test
