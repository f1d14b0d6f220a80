#include "demo/Envelope.h"

namespace lathe::demo {
namespace {

double heldGain(const Envelope& envelope, double t) {
    if (t < envelope.attackSeconds)
        return t / envelope.attackSeconds;
    const double intoDecay = t - envelope.attackSeconds;
    if (intoDecay < envelope.decaySeconds)
        return 1.0 - (1.0 - envelope.sustainLevel) * intoDecay / envelope.decaySeconds;
    return envelope.sustainLevel;
}

}  // namespace

float Envelope::gainAt(double t, double heldSeconds) const noexcept {
    if (t < 0.0)
        return 0.0f;
    if (t < heldSeconds)
        return static_cast<float>(heldGain(*this, t));
    const double released = (t - heldSeconds) / releaseSeconds;
    if (released >= 1.0)
        return 0.0f;
    // Squared, so the release sounds like a natural decay rather than a linear ramp.
    const double remaining = 1.0 - released;
    return static_cast<float>(heldGain(*this, heldSeconds) * remaining * remaining);
}

}  // namespace lathe::demo
