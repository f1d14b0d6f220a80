#include "graph/FadeGain.h"

#include "timeline/FadeShapes.h"

namespace lathe {

FadeGain::FadeGain(Side in, Side out, std::int64_t lengthFrames)
    : m_in(in), m_out(out), m_lengthFrames(lengthFrames) {}

float FadeGain::at(std::int64_t position) const noexcept {
    if (position < 0 || position >= m_lengthFrames)
        return 0.0f;
    constexpr double kFrameCentre = 0.5;
    double gain = 1.0;
    if (position < m_in.frames)
        gain *= fades::fadeInGain(m_in.curve, (static_cast<double>(position) + kFrameCentre) / static_cast<double>(m_in.frames));
    const std::int64_t fadeOutStart = m_lengthFrames - m_out.frames;
    if (position >= fadeOutStart)
        gain *= fades::fadeOutGain(m_out.curve, (static_cast<double>(position - fadeOutStart) + kFrameCentre)
                                                    / static_cast<double>(m_out.frames));
    return static_cast<float>(gain);
}

}  // namespace lathe
