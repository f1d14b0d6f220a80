#include "export/Md5.h"

#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>

namespace lathe {
namespace {

// RFC 1321, appendix A.5.
TEST(Md5, MatchesTheRfcTestSuite) {
    EXPECT_EQ(Md5::ofBytes(""), "d41d8cd98f00b204e9800998ecf8427e");
    EXPECT_EQ(Md5::ofBytes("a"), "0cc175b9c0f1b6a831c399e269772661");
    EXPECT_EQ(Md5::ofBytes("abc"), "900150983cd24fb0d6963f7d28e17f72");
    EXPECT_EQ(Md5::ofBytes("message digest"), "f96b697d7cb7938d525a2f31aaf161d0");
    EXPECT_EQ(Md5::ofBytes("abcdefghijklmnopqrstuvwxyz"), "c3fcd3d76192e4007dfb496cca67e13b");
    EXPECT_EQ(Md5::ofBytes("12345678901234567890123456789012345678901234567890123456789012345678901234567890"),
              "57edf4a22be3c955ac49da2e2107b67a");
}

TEST(Md5, FileInPiecesEqualsTheBytesAtOnce) {
    test::TempDir dir;
    std::string bytes;
    for (int i = 0; i < 3'000'000; ++i)
        bytes += static_cast<char>((i * 7919) & 0xff);
    std::ofstream(dir / "blob", std::ios::binary) << bytes;
    EXPECT_EQ(Md5::ofFile(dir / "blob"), Md5::ofBytes(bytes));
    Md5 pieces;
    pieces.update(bytes.data(), 63);
    pieces.update(bytes.data() + 63, bytes.size() - 63);
    EXPECT_EQ(pieces.hexDigest(), Md5::ofBytes(bytes));
}

}  // namespace
}  // namespace lathe
