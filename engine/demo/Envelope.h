#pragma once

namespace lathe::demo {

// An attack-decay-sustain-release envelope evaluated at a time, for notes whose length
// is known when they start (the demo songs are written out, not played live).
struct Envelope {
    double attackSeconds = 0.005;
    double decaySeconds = 0.1;
    double sustainLevel = 0.7;
    double releaseSeconds = 0.2;

    // Gain at `t` seconds after the note starts, for a note held `heldSeconds`.
    float gainAt(double t, double heldSeconds) const noexcept;
    // How long the note sounds in total, release included.
    double soundingSeconds(double heldSeconds) const noexcept { return heldSeconds + releaseSeconds; }
};

}  // namespace lathe::demo
