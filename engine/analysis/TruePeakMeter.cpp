#include "analysis/TruePeakMeter.h"
#include "core/SimdClones.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <numbers>

namespace lathe {
namespace {

constexpr std::size_t kTaps = TruePeakMeter::kTapsPerPhase;
constexpr std::size_t kPhases = TruePeakMeter::kComputedPhases;
// Interpolated points computed side by side: a multiple of the widest vector, small
// enough that the accumulators of all phases stay in registers.
constexpr std::size_t kTile = 32;
// Kaiser beta for > 80 dB stopband; the half-width covers the taps of every phase.
constexpr double kKaiserBeta = 7.86;
constexpr double kWindowHalfWidth = static_cast<double>(kTaps) / 2.0;

double kaiser(double u) {
    const double x = u / kWindowHalfWidth;
    return std::cyl_bessel_i(0.0, kKaiserBeta * std::sqrt(std::max(0.0, 1.0 - x * x))) /
           std::cyl_bessel_i(0.0, kKaiserBeta);
}

double sinc(double u) {
    return u == 0.0 ? 1.0 : std::sin(std::numbers::pi * u) / (std::numbers::pi * u);
}

TruePeakMeter::PhaseCoefficients designPhases() {
    TruePeakMeter::PhaseCoefficients phases{};
    for (std::size_t p = 0; p < kPhases; ++p) {
        const double fraction = static_cast<double>(p + 1) / TruePeakMeter::kOversampling;
        std::array<double, kTaps> taps{};
        double sum = 0.0;
        for (std::size_t k = 0; k < kTaps; ++k) {
            // Tap k weighs the sample that lies u samples from the interpolated point.
            const double u = static_cast<double>(k) - static_cast<double>(TruePeakMeter::kDelay) - fraction;
            taps[k] = sinc(u) * kaiser(u);
            sum += taps[k];
        }
        // Unity gain at DC for every phase, so a constant reads exactly its value.
        for (std::size_t k = 0; k < kTaps; ++k)
            phases[p][k] = static_cast<float>(taps[k] / sum);
    }
    return phases;
}

// Eight floats, one AVX register (two SSE registers in the baseline clone). Written
// with GCC's vector extension because the compiler otherwise vectorises the tap
// loop, a reduction it can only do serially, instead of the independent outputs.
// (No helper functions take or return it: their ABI would differ between clones.)
using Vec = float __attribute__((vector_size(32)));
constexpr std::size_t kLanes = sizeof(Vec) / sizeof(float);
constexpr std::size_t kVecsPerTile = kTile / kLanes;

// The hot loop: all interpolated points of `outputs` windows (window n is
// samples[n, n + kTaps)), largest magnitude. A tile of outputs per pass keeps the
// accumulators of all three phases in registers; cloned for AVX2+FMA.
LATHE_SIMD_CLONES("arch=x86-64-v3", "default")
float interpolatedPeak(const float* samples, std::size_t outputs,
                       const TruePeakMeter::PhaseCoefficients& phases) {
    Vec peak = {};
    for (std::size_t start = 0; start < outputs; start += kTile) {
        Vec sums[kPhases][kVecsPerTile] = {};
        for (std::size_t k = 0; k < kTaps; ++k) {
            for (std::size_t v = 0; v < kVecsPerTile; ++v) {
                Vec x;
                std::memcpy(&x, samples + start + k + v * kLanes, sizeof x);
                for (std::size_t p = 0; p < kPhases; ++p)
                    sums[p][v] += phases[p][k] * x;
            }
        }
        for (std::size_t p = 0; p < kPhases; ++p)
            for (std::size_t v = 0; v < kVecsPerTile; ++v) {
                const Vec magnitude = sums[p][v] < 0.0f ? -sums[p][v] : sums[p][v];
                peak = magnitude > peak ? magnitude : peak;
            }
    }
    float result = 0.0f;
    for (std::size_t lane = 0; lane < kLanes; ++lane)
        result = std::max(result, peak[lane]);
    return result;
}

LATHE_SIMD_CLONES("arch=x86-64-v3", "default")
float samplePeak(const float* samples, std::size_t count) {
    float lanes[kTile] = {};
    std::size_t i = 0;
    for (; i + kTile <= count; i += kTile)
        for (std::size_t j = 0; j < kTile; ++j)
            lanes[j] = std::max(lanes[j], std::fabs(samples[i + j]));
    for (; i < count; ++i)
        lanes[0] = std::max(lanes[0], std::fabs(samples[i]));
    return *std::max_element(lanes, lanes + kTile);
}

}  // namespace

static_assert(TruePeakMeter::kTapsPerPhase % 2 == 0);

const TruePeakMeter::PhaseCoefficients& TruePeakMeter::coefficients() {
    static const PhaseCoefficients phases = designPhases();
    return phases;
}

TruePeakMeter::TruePeakMeter(std::size_t channels) : m_channels(channels) {
    static_assert(kChunkFrames % kTile == 0, "a partial chunk is padded to whole tiles");
    for (Channel& channel : m_channels)
        channel.window.assign(kHistory + kChunkFrames, 0.0f);
    coefficients();
}

template <typename SampleAt>
void TruePeakMeter::append(SampleAt sampleAt, std::size_t frameCount) {
    std::size_t done = 0;
    while (done < frameCount) {
        const std::size_t take = std::min(frameCount - done, kChunkFrames - m_pending);
        for (std::size_t c = 0; c < m_channels.size(); ++c) {
            float* destination = m_channels[c].window.data() + kHistory + m_pending;
            for (std::size_t i = 0; i < take; ++i)
                destination[i] = sampleAt(c, done + i);
        }
        m_pending += take;
        done += take;
        if (m_pending == kChunkFrames)
            interpolatePending();
    }
}

void TruePeakMeter::processInterleaved(const float* samples, std::size_t frameCount) {
    const std::size_t stride = m_channels.size();
    append([samples, stride](std::size_t c, std::size_t i) { return samples[i * stride + c]; },
           frameCount);
}

void TruePeakMeter::process(const AudioView& audio) {
    assert(audio.channelCount() == m_channels.size());
    append([&audio](std::size_t c, std::size_t i) { return audio.channel(c)[i]; },
           audio.frameCount());
}

void TruePeakMeter::interpolatePending() {
    // Whole tiles only: the tail of a partial chunk is silence, which is what follows
    // the last sample anyway.
    const std::size_t outputs = (m_pending + kTile - 1) / kTile * kTile;
    for (Channel& channel : m_channels) {
        float* window = channel.window.data();
        std::fill(window + kHistory + m_pending, window + kHistory + outputs, 0.0f);
        channel.peak = std::max({channel.peak, samplePeak(window + kHistory, m_pending),
                                 interpolatedPeak(window, outputs, coefficients())});
        std::copy(window + m_pending, window + m_pending + kHistory, window);
    }
    m_pending = 0;
}

void TruePeakMeter::finish() {
    // A window's worth of silence brings every point near the last samples through
    // the filter.
    append([](std::size_t, std::size_t) { return 0.0f; }, kTapsPerPhase);
    if (m_pending > 0)
        interpolatePending();
}

void TruePeakMeter::reset() {
    for (Channel& channel : m_channels) {
        std::fill(channel.window.begin(), channel.window.end(), 0.0f);
        channel.peak = 0.0f;
    }
    m_pending = 0;
}

float TruePeakMeter::channelPeak(std::size_t channel) const {
    assert(channel < m_channels.size());
    return m_channels[channel].peak;
}

float TruePeakMeter::peak() const {
    float result = 0.0f;
    for (const Channel& channel : m_channels)
        result = std::max(result, channel.peak);
    return result;
}

}  // namespace lathe
