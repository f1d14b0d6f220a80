#include "dsp/Declicker.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lathe {

namespace {
// Scale of a zero-median Gaussian from the median of its magnitudes.
constexpr double kMadToSigma = 1.4826;
}  // namespace

Declicker::Declicker(const DeclickSettings& settings)
    : m_threshold(thresholdFor(settings.sensitivity)), m_samples(kWindowFrames),
      m_forward(kWindowFrames), m_backward(kWindowFrames), m_magnitudes(kWindowFrames),
      m_spans(kWindowFrames) {}

double Declicker::thresholdFor(double sensitivity) noexcept {
    const double s = std::clamp(sensitivity, 0.0, 1.0);
    return kThresholdAtZero * std::pow(kThresholdAtOne / kThresholdAtZero, s);
}

void Declicker::setSettings(const DeclickSettings& settings) noexcept {
    m_threshold = thresholdFor(settings.sensitivity);
}

void Declicker::prepare(double /*sampleRate*/, std::size_t /*maxBlockFrames*/, std::size_t channels) {
    m_channels.resize(channels);
    for (Channel& channel : m_channels) {
        channel.window.assign(kWindowFrames, 0.0f);
        channel.input.assign(kHopFrames, 0.0f);
        channel.output.assign(kHopFrames, 0.0f);
    }
    reset();
}

void Declicker::reset() noexcept {
    for (Channel& channel : m_channels) {
        std::fill(channel.window.begin(), channel.window.end(), 0.0f);
        std::fill(channel.input.begin(), channel.input.end(), 0.0f);
        std::fill(channel.output.begin(), channel.output.end(), 0.0f);
    }
    m_position = 0;
    m_repairCount = 0;
}

void Declicker::process(const AudioView& audio) noexcept {
    assert(audio.channelCount() == m_channels.size());
    const std::size_t channels = std::min(audio.channelCount(), m_channels.size());
    std::size_t done = 0;
    while (done < audio.frameCount()) {
        const std::size_t frames = std::min(kHopFrames - m_position, audio.frameCount() - done);
        for (std::size_t c = 0; c < channels; ++c) {
            float* samples = audio.channel(c) + done;
            Channel& channel = m_channels[c];
            std::copy_n(samples, frames, channel.input.begin() + static_cast<std::ptrdiff_t>(m_position));
            std::copy_n(channel.output.begin() + static_cast<std::ptrdiff_t>(m_position), frames, samples);
        }
        m_position += frames;
        done += frames;
        if (m_position == kHopFrames) {
            for (std::size_t c = 0; c < channels; ++c)
                runHop(m_channels[c]);
            m_position = 0;
        }
    }
}

void Declicker::runHop(Channel& channel) noexcept {
    std::copy(channel.window.begin() + kHopFrames, channel.window.end(), channel.window.begin());
    std::copy(channel.input.begin(), channel.input.end(), channel.window.end() - kHopFrames);
    std::copy(channel.window.begin(), channel.window.end(), m_samples.begin());

    if (m_predictor.fit(m_samples.data(), kWindowFrames)) {
        m_predictor.forwardResidual(m_samples.data(), kWindowFrames, m_forward.data());
        m_predictor.backwardResidual(m_samples.data(), kWindowFrames, m_backward.data());
        // The backward error of a stationary model has the forward error's statistics,
        // so one robust scale serves both.
        const double threshold =
            std::max(kThresholdFloor, m_threshold * robustScale(m_forward.data(), kOrder, kWindowFrames));
        const std::size_t spanCount = findSpans(threshold);
        if (spanCount > 0) {
            interpolateSpans(spanCount);
            for (std::size_t s = 0; s < spanCount; ++s)
                for (std::size_t n = m_spans[s].start; n < m_spans[s].start + m_spans[s].length; ++n)
                    channel.window[n] = static_cast<float>(m_samples[n]);
        }
    }
    std::copy_n(channel.window.begin() + kContextFrames, kHopFrames, channel.output.begin());
}

double Declicker::robustScale(const double* residual, std::size_t begin, std::size_t end) noexcept {
    const std::size_t count = end - begin;
    for (std::size_t n = 0; n < count; ++n)
        m_magnitudes[n] = std::abs(residual[begin + n]);
    const auto middle = m_magnitudes.begin() + static_cast<std::ptrdiff_t>(count / 2);
    std::nth_element(m_magnitudes.begin(), middle, m_magnitudes.begin() + static_cast<std::ptrdiff_t>(count));
    return kMadToSigma * *middle;
}

std::size_t Declicker::findSpans(double threshold) noexcept {
    // Clusters: outliers (forward or backward) no more than kOrder apart, since one
    // impulse disturbs up to kOrder errors on either side of it.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t spanCount = 0;
    std::size_t lastOutlier = kNone;
    std::size_t firstForward = kNone;
    std::size_t lastBackward = kNone;

    const auto closeCluster = [&] {
        if (firstForward == kNone || lastBackward == kNone || firstForward > lastBackward)
            return;  // no impulse inside: an onset or a lone outlier
        const std::size_t start = firstForward - kGuardFrames;
        const std::size_t length = lastBackward - firstForward + 1 + 2 * kGuardFrames;
        const bool startsInThisHop = start >= kContextFrames && start < kContextFrames + kHopFrames;
        const bool hasContext = start + length + kOrder <= kWindowFrames;
        if (startsInThisHop && hasContext && length <= kMaxRepairFrames)
            m_spans[spanCount++] = Span{start, length};
    };

    for (std::size_t n = kOrder; n < kWindowFrames - kOrder; ++n) {
        const bool forward = std::abs(m_forward[n]) > threshold;
        const bool backward = std::abs(m_backward[n]) > threshold;
        if (!forward && !backward)
            continue;
        if (lastOutlier != kNone && n - lastOutlier > kOrder) {
            closeCluster();
            firstForward = lastBackward = kNone;
        }
        if (forward && firstForward == kNone)
            firstForward = n;
        if (backward)
            lastBackward = n;
        lastOutlier = n;
    }
    if (lastOutlier != kNone)
        closeCluster();
    return spanCount;
}

void Declicker::interpolateSpans(std::size_t spanCount) noexcept {
    constexpr int kJanssenPasses = 2;
    for (int pass = 0; pass < kJanssenPasses; ++pass) {
        if (pass > 0 && !m_predictor.fit(m_samples.data(), kWindowFrames))
            break;
        for (std::size_t s = 0; s < spanCount; ++s)
            m_interpolator.fill(m_samples.data(), m_spans[s].start, m_spans[s].length,
                                m_predictor.coefficients());
    }
    m_repairCount += spanCount;
}

}  // namespace lathe
