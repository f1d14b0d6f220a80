#pragma once

#include "demo/DemoSongs.h"

#include <vector>

namespace lathe::demo {

// The chord built on a scale degree of the song's key (triad, or seventh chord when
// the song asks for them), as MIDI notes in root position above the tonic.
std::vector<int> chordTones(const SongDescription& song, int degree);

// The chord's notes moved into one octave starting at `lowestNote`, sorted (semitone
// clusters opened up): a voicing that moves smoothly from chord to chord.
std::vector<int> voiceInOctave(const std::vector<int>& tones, int lowestNote);

// `note`'s pitch class in the octave starting at `lowestNote`.
int placeInOctave(int note, int lowestNote);

}  // namespace lathe::demo
