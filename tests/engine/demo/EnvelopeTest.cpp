#include "demo/Envelope.h"

#include <gtest/gtest.h>

namespace lathe::demo {
namespace {

constexpr Envelope kEnvelope{0.1, 0.2, 0.5, 0.4};

TEST(Envelope, RisesDecaysToSustainAndReleasesToSilence) {
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(-0.01, 1.0), 0.0f);
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(0.0, 1.0), 0.0f);
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(0.05, 1.0), 0.5f);
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(0.1, 1.0), 1.0f);
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(0.2, 1.0), 0.75f);
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(0.5, 1.0), 0.5f);
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(1.2, 1.0), 0.5f * 0.25f);
    EXPECT_NEAR(kEnvelope.gainAt(1.4, 1.0), 0.0f, 1e-9f);
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(1.41, 1.0), 0.0f);
    EXPECT_DOUBLE_EQ(kEnvelope.soundingSeconds(1.0), 1.4);
}

TEST(Envelope, ShortNoteReleasesFromWhereItGot) {
    // Let go half-way up the attack: the release starts at 0.5, without a jump.
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(0.05, 0.05), 0.5f);
    EXPECT_FLOAT_EQ(kEnvelope.gainAt(0.25, 0.05), 0.5f * 0.25f);
}

}  // namespace
}  // namespace lathe::demo
