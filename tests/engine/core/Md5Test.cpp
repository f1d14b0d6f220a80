#include "core/Md5.h"

#include "core/Error.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>

namespace lathe {
namespace {

// RFC 1321, appendix A.5.
TEST(Md5, MatchesTheRfc1321TestSuite) {
    EXPECT_EQ(Md5::hexOf(""), "d41d8cd98f00b204e9800998ecf8427e");
    EXPECT_EQ(Md5::hexOf("a"), "0cc175b9c0f1b6a831c399e269772661");
    EXPECT_EQ(Md5::hexOf("abc"), "900150983cd24fb0d6963f7d28e17f72");
    EXPECT_EQ(Md5::hexOf("message digest"), "f96b697d7cb7938d525a2f31aaf161d0");
    EXPECT_EQ(Md5::hexOf("abcdefghijklmnopqrstuvwxyz"), "c3fcd3d76192e4007dfb496cca67e13b");
    EXPECT_EQ(Md5::hexOf("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
              "d174ab98d277d9f5a5611c2c9f419d9f");
    EXPECT_EQ(Md5::hexOf("1234567890123456789012345678901234567890123456789012345678901234567890"
                         "1234567890"),
              "57edf4a22be3c955ac49da2e2107b67a");
}

TEST(Md5, PiecesGiveTheSameDigestAsTheWhole) {
    Md5 md5;
    md5.update("message ");
    md5.update("");
    md5.update("digest");
    EXPECT_EQ(Md5::hex(md5.finish()), "f96b697d7cb7938d525a2f31aaf161d0");
    EXPECT_THROW(md5.update("more"), Error);
}

TEST(Md5, HashesAFileLargerThanOneReadBlock) {
    const test::TempDir dir;
    const std::string bytes(3 * 1024 * 1024 + 5, 'x');
    std::ofstream(dir / "big.bin", std::ios::binary) << bytes;
    EXPECT_EQ(Md5::hexOfFile(dir / "big.bin"), Md5::hexOf(bytes));
    EXPECT_THROW(Md5::hexOfFile(dir / "missing.bin"), Error);
}

}  // namespace
}  // namespace lathe
