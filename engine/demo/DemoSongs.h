#pragma once

#include <cstdint>
#include <string>
#include <vector>

// The four songs of the built-in demo album, described as music (tempo, key, chords,
// patterns, arrangement) so the renderer can play them and the album writer can name
// and level them.
namespace lathe::demo {

// The rate of the demo mixes: CD audio, so the album can be made into a DDP image.
inline constexpr int kDemoSampleRate = 44100;
inline constexpr const char* kDemoArtist = "The Lathe Demo Band";

enum class Scale { Major, NaturalMinor };

// The instruments of a song; a section plays a set of them.
enum Part : unsigned {
    kPad = 1u << 0,   // detuned saws through a low-pass, spread across the stereo field
    kKeys = 1u << 1,  // chord stabs, right of centre, into the delay
    kArp = 1u << 2,   // plucked arpeggio, left of centre, into the delay
    kBass = 1u << 3,
    kKick = 1u << 4,
    kSnare = 1u << 5,
    kHats = 1u << 6,
};

// One part of the arrangement. An ending plays each instrument once, on the downbeat,
// over the tonic chord, and lets it ring.
struct Section {
    int bars = 4;
    unsigned parts = 0;
    float level = 1.0f;  // dynamics: scales every instrument and opens the pad filter
    bool ending = false;
};

// How hot the finished mix is. Hot mixes are clipped at full scale, as an overcooked
// master would be, so their true peak exceeds 0 dBTP.
enum class MixLevel { Normal, Quiet, HotClipped };

// Patterns are 16 steps (sixteenth notes) per bar, one character per step:
//  drums: 'X' accent, 'x' normal, 'g' ghost, 'o' open hat, '.' rest;
//  bass:  'R' accented root, 'r' root, 'o' octave up, 'f' fifth, '-' hold, '.' rest;
//  arp:   '0'..'3' a chord tone an octave above the pad, '-' hold, '.' rest;
//  keys:  'x' the chord, '-' hold, '.' rest.
struct SongDescription {
    std::string title;
    double bpm = 120.0;
    int tonicMidi = 60;
    Scale scale = Scale::Major;
    std::vector<int> progression;  // scale degrees (0 = tonic), one chord per bar, repeating
    bool sevenths = false;
    std::vector<Section> sections;
    std::string kick;
    std::string snare;
    std::string hats;
    std::string bass;
    std::string arp;
    std::string keys;
    double padCutoffHz = 2000.0;
    double tailSeconds = 2.0;  // after the last bar, for the release and the echoes
    MixLevel mixLevel = MixLevel::Normal;
    double targetLufs = -14.0;
    std::uint32_t seed = 1;
};

// The demo album's songs, in album order.
std::vector<SongDescription> demoSongs();

int totalBars(const SongDescription& song);
double songSeconds(const SongDescription& song);

}  // namespace lathe::demo
