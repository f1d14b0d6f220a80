#pragma once

#include "core/AudioBuffer.h"

namespace lathe::demo {

// A small Schroeder-Moorer room (the Freeverb topology: eight damped feedback combs
// into four allpasses per side, the right side's delays slightly longer) that gives
// the demo songs a space around them and decorrelates the sides. Works on whole songs.
class RoomReverb {
public:
    RoomReverb(float roomSize, float damping, double sampleRate);

    // Adds the room's response to `send` (both channels summed) into `out`, scaled by `wet`.
    void addReverberation(const AudioBuffer& send, AudioBuffer& out, float wet) const;

private:
    float m_feedback;
    float m_damping;
    double m_sampleRate;
};

}  // namespace lathe::demo
