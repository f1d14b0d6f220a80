#pragma once

#include "project/ModuleSettings.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace lathe {

// What the meter taps send the UI, about 60 times a second: fixed-size, so they cross
// from the audio thread in SPSC rings without allocation. Levels in dB, loudness in
// LUFS; -infinity stands for silence.
struct MeterFrame {
    std::int64_t position = 0;                 // album frame at the end of the measured span
    std::array<float, 2> samplePeakDb{};       // since the previous frame
    std::array<float, 2> truePeakDb{};         // 4x oversampled, since the previous frame
    float momentaryLufs = 0.0f;                // 400 ms, at the last 100 ms boundary
    float shortTermLufs = 0.0f;                // 3 s
    float correlation = 0.0f;                  // -1 .. 1, ~300 ms
    float gainReductionDb = 0.0f;              // the master limiter's, >= 0
    // The master chain's first multiband, per band (>= 0; 0 past its band count).
    std::array<float, MultibandSettings::kMaxBands> multibandGainReductionDb{};
};

// The gain reductions the plan reports with each block (dB, >= 0): the master chain's
// last limiter and, band by band, its first multiband (0 past its band count).
struct GainReductions {
    float limiterDb = 0.0f;
    std::array<float, MultibandSettings::kMaxBands> multibandDb{};
};

// The magnitude spectra of the mix (source A: the tracks without their chains, aligned
// to the master) and of the master (source B), whichever one is monitored, so the UI can
// show what the processing does: each the mid (L+R)/2, Hann-windowed FFT of kFftSize
// frames every kFftSize/2; bin k is at k * sampleRate / kFftSize Hz.
struct SpectrumFrame {
    static constexpr std::size_t kFftSize = 2048;
    static constexpr std::size_t kBins = kFftSize / 2;
    std::int64_t position = 0;
    std::array<float, kBins> mixDb{};      // 0 dB: a full-scale sine
    std::array<float, kBins> masterDb{};
};

}  // namespace lathe
