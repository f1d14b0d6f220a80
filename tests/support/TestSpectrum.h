#pragma once

#include <cstddef>
#include <vector>

namespace lathe::test {

// Spectra for DSP tests (FFTW), windowed with the 4-term Blackman-Harris window
// (sidelobes below -92 dB).

// One FFT of all of x: the amplitude of each bin, scaled so a sine of amplitude A
// centred on a bin reads A. Bin k is k * sampleRate / x.size() Hz.
std::vector<double> amplitudeSpectrum(const std::vector<double>& x);

// Welch's averaged periodogram (fftSize segments, half overlap): the power of each
// bin, scaled so the bins sum to the signal's mean square.
std::vector<double> powerSpectrum(const std::vector<double>& x, std::size_t fftSize);

// Sum of powerSpectrum() bins whose centre lies in [lowHz, highHz].
double bandPower(const std::vector<double>& spectrum, double sampleRate, double lowHz, double highHz);

double toDb(double amplitude);
double powerToDb(double power);

}  // namespace lathe::test
