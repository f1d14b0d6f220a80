#include "demo/DemoSongs.h"

namespace lathe::demo {
namespace {

constexpr double kSecondsPerMinute = 60.0;
constexpr int kBeatsPerBar = 4;
constexpr unsigned kDrums = kKick | kSnare | kHats;
constexpr unsigned kEverything = kPad | kKeys | kArp | kBass | kDrums;

// I-vi-IV-V in D major at a relaxed tempo; opens with pad and arpeggio, fades in on
// the album.
SongDescription firstLight() {
    SongDescription song;
    song.title = "First Light";
    song.bpm = 92.0;
    song.tonicMidi = 62;  // D
    song.scale = Scale::Major;
    song.progression = {0, 5, 3, 4};
    song.sevenths = true;
    song.sections = {{4, kPad | kArp, 0.55f, false},
                     {4, kPad | kArp | kBass | kKick | kHats, 0.8f, false},
                     {4, kEverything, 1.0f, false},
                     {1, kPad | kBass | kKick | kHats | kKeys, 0.9f, true}};
    song.kick = "X.....x...X.....";
    song.snare = "....X.......X...";
    song.hats = "x.g.x.g.x.g.x.go";
    song.bass = "R-----r.r-----o.";
    song.arp = "0.1.2.3.2.1.0.1.";
    song.keys = "x-----..x-----..";
    song.padCutoffHz = 2400.0;
    song.tailSeconds = 2.5;
    song.mixLevel = MixLevel::Normal;
    song.targetLufs = -15.0;
    song.seed = 1001;
    return song;
}

// i-VI-III-VII in E minor, four on the floor: the loud one, mixed far too hot and
// clipped so the album has inter-sample peaks to catch.
SongDescription redLine() {
    SongDescription song;
    song.title = "Red Line";
    song.bpm = 128.0;
    song.tonicMidi = 64;  // E
    song.scale = Scale::NaturalMinor;
    song.progression = {0, 5, 2, 6};
    song.sevenths = false;
    song.sections = {{4, kPad | kBass | kKick | kHats, 0.8f, false},
                     {4, kPad | kArp | kBass | kDrums, 0.9f, false},
                     {8, kEverything, 1.0f, false},
                     {1, kPad | kBass | kKick | kHats, 1.0f, true}};
    song.kick = "X...X...X...X...";
    song.snare = "....X.......X..g";
    song.hats = "x.o.x.o.x.o.x.ox";
    song.bass = "r.rRr.rRr.rRr.or";
    song.arp = "0312031203120312";
    song.keys = "..x-..x-..x-..x-";
    song.padCutoffHz = 3200.0;
    song.tailSeconds = 1.5;
    song.mixLevel = MixLevel::HotClipped;
    song.targetLufs = -8.0;
    song.seed = 2002;
    return song;
}

// I-vi-ii-V in F major, slow and sparse, no kick or snare: the quiet one, which
// crossfades into the last track.
SongDescription quietHours() {
    SongDescription song;
    song.title = "Quiet Hours";
    song.bpm = 72.0;
    song.tonicMidi = 65;  // F
    song.scale = Scale::Major;
    song.progression = {0, 5, 1, 4};
    song.sevenths = true;
    song.sections = {{2, kPad, 0.6f, false},
                     {5, kPad | kKeys | kArp | kBass | kHats, 0.8f, false},
                     {1, kPad | kKeys | kBass, 0.7f, true}};
    song.hats = "g.g.g.g.g.g.g.g.";
    song.bass = "R-------f-------";
    song.arp = "0.......2...1...";
    song.keys = "x-------..x-----";
    song.padCutoffHz = 1600.0;
    song.tailSeconds = 3.5;
    song.mixLevel = MixLevel::Quiet;
    song.targetLufs = -24.0;
    song.seed = 3003;
    return song;
}

// I-V-vi-IV in A major: the closer, building from keys and pad to the full band.
SongDescription homeward() {
    SongDescription song;
    song.title = "Homeward";
    song.bpm = 100.0;
    song.tonicMidi = 57;  // A
    song.scale = Scale::Major;
    song.progression = {0, 4, 5, 3};
    song.sevenths = false;
    song.sections = {{2, kPad | kKeys, 0.6f, false},
                     {4, kPad | kKeys | kBass | kKick | kHats, 0.8f, false},
                     {6, kEverything, 1.0f, false},
                     {1, kPad | kKeys | kBass | kKick | kHats, 0.9f, true}};
    song.kick = "X......xX.x.....";
    song.snare = "....X.......X...";
    song.hats = "x.x.x.x.x.x.x.xo";
    song.bass = "R-.rR-.r.r.rR-o.";
    song.arp = "0.2.1.3.0.2.1.3.";
    song.keys = "..x-..x-..x-..x-";
    song.padCutoffHz = 2800.0;
    song.tailSeconds = 2.5;
    song.mixLevel = MixLevel::Normal;
    song.targetLufs = -13.0;
    song.seed = 4004;
    return song;
}

}  // namespace

std::vector<SongDescription> demoSongs() {
    return {firstLight(), redLine(), quietHours(), homeward()};
}

int totalBars(const SongDescription& song) {
    int bars = 0;
    for (const Section& section : song.sections)
        bars += section.bars;
    return bars;
}

double songSeconds(const SongDescription& song) {
    return totalBars(song) * kBeatsPerBar * kSecondsPerMinute / song.bpm + song.tailSeconds;
}

}  // namespace lathe::demo
