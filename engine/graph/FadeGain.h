#pragma once

#include "project/Project.h"

#include <cstdint>

namespace lathe {

// The gain a track's fades give the frame `position` frames into its audio of
// `lengthFrames` frames, at `sampleRate`: the fade-in's curve over its first frames and
// the fade-out's over its last, 0 outside the audio. Stands in for the timeline's fade
// shapes until engine/timeline lands, with the same curves (project-format.md).
class FadeGain {
public:
    FadeGain() = default;
    FadeGain(const Fade& fadeIn, const Fade& fadeOut, std::int64_t lengthFrames, int sampleRate);

    float at(std::int64_t position) const noexcept;

    static double curveGain(FadeCurve curve, double t) noexcept;  // a fade-in, t in [0, 1]

private:
    FadeCurve m_inCurve = FadeCurve::Linear;
    FadeCurve m_outCurve = FadeCurve::Linear;
    std::int64_t m_inFrames = 0;
    std::int64_t m_outFrames = 0;
    std::int64_t m_lengthFrames = 0;
};

}  // namespace lathe
