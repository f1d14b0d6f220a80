#include "dsp/GainStage.h"

#include "core/Decibels.h"

#include <algorithm>

namespace lathe {

GainStage::GainStage(const GainSettings& settings) noexcept {
    m_gain.setImmediate(dbToGain(settings.gainDb));
}

void GainStage::setSettings(const GainSettings& settings) noexcept {
    m_gain.setTarget(dbToGain(settings.gainDb));
}

void GainStage::prepare(double sampleRate, std::size_t /*maxBlockFrames*/, std::size_t /*channels*/) {
    m_gain.prepare(sampleRate, kRampSeconds);
}

void GainStage::reset() noexcept {
    m_gain.setImmediate(m_gain.target());
}

void GainStage::process(const AudioView& audio) noexcept {
    const std::size_t frames = audio.frameCount();
    if (!m_gain.isSmoothing()) {
        const double gain = m_gain.current();
        if (gain == 1.0)
            return;
        for (std::size_t c = 0; c < audio.channelCount(); ++c) {
            float* samples = audio.channel(c);
            std::transform(samples, samples + frames, samples, [gain](float x) {
                return static_cast<float>(x * gain);
            });
        }
        return;
    }
    for (std::size_t i = 0; i < frames; ++i) {
        const double gain = m_gain.next();
        for (std::size_t c = 0; c < audio.channelCount(); ++c)
            audio.channel(c)[i] = static_cast<float>(audio.channel(c)[i] * gain);
    }
}

}  // namespace lathe
