#pragma once

#include "project/Project.h"

// The gain of a fade at position t in [0, 1] of its length, for each FadeCurve of
// project-format.md. A fade-in rises from 0 to 1; a fade-out is the fade-in run
// backwards, so a crossfade whose two sides share a curve and a position t is:
//   linear, s_curve: constant amplitude (in + out = 1, for correlated material);
//   equal_power:     constant power (in^2 + out^2 = 1, for uncorrelated material);
//   logarithmic:     fast rise then slow (log10(1 + 999 t) / 3: 60 dB range);
//   exponential:     slow rise then fast, the inverse of logarithmic.
// Positions outside [0, 1] are clamped.
namespace lathe::fades {

double fadeInGain(FadeCurve curve, double t);
double fadeOutGain(FadeCurve curve, double t);

}  // namespace lathe::fades
