#include "project/Isrc.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

TEST(Isrc, AcceptsValidCodes) {
    EXPECT_EQ(isrc::problem("USXYZ2600001"), std::nullopt);
    EXPECT_EQ(isrc::problem("GB1232612345"), std::nullopt);  // digits in the registrant
    EXPECT_EQ(isrc::problem("FRZ039800212"), std::nullopt);
}

TEST(Isrc, NormalizeRemovesHyphensAndUpperCases) {
    EXPECT_EQ(isrc::normalize("US-XYZ-26-00001"), "USXYZ2600001");
    EXPECT_EQ(isrc::normalize("us-xyz-26-00001"), "USXYZ2600001");
    EXPECT_EQ(isrc::normalize("USXYZ2600001"), "USXYZ2600001");
    EXPECT_EQ(isrc::normalize(""), "");
    EXPECT_EQ(isrc::problem(isrc::normalize("US-XYZ-26-00001")), std::nullopt);
}

TEST(Isrc, RejectsWrongLengths) {
    EXPECT_EQ(isrc::problem("USXYZ260000"), "expected 12 characters CCXXXYYNNNNN, got 11");
    EXPECT_EQ(isrc::problem("USXYZ26000011"), "expected 12 characters CCXXXYYNNNNN, got 13");
    // Hyphens are only accepted before normalizing.
    EXPECT_EQ(isrc::problem("US-XYZ-26-00001"), "expected 12 characters CCXXXYYNNNNN, got 15");
}

TEST(Isrc, RejectsCharactersOutOfPlace) {
    EXPECT_EQ(isrc::problem("1SXYZ2600001"), "the country code (characters 1-2) must be letters");
    EXPECT_EQ(isrc::problem("usXYZ2600001"), "the country code (characters 1-2) must be letters");
    EXPECT_EQ(isrc::problem("USX_Z2600001"),
              "the registrant code (characters 3-5) must be letters or digits");
    EXPECT_EQ(isrc::problem("USXYZA600001"), "the year (characters 6-7) must be digits");
    EXPECT_EQ(isrc::problem("USXYZ26000O1"), "the designation code (characters 8-12) must be digits");
}

}  // namespace
}  // namespace lathe
