// What a module does to the loudness, measured offline as the level-matched bypass needs it.

#include "render/LoudnessChange.h"

#include "../playback/PlaybackTestProject.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

TEST(LoudnessChange, AGainOfFourDbMakesTheMasterFourLuLouder) {
    const test::TempDir dir;
    const Project reference = test::makeSineAlbum(dir, 6.0, 0.25, 1000.0);
    Project louder = reference;
    louder.masterChain.modules.push_back({GainSettings{4.0}, true});
    const auto change = LoudnessChange::measureDb(louder, reference, 3.0, 4.0);
    ASSERT_TRUE(change.has_value());
    EXPECT_NEAR(*change, 4.0, 0.01);
    // A bypassed module changes nothing.
    louder.masterChain.modules.back().enabled = false;
    EXPECT_NEAR(*LoudnessChange::measureDb(louder, reference, 3.0, 4.0), 0.0, 1e-6);
}

TEST(LoudnessChange, ACompressorWithoutMakeupMakesASteadySineQuieterByItsStaticCurve) {
    const test::TempDir dir;
    // A 1 kHz sine at 0.5: -6 dBFS peak, -9 dB RMS; 9 dB over a -18 dB threshold at 3:1
    // (the knee is 6 dB wide, so 9 dB over lies beyond it): 6 dB of reduction.
    const Project reference = test::makeSineAlbum(dir, 6.0, 0.5, 1000.0);
    Project compressed = reference;
    CompressorSettings compressor;
    compressor.ratio = 3.0;
    compressed.tracks[0].chain.modules.push_back({compressor, true});
    const auto change = LoudnessChange::measureDb(compressed, reference, 3.0, 4.0);
    ASSERT_TRUE(change.has_value());
    EXPECT_NEAR(*change, -6.0, 0.3);
}

TEST(LoudnessChange, TheSpanMovesInsideAShortAlbumAndSilenceHasNoLoudness) {
    const test::TempDir dir;
    Project silent = test::makeSineAlbum(dir, 2.0, 0.0, 1000.0);
    Project louder = silent;
    louder.masterChain.modules.push_back({GainSettings{4.0}, true});
    EXPECT_FALSE(LoudnessChange::measureDb(louder, silent, 30.0).has_value());
}

}  // namespace
}  // namespace lathe
