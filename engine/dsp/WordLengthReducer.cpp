#include "dsp/WordLengthReducer.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lathe {

namespace {
// Wannamaker's F-weighted error-feedback coefficients, designed at 44.1 kHz.
constexpr std::array<double, 9> kFWeighted{2.412, -3.370, 3.937, -4.174, 3.353,
                                           -2.205, 1.281, -0.569, 0.0847};
constexpr double kFWeightedCentreRate = 46000.0;
constexpr double kFWeightedRateTolerance = 0.05;
// (1 - z^-1)^2 = 1 - 2 z^-1 + z^-2 as error feedback.
constexpr std::array<double, 2> kSecondOrderHighPass{2.0, -1.0};
}  // namespace

WordLengthReducer::WordLengthReducer(const Settings& settings) : m_settings(settings) {
    if (settings.bits < kMinBits || settings.bits > kMaxBits)
        throw badInput("bits", "cannot reduce to " + std::to_string(settings.bits) +
                                   " bits (supported: " + std::to_string(kMinBits) + " to " +
                                   std::to_string(kMaxBits) + ")");
    m_scale = std::ldexp(1.0, settings.bits - 1);
    m_minCode = -m_scale;
    m_maxCode = m_scale - 1.0;
}

void WordLengthReducer::prepare(double sampleRate, std::size_t /*maxBlockFrames*/, std::size_t channels) {
    m_taps.fill(0.0);
    m_tapCount = 0;
    m_shaper = Shaper::None;
    if (m_settings.dither == DitherKind::Shaped) {
        const bool nearFWeightedRate =
            std::abs(sampleRate - kFWeightedCentreRate) / kFWeightedCentreRate <= kFWeightedRateTolerance;
        if (nearFWeightedRate) {
            m_shaper = Shaper::FWeighted;
            std::copy(kFWeighted.begin(), kFWeighted.end(), m_taps.begin());
            m_tapCount = kFWeighted.size();
        } else {
            m_shaper = Shaper::SecondOrderHighPass;
            std::copy(kSecondOrderHighPass.begin(), kSecondOrderHighPass.end(), m_taps.begin());
            m_tapCount = kSecondOrderHighPass.size();
        }
    }
    m_channels.resize(channels);
    reset();
}

void WordLengthReducer::reset() noexcept {
    for (std::size_t c = 0; c < m_channels.size(); ++c) {
        m_channels[c].random.reseed(m_settings.seed, c);
        m_channels[c].errors.fill(0.0);
        m_channels[c].position = 0;
    }
}

void WordLengthReducer::process(const AudioView& audio) noexcept {
    const std::size_t channels = std::min(audio.channelCount(), m_channels.size());
    for (std::size_t c = 0; c < channels; ++c) {
        Channel& channel = m_channels[c];
        float* samples = audio.channel(c);
        const std::size_t frames = audio.frameCount();
        // The shaper's length as a constant, so its loop unrolls.
        if (m_tapCount == kFWeighted.size())
            processChannel<kFWeighted.size()>(channel, samples, frames);
        else if (m_tapCount == kSecondOrderHighPass.size())
            processChannel<kSecondOrderHighPass.size()>(channel, samples, frames);
        else
            processChannel<0>(channel, samples, frames);
    }
}

namespace {

// Round to nearest, ties to even, as nearbyint() in the default rounding mode, without a
// library call: adding 1.5 * 2^52 pushes the fraction out of the mantissa. Exact for
// |x| < 2^51, far beyond any code of 24 bits plus dither and shaped error.
double roundToInteger(double x) noexcept {
    constexpr double kShifter = 6755399441055744.0;  // 1.5 * 2^52
    return (x + kShifter) - kShifter;
}

}  // namespace

template <std::size_t Taps>
void WordLengthReducer::processChannel(Channel& channel, float* samples, std::size_t frames) noexcept {
    static_assert(Taps <= kMaxTaps);
    const bool dither = m_settings.dither != DitherKind::None;
    const double scale = m_scale;
    const double lsb = 1.0 / m_scale;  // a power of two: multiplying is exact division
    const double minCode = m_minCode;
    const double maxCode = m_maxCode;
    std::array<double, Taps + 1> taps{};  // + 1: never empty
    std::copy_n(m_taps.begin(), Taps, taps.begin());
    std::size_t position = channel.position;
    for (std::size_t i = 0; i < frames; ++i) {
        double error = 0.0;
        if (samples[i] != 0.0f) {
            double wanted = samples[i] * scale;  // in LSBs
            const double* past = channel.errors.data() + position;
            // Oldest error first: only the last subtraction waits for the previous
            // sample's error, so the others overlap with that sample's rounding.
            for (std::size_t k = Taps; k-- > 0;)
                wanted -= taps[k] * past[k];
            double noise = 0.0;
            if (dither)
                noise = channel.random.nextUnit() + channel.random.nextUnit() - 1.0;
            const double code = roundToInteger(wanted + noise);
            error = code - wanted;
            samples[i] = static_cast<float>(std::clamp(code, minCode, maxCode) * lsb);
        }
        if constexpr (Taps > 0) {
            position = position == 0 ? kMaxTaps - 1 : position - 1;
            channel.errors[position] = error;
            channel.errors[position + kMaxTaps] = error;
        }
    }
    channel.position = position;
}

}  // namespace lathe
