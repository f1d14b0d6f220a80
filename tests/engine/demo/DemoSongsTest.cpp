#include "demo/DemoSongs.h"
#include "demo/StepPattern.h"

#include <gtest/gtest.h>

#include <string_view>

namespace lathe::demo {
namespace {

// A pattern longer than a bar would spill into the next one; an unknown symbol would
// silently play as a normal hit.
void expectWellFormed(const std::string& pattern, std::string_view symbols, const std::string& where) {
    if (pattern.empty())
        return;
    EXPECT_EQ(pattern.size(), static_cast<std::size_t>(kStepsPerBar)) << where;
    for (char symbol : pattern)
        EXPECT_NE(symbols.find(symbol), std::string_view::npos) << where << ": '" << symbol << "'";
}

TEST(DemoSongs, PatternsAreOneBarOfKnownSymbols) {
    for (const SongDescription& song : demoSongs()) {
        expectWellFormed(song.kick, "Xxg.", song.title + " kick");
        expectWellFormed(song.snare, "Xxg.", song.title + " snare");
        expectWellFormed(song.hats, "Xxgo.", song.title + " hats");
        expectWellFormed(song.bass, "Rrof-.", song.title + " bass");
        expectWellFormed(song.arp, "0123-.", song.title + " arp");
        expectWellFormed(song.keys, "x-.", song.title + " keys");
    }
}

TEST(DemoSongs, EveryPlayedPartHasAPatternAndEverySongEndsOnAnEnding) {
    for (const SongDescription& song : demoSongs()) {
        unsigned played = 0;
        for (const Section& section : song.sections)
            played |= section.parts;
        EXPECT_EQ(!(played & kKick), song.kick.empty()) << song.title;
        EXPECT_EQ(!(played & kSnare), song.snare.empty()) << song.title;
        EXPECT_EQ(!(played & kHats), song.hats.empty()) << song.title;
        EXPECT_EQ(!(played & kBass), song.bass.empty()) << song.title;
        EXPECT_EQ(!(played & kArp), song.arp.empty()) << song.title;
        EXPECT_EQ(!(played & kKeys), song.keys.empty()) << song.title;
        ASSERT_FALSE(song.sections.empty());
        EXPECT_TRUE(song.sections.back().ending) << song.title;
        EXPECT_FALSE(song.progression.empty());
        for (int degree : song.progression) {
            EXPECT_GE(degree, 0);
            EXPECT_LT(degree, 7);
        }
    }
}

TEST(DemoSongs, LengthIsTheBarsAtTheTempoPlusTheTail) {
    SongDescription song;
    song.bpm = 120.0;
    song.sections = {{4, kPad, 1.0f, false}, {2, kPad, 1.0f, true}};
    song.tailSeconds = 1.5;
    EXPECT_EQ(totalBars(song), 6);
    EXPECT_DOUBLE_EQ(songSeconds(song), 6 * 2.0 + 1.5);
}

}  // namespace
}  // namespace lathe::demo
