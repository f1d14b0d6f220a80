#include "project/UpcEan.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

TEST(UpcEan, ComputesTheGs1CheckDigit) {
    EXPECT_EQ(upcean::checkDigit("03600029145"), 2);    // UPC-A 036000291452
    EXPECT_EQ(upcean::checkDigit("400638133393"), 1);   // EAN-13 4006381333931
    EXPECT_EQ(upcean::checkDigit("012345678901"), 2);   // the format document's example
    EXPECT_EQ(upcean::checkDigit("00000000000"), 0);
}

TEST(UpcEan, AcceptsValidUpcAAndEan13) {
    EXPECT_EQ(upcean::problem("036000291452"), std::nullopt);
    EXPECT_EQ(upcean::problem("4006381333931"), std::nullopt);
    EXPECT_EQ(upcean::problem("0123456789012"), std::nullopt);
}

TEST(UpcEan, RejectsAWrongCheckDigit) {
    EXPECT_EQ(upcean::problem("036000291453"), "wrong check digit 3 (expected 2)");
    EXPECT_EQ(upcean::problem("4006381333930"), "wrong check digit 0 (expected 1)");
}

TEST(UpcEan, RejectsOtherLengthsHyphensAndLetters) {
    EXPECT_EQ(upcean::problem("03600029145"),
              "expected 12 (UPC-A) or 13 (EAN-13) digits, got 11 characters");
    EXPECT_EQ(upcean::problem("40063813339310"),
              "expected 12 (UPC-A) or 13 (EAN-13) digits, got 14 characters");
    EXPECT_EQ(upcean::problem("0-36000-29145-2"),
              "expected 12 (UPC-A) or 13 (EAN-13) digits, got 15 characters");
    EXPECT_EQ(upcean::problem("03600029145A"), "expected digits only");
    EXPECT_EQ(upcean::problem("036-00291452"), "expected digits only");
}

}  // namespace
}  // namespace lathe
