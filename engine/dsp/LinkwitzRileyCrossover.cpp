#include "dsp/LinkwitzRileyCrossover.h"

#include <algorithm>

namespace lathe {

void LinkwitzRileyCrossover::prepare(double sampleRate) noexcept {
    m_sampleRate = sampleRate;
    setCrossovers(m_cornersHz.data(), m_crossoverCount);
    reset();
}

void LinkwitzRileyCrossover::reset() noexcept {
    for (Crossover& crossover : m_crossovers) {
        for (StereoBiquad& section : crossover.lowPass)
            section.reset();
        for (StereoBiquad& section : crossover.highPass)
            section.reset();
    }
    for (auto& band : m_compensation)
        for (StereoBiquad& allPass : band)
            allPass.reset();
}

void LinkwitzRileyCrossover::setCrossovers(const double* cornersHz, std::size_t count) noexcept {
    count = std::min(count, kMaxCrossovers);
    const bool countChanged = count != m_crossoverCount;
    std::copy_n(cornersHz, count, m_cornersHz.begin());
    m_crossoverCount = count;
    for (std::size_t k = 0; k < count; ++k) {
        const auto lowPass = BiquadCoefficients::butterworthLowPass(m_cornersHz[k], m_sampleRate);
        const auto highPass = BiquadCoefficients::butterworthHighPass(m_cornersHz[k], m_sampleRate);
        const auto allPass = BiquadCoefficients::butterworthAllPass(m_cornersHz[k], m_sampleRate);
        for (std::size_t s = 0; s < kSectionsPerFilter; ++s) {
            m_crossovers[k].lowPass[s].setCoefficients(lowPass);
            m_crossovers[k].highPass[s].setCoefficients(highPass);
        }
        for (auto& band : m_compensation)
            band[k].setCoefficients(allPass);
    }
    if (countChanged)
        reset();
}

void LinkwitzRileyCrossover::copy(const AudioView& from, const AudioView& to) noexcept {
    for (std::size_t c = 0; c < from.channelCount(); ++c)
        if (from.channel(c) != to.channel(c))
            std::copy_n(from.channel(c), from.frameCount(), to.channel(c));
}

void LinkwitzRileyCrossover::split(const AudioView& input, const AudioView* bands) noexcept {
    const AudioView& rest = bands[m_crossoverCount];
    copy(input, rest);
    const bool stereo = input.channelCount() == StereoBiquad::kMaxChannels;
    for (std::size_t k = 0; k < m_crossoverCount; ++k) {
        Crossover& crossover = m_crossovers[k];
        if (stereo) {
            // The low-pass and high-pass cascades side by side, section by section.
            float* const restChannels[] = {rest.channel(0), rest.channel(1)};
            float* const bandChannels[] = {bands[k].channel(0), bands[k].channel(1)};
            for (std::size_t s = 0; s < kSectionsPerFilter; ++s)
                StereoBiquad::processSideBySide(crossover.lowPass[s], s == 0 ? restChannels : bandChannels,
                                                bandChannels, crossover.highPass[s], restChannels,
                                                restChannels, rest.frameCount());
        } else {
            copy(rest, bands[k]);
            for (StereoBiquad& section : crossover.lowPass)
                section.process(bands[k]);
            for (StereoBiquad& section : crossover.highPass)
                section.process(rest);
        }
        for (std::size_t above = k + 1; above < m_crossoverCount; ++above)
            m_compensation[k][above].process(bands[k]);
    }
}

}  // namespace lathe
