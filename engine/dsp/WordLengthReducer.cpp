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
    for (std::size_t c = 0; c < channels; ++c)
        processChannel(m_channels[c], audio.channel(c), audio.frameCount());
}

void WordLengthReducer::processChannel(Channel& channel, float* samples, std::size_t frames) noexcept {
    const bool dither = m_settings.dither != DitherKind::None;
    for (std::size_t i = 0; i < frames; ++i) {
        double error = 0.0;
        if (samples[i] != 0.0f) {
            double wanted = samples[i] * m_scale;  // in LSBs
            const double* past = channel.errors.data() + channel.position;
            for (std::size_t k = 0; k < m_tapCount; ++k)
                wanted -= m_taps[k] * past[k];
            double noise = 0.0;
            if (dither)
                noise = channel.random.nextUnit() + channel.random.nextUnit() - 1.0;
            const double code = std::nearbyint(wanted + noise);
            error = code - wanted;
            samples[i] = static_cast<float>(std::clamp(code, m_minCode, m_maxCode) / m_scale);
        }
        if (m_tapCount > 0) {
            channel.position = channel.position == 0 ? kMaxTaps - 1 : channel.position - 1;
            channel.errors[channel.position] = error;
            channel.errors[channel.position + kMaxTaps] = error;
        }
    }
}

}  // namespace lathe
