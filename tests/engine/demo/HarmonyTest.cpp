#include "demo/Harmony.h"

#include <gtest/gtest.h>

namespace lathe::demo {
namespace {

SongDescription key(int tonicMidi, Scale scale, bool sevenths) {
    SongDescription song;
    song.tonicMidi = tonicMidi;
    song.scale = scale;
    song.sevenths = sevenths;
    return song;
}

TEST(Harmony, DiatonicTriadsOfCMajor) {
    const auto c = key(60, Scale::Major, false);
    EXPECT_EQ(chordTones(c, 0), (std::vector<int>{60, 64, 67}));  // C
    EXPECT_EQ(chordTones(c, 5), (std::vector<int>{69, 72, 76}));  // Am
    EXPECT_EQ(chordTones(c, 3), (std::vector<int>{65, 69, 72}));  // F
    EXPECT_EQ(chordTones(c, 4), (std::vector<int>{67, 71, 74}));  // G
}

TEST(Harmony, SeventhChordsAndMinorKeys) {
    EXPECT_EQ(chordTones(key(62, Scale::Major, true), 0), (std::vector<int>{62, 66, 69, 73}));      // Dmaj7
    EXPECT_EQ(chordTones(key(64, Scale::NaturalMinor, false), 0), (std::vector<int>{64, 67, 71}));  // Em
    EXPECT_EQ(chordTones(key(64, Scale::NaturalMinor, false), 5), (std::vector<int>{72, 76, 79}));  // C
    EXPECT_EQ(chordTones(key(64, Scale::NaturalMinor, false), 6), (std::vector<int>{74, 78, 81}));  // D
}

TEST(Harmony, PlaceInOctaveKeepsThePitchClass) {
    EXPECT_EQ(placeInOctave(62, 33), 38);
    EXPECT_EQ(placeInOctave(21, 33), 33);
    EXPECT_EQ(placeInOctave(44, 33), 44);
    EXPECT_EQ(placeInOctave(45, 33), 33);
}

TEST(Harmony, VoicingStaysCloseAndOpensSemitoneClusters) {
    EXPECT_EQ(voiceInOctave({60, 64, 67}, 55), (std::vector<int>{55, 60, 64}));
    // Dmaj7 from G3: A3 C#4 D4 F#4 has C#-D a semitone apart; C# moves up an octave.
    EXPECT_EQ(voiceInOctave({62, 66, 69, 73}, 55), (std::vector<int>{57, 62, 66, 73}));
}

}  // namespace
}  // namespace lathe::demo
