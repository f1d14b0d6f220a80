#pragma once

#include "demo/DemoRandom.h"

#include <vector>

// The pitched instruments of the demo songs. Each renders one note as mono (or, for
// the pad, left/right) samples at full velocity, release included.
namespace lathe::demo {

struct StereoNote {
    std::vector<float> left;
    std::vector<float> right;
};

// Three saws (one centred, one detuned down on the left, one up on the right) through
// low-pass filters that open with the swell: the wide, slowly breathing pad.
StereoNote renderPadNote(int midiNote, double heldSeconds, double cutoffHz, double sampleRate,
                         DemoRandom& random);

// Saw and square through a low-pass that snaps shut: a plucked synth.
std::vector<float> renderPluckNote(int midiNote, double heldSeconds, double sampleRate);

// Sine with a decaying octave and a short bright tine: an electric-piano-like key.
std::vector<float> renderKeysNote(int midiNote, double heldSeconds, double sampleRate);

// A saw for growl plus a sine for weight, through a low-pass with a short envelope.
std::vector<float> renderBassNote(int midiNote, double heldSeconds, double sampleRate);

}  // namespace lathe::demo
