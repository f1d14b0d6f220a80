#include "dsp/ParametricEq.h"

#include "dsp/EqBandDesign.h"

#include <algorithm>
#include <span>

namespace lathe {

namespace {

EqBand disabled(EqBand band) {
    band.enabled = false;
    return band;
}

}  // namespace

ParametricEq::ParametricEq() {
    for (EqBandProcessor& band : m_bands)
        band.prepare(m_sampleRate);
}

void ParametricEq::prepare(double sampleRate, std::size_t /*maxBlockFrames*/, std::size_t channels) {
    m_sampleRate = sampleRate;
    m_channels = channels;
    for (EqBandProcessor& band : m_bands)
        band.prepare(sampleRate);
    m_settled = false;
    if (m_targetCount > 0) {
        // Settings given before prepare() are designed for the new rate now.
        for (std::size_t i = 0; i < kMaxBands; ++i)
            m_bands[i].setBand(i < m_targetCount ? m_targets[i] : disabled(m_targets[i]), true);
        m_settled = true;
    }
}

void ParametricEq::setSettings(const EqSettings& settings, bool immediate) noexcept {
    const std::size_t count = std::min(settings.bands.size(), kMaxBands);
    immediate = immediate || !m_settled;
    for (std::size_t i = 0; i < kMaxBands; ++i) {
        if (i < count)
            m_targets[i] = settings.bands[i];
        else
            m_targets[i].enabled = false;
        m_bands[i].setBand(m_targets[i], immediate);
    }
    m_targetCount = count;
    m_settled = true;
}

void ParametricEq::reset() noexcept {
    for (EqBandProcessor& band : m_bands)
        band.reset();
}

bool ParametricEq::isNeutral() const noexcept {
    return std::none_of(m_bands.begin(), m_bands.end(),
                        [](const EqBandProcessor& band) { return band.isActive(); });
}

void ParametricEq::toDomain(Domain wanted, const AudioView& audio) noexcept {
    if (wanted == m_domain)
        return;
    float* a = audio.channel(0);
    float* b = audio.channel(1);
    const std::size_t n = audio.frameCount();
    // Encode: M = (L + R) / 2, S = (L - R) / 2. Decode: L = M + S, R = M - S.
    const float scale = wanted == Domain::MidSide ? 0.5f : 1.0f;
    for (std::size_t i = 0; i < n; ++i) {
        const float x = a[i];
        const float y = b[i];
        a[i] = (x + y) * scale;
        b[i] = (x - y) * scale;
    }
    m_domain = wanted;
}

void ParametricEq::process(const AudioView& audio) noexcept {
    const std::size_t n = audio.frameCount();
    const bool stereo = m_channels >= 2 && audio.channelCount() >= 2;
    float* first = audio.channel(0);
    float* second = stereo ? audio.channel(1) : nullptr;
    m_domain = Domain::LeftRight;
    for (EqBandProcessor& band : m_bands) {
        if (!band.isActive())
            continue;
        const Placement placement = band.placement();
        if (!stereo) {
            if (placement == Placement::Stereo || placement == Placement::Mid)
                band.process(first, nullptr, n);
            continue;
        }
        switch (placement) {
        case Placement::Stereo: band.process(first, second, n); break;
        case Placement::Mid:
            toDomain(Domain::MidSide, audio);
            band.process(first, nullptr, n);
            break;
        case Placement::Side:
            toDomain(Domain::MidSide, audio);
            band.process(second, nullptr, n);
            break;
        case Placement::Left:
            toDomain(Domain::LeftRight, audio);
            band.process(first, nullptr, n);
            break;
        case Placement::Right:
            toDomain(Domain::LeftRight, audio);
            band.process(second, nullptr, n);
            break;
        }
    }
    if (stereo)
        toDomain(Domain::LeftRight, audio);
}

double ParametricEq::magnitudeDb(double freqHz, std::optional<Placement> view) const noexcept {
    return EqBandDesign::magnitudeDb(std::span<const EqBand>(m_targets.data(), m_targetCount),
                                     m_sampleRate, freqHz, view);
}

}  // namespace lathe
