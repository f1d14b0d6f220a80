#include "dsp/EqBandProcessor.h"

#include "dsp/EqBandDesign.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace lathe {

void EqBandProcessor::prepare(double sampleRate) noexcept {
    m_sampleRate = sampleRate;
    m_grid = EqBandDesign::FitGrid::forRate(sampleRate);
    m_octaves.prepare(sampleRate, kGlideSeconds);
    m_gainDb.prepare(sampleRate, kGlideSeconds);
    m_logQ.prepare(sampleRate, kGlideSeconds);
    m_presence.prepare(sampleRate, kFadeSeconds);
    reset();
}

bool EqBandProcessor::sameStructure(const EqBand& a, const EqBand& b) noexcept {
    const bool isCut = a.shape == EqShape::LowCut || a.shape == EqShape::HighCut;
    return a.shape == b.shape && a.placement == b.placement &&
           (!isCut || ButterworthCutDesign::orderForSlope(a.slopeDbPerOctave) ==
                          ButterworthCutDesign::orderForSlope(b.slopeDbPerOctave));
}

void EqBandProcessor::setParameterTargets(const EqBand& band, bool immediate) noexcept {
    const double octaves = std::log2(EqBandDesign::clampFrequency(band.freqHz, m_sampleRate));
    const double gainDb = EqBandDesign::clampGainDb(band.gainDb);
    const double logQ = std::log(EqBandDesign::clampQ(band.q));
    if (immediate) {
        m_octaves.setImmediate(octaves);
        m_gainDb.setImmediate(gainDb);
        m_logQ.setImmediate(logQ);
        redesign();
    } else {
        m_octaves.setTarget(octaves);
        m_gainDb.setTarget(gainDb);
        m_logQ.setTarget(logQ);
    }
}

// Switches structure while silent: nothing to glide from, and no history to keep.
void EqBandProcessor::adopt(const EqBand& band) noexcept {
    m_running = band;
    m_hasPending = false;
    m_stateValid = false;
    setParameterTargets(band, true);
}

void EqBandProcessor::setBand(const EqBand& band, bool immediate) noexcept {
    const double presence = band.enabled ? 1.0 : 0.0;
    const bool silent = m_presence.current() == 0.0;
    if (immediate) {
        // The same structure keeps its history: only the coefficients jump.
        const bool keepHistory = sameStructure(band, m_running) && m_stateValid;
        adopt(band);
        m_stateValid = keepHistory;
        m_presence.setImmediate(presence);
        return;
    }
    if (!sameStructure(band, m_running)) {
        if (silent) {
            adopt(band);
            m_presence.setTarget(presence);
        } else {
            m_pending = band;
            m_hasPending = true;
            m_presence.setTarget(0.0);
        }
        return;
    }
    m_hasPending = false;
    m_running = band;
    // A band fading in from silence starts at its new values instead of gliding to them.
    setParameterTargets(band, silent);
    m_presence.setTarget(presence);
}

void EqBandProcessor::reset() noexcept {
    if (m_hasPending)
        adopt(m_pending);
    m_octaves.setImmediate(m_octaves.target());
    m_gainDb.setImmediate(m_gainDb.target());
    m_logQ.setImmediate(m_logQ.target());
    m_presence.setImmediate(m_presence.target());
    redesign();
    m_filter.reset();
    m_stateValid = true;
}

bool EqBandProcessor::parametersMoving() const noexcept {
    return m_octaves.isSmoothing() || m_gainDb.isSmoothing() || m_logQ.isSmoothing();
}

bool EqBandProcessor::isActive() const noexcept {
    if (m_presence.current() == 0.0 && m_presence.target() == 0.0)
        return false;
    const bool atUnity = EqBandDesign::hasGain(m_running.shape) && m_gainDb.current() == 0.0 &&
                         !m_gainDb.isSmoothing();
    return m_hasPending || m_presence.isSmoothing() || !atUnity;
}

SectionList EqBandProcessor::currentDesign() const noexcept {
    return EqBandDesign::design(m_running.shape, m_running.slopeDbPerOctave,
                                std::exp2(m_octaves.current()), m_gainDb.current(),
                                std::exp(m_logQ.current()), m_grid);
}

void EqBandProcessor::redesign() noexcept {
    m_filter.setSections(currentDesign());
    m_framesUntilRedesign = kCoefficientUpdateFrames;
}

void EqBandProcessor::process(float* first, float* second, std::size_t frames) noexcept {
    if (!m_stateValid) {
        m_filter.reset();
        m_stateValid = true;
    }
    std::size_t done = 0;
    while (done < frames) {
        float* b = second != nullptr ? second + done : nullptr;
        done += processChunk(first + done, b, frames - done);
    }
}

// Processes up to `frames` frames during which neither coefficients nor the fade
// change their update schedule; returns how many it did.
std::size_t EqBandProcessor::processChunk(float* first, float* second, std::size_t frames) noexcept {
    const bool moving = parametersMoving();
    const bool fading = m_presence.isSmoothing() || m_presence.current() < 1.0;
    if (moving && m_framesUntilRedesign == 0) {
        // Design where the parameters will be one interval from now and ramp there.
        const int step = static_cast<int>(kCoefficientUpdateFrames);
        m_octaves.skip(step);
        m_gainDb.skip(step);
        m_logQ.skip(step);
        SectionList next = currentDesign();
        EqBandDesign::alignForRamp(next, m_filter.sections());
        m_filter.rampTo(next, kCoefficientUpdateFrames);
        m_framesUntilRedesign = kCoefficientUpdateFrames;
    }
    std::size_t n = frames;
    if (moving)
        n = std::min(n, m_framesUntilRedesign);
    if (fading)
        n = std::min(n, kCoefficientUpdateFrames);

    if (!fading) {
        m_filter.process(first, second, n);
    } else {
        std::array<float, kCoefficientUpdateFrames> dryFirst{};
        std::array<float, kCoefficientUpdateFrames> drySecond{};
        std::copy_n(first, n, dryFirst.begin());
        if (second != nullptr)
            std::copy_n(second, n, drySecond.begin());
        m_filter.process(first, second, n);
        for (std::size_t i = 0; i < n; ++i) {
            const float g = static_cast<float>(m_presence.next());
            first[i] = dryFirst[i] + g * (first[i] - dryFirst[i]);
            if (second != nullptr)
                second[i] = drySecond[i] + g * (second[i] - drySecond[i]);
        }
        if (m_presence.current() == 0.0 && m_hasPending) {
            adopt(m_pending);
            m_presence.setTarget(m_running.enabled ? 1.0 : 0.0);
            m_filter.reset();
            m_stateValid = true;
        }
    }
    if (moving)
        m_framesUntilRedesign -= n;
    return n;
}

}  // namespace lathe
