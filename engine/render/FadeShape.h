#pragma once

#include "project/Project.h"

namespace lathe {

// The gain of a fade-in at `position` in [0, 1] (0 at the start, 1 at the end); a
// fade-out is the same curve run backwards, so a crossfade of two equal-power fades
// keeps the power constant and two linear ones keep the amplitude.
// - linear: x; equal_power: sin(x pi/2); s_curve: (1 - cos(x pi)) / 2;
// - logarithmic: log10(1 + 999 x) / 3 (fast rise, then slow: a 60 dB range);
// - exponential: (1000^x - 1) / 999, the inverse of logarithmic (slow rise, then fast).
double fadeGain(FadeCurve curve, double position);

}  // namespace lathe
