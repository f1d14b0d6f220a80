#pragma once

#include "project/Project.h"

#include <cstdint>

namespace lathe {

// The gain a track's fades give the frame `position` frames into its audio: the fade-in's
// curve over its first inFrames, the fade-out's over its last outFrames (curves from
// timeline/FadeShapes, evaluated at the centre of each frame), 0 outside the audio.
class FadeGain {
public:
    struct Side {
        FadeCurve curve = FadeCurve::Linear;
        std::int64_t frames = 0;
    };

    FadeGain() = default;
    FadeGain(Side in, Side out, std::int64_t lengthFrames);

    float at(std::int64_t position) const noexcept;

private:
    Side m_in;
    Side m_out;
    std::int64_t m_lengthFrames = 0;
};

}  // namespace lathe
