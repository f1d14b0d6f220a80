#include "analysis/SignalStatistics.h"

#include "io/AudioFileInfo.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lathe {
namespace {

constexpr float kFloatFullScale = 1.0f;

}  // namespace

SignalStatistics::SignalStatistics(std::size_t channels, float clipLevel)
    : m_channels(channels), m_clipLevel(clipLevel) {}

float SignalStatistics::clipLevelFor(const AudioFileInfo& info) {
    if (info.isFloat || info.bitsPerSample <= 1)
        return kFloatFullScale;
    const double codes = std::ldexp(1.0, info.bitsPerSample - 1);  // 2^(b-1)
    return static_cast<float>((codes - 1.0) / codes);
}

void SignalStatistics::processInterleaved(const float* samples, std::size_t frameCount) {
    const std::size_t channels = m_channels.size();
    for (std::size_t c = 0; c < channels; ++c) {
        Channel& channel = m_channels[c];
        float peak = channel.peak;
        double sum = 0.0;
        double sumOfSquares = 0.0;
        std::uint64_t clipped = 0;
        for (std::size_t i = 0; i < frameCount; ++i) {
            const float x = samples[i * channels + c];
            const float magnitude = std::fabs(x);
            peak = std::max(peak, magnitude);
            clipped += magnitude >= m_clipLevel;
            sum += x;
            sumOfSquares += static_cast<double>(x) * x;
        }
        channel.peak = peak;
        channel.sum += sum;
        channel.sumOfSquares += sumOfSquares;
        m_clippedSamples += clipped;
    }
    if (channels == 2) {
        double products = 0.0;
        for (std::size_t i = 0; i < frameCount; ++i)
            products += static_cast<double>(samples[2 * i]) * samples[2 * i + 1];
        m_sumOfProducts += products;
    }
    m_frames += frameCount;
}

float SignalStatistics::samplePeak(std::size_t channel) const {
    assert(channel < m_channels.size());
    return m_channels[channel].peak;
}

double SignalStatistics::dcOffset(std::size_t channel) const {
    assert(channel < m_channels.size());
    return m_frames > 0 ? m_channels[channel].sum / static_cast<double>(m_frames) : 0.0;
}

std::optional<double> SignalStatistics::phaseCorrelation() const {
    if (m_channels.size() == 1)
        return m_channels[0].sumOfSquares > 0.0 ? std::optional<double>(1.0) : std::nullopt;
    const double energies = m_channels[0].sumOfSquares * m_channels[1].sumOfSquares;
    if (energies <= 0.0)
        return std::nullopt;
    return std::clamp(m_sumOfProducts / std::sqrt(energies), -1.0, 1.0);
}

}  // namespace lathe
