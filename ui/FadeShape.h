#pragma once

#include "project/Project.h"

namespace lathe::ui {

// The gain of a fade-in `fraction` of the way through (0 silent, 1 full), for drawing
// the envelope over the waveform; a fade-out is the same curve read backwards.
double fadeGain(FadeCurve curve, double fraction);

}  // namespace lathe::ui
