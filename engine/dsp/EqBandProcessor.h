#pragma once

#include "dsp/BiquadCascade.h"
#include "dsp/EqBandDesign.h"
#include "dsp/SmoothedValue.h"
#include "project/ModuleSettings.h"

#include <cstddef>

namespace lathe {

// One band of the minimum-phase EQ on the audio thread. Frequency (in octaves), gain
// (in dB) and Q (in log) glide; while they move, the sections are redesigned every
// kCoefficientUpdateFrames frames and the coefficients ramp linearly in between, so a
// drag never zips. Switching a band on or off, or
// changing what cannot glide (shape, slope, placement), crossfades the band's output
// with its input: the band fades out, switches, and fades back in. Nothing allocates.
class EqBandProcessor {
public:
    static constexpr std::size_t kCoefficientUpdateFrames = 32;
    static constexpr double kGlideSeconds = 0.02;
    static constexpr double kFadeSeconds = 0.02;

    void prepare(double sampleRate) noexcept;

    // The new target. `immediate` jumps there (first settings, offline renders of static
    // settings); otherwise parameters glide and switches crossfade.
    void setBand(const EqBand& band, bool immediate) noexcept;

    // Jumps to the targets and forgets the signal history.
    void reset() noexcept;

    // Whether process() changes the signal at all in the next block.
    bool isActive() const noexcept;

    // Where the band currently acts (a placement change fades out first).
    Placement placement() const noexcept { return m_running.placement; }

    // In place; `second` is null when the band acts on one signal (mid, side, left, right,
    // or a mono stream).
    void process(float* first, float* second, std::size_t frames) noexcept;

private:
    static bool sameStructure(const EqBand& a, const EqBand& b) noexcept;
    void adopt(const EqBand& band) noexcept;
    void setParameterTargets(const EqBand& band, bool immediate) noexcept;
    bool parametersMoving() const noexcept;
    SectionList currentDesign() const noexcept;
    void redesign() noexcept;
    std::size_t processChunk(float* first, float* second, std::size_t frames) noexcept;

    double m_sampleRate = 48000.0;
    EqBandDesign::FitGrid m_grid = EqBandDesign::FitGrid::forRate(48000.0);
    EqBand m_running{.enabled = false};  // the structure being processed, target parameters
    EqBand m_pending;                    // waits for the fade-out to finish
    bool m_hasPending = false;
    bool m_stateValid = false;           // filter history belongs to the current signal
    SmoothedValue m_octaves;             // log2 of frequency
    SmoothedValue m_gainDb;
    SmoothedValue m_logQ;
    SmoothedValue m_presence;            // 0 = bypassed, 1 = fully on
    std::size_t m_framesUntilRedesign = 0;
    BiquadCascade m_filter;
};

}  // namespace lathe
