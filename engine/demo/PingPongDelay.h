#pragma once

#include "core/AudioBuffer.h"

#include <cstddef>

namespace lathe::demo {

// The demo songs' stereo delay: echoes alternate left and right, each one darker than
// the last. Works on whole songs at once (offline), so the output is its own history.
class PingPongDelay {
public:
    PingPongDelay(std::size_t delayFrames, float feedback, double dampingHz, double sampleRate);

    // Adds the echoes of `send` (both channels summed) into `out`, scaled by `wet`.
    void addEchoes(const AudioBuffer& send, AudioBuffer& out, float wet) const;

private:
    std::size_t m_delayFrames;
    float m_feedback;
    double m_dampingHz;
    double m_sampleRate;
};

}  // namespace lathe::demo
