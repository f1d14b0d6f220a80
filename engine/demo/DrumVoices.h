#pragma once

#include "demo/DemoRandom.h"

#include <vector>

// One-shot drum sounds for the demo songs, each rendered as mono samples at full
// velocity; the song renderer scales, pans and places them.
namespace lathe::demo {

// A sine swept down from a punchy attack pitch to its body pitch, with a short click.
std::vector<float> renderKick(double sampleRate);

// A noise burst (high-passed, the snares) over a decaying two-partial drum-head tone.
std::vector<float> renderSnare(double sampleRate, DemoRandom& random);

// High-passed noise; open hats ring longer.
std::vector<float> renderHat(double sampleRate, DemoRandom& random, bool open);

}  // namespace lathe::demo
