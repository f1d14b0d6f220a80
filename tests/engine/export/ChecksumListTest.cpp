#include "export/ChecksumList.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr const char* kHash = "16551afeac0b9d80e6d90af18c8a8d7e";

TEST(ChecksumList, ReadsEveryKnownFlavour) {
    // md5sum binary (cue2ddp, Lathe); md5sum text with CRLF (HOFA); BSD in upper case;
    // `name = hash`; comments; a name with a folder, which is dropped.
    const std::string_view text =
        "16551afeac0b9d80e6d90af18c8a8d7e *DDPID\n"
        "16551afeac0b9d80e6d90af18c8a8d7e  DDPMS\r\n"
        "MD5 (SD) = 16551AFEAC0B9D80E6D90AF18C8A8D7E\n"
        "IMAGE.DAT = 16551afeac0b9d80e6d90af18c8a8d7e\n"
        "\n; comment\n# comment\n"
        "16551afeac0b9d80e6d90af18c8a8d7e *sub/CDTEXT.BIN\n";
    std::vector<std::string> problems;
    const auto entries = ChecksumList::parse(text, "list.md5", problems);
    EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems);
    ASSERT_EQ(entries.size(), 5u);
    const char* const names[] = {"DDPID", "DDPMS", "SD", "IMAGE.DAT", "CDTEXT.BIN"};
    for (std::size_t i = 0; i < entries.size(); ++i) {
        EXPECT_EQ(entries[i].fileName, names[i]);
        EXPECT_EQ(entries[i].md5, kHash);
    }
}

TEST(ChecksumList, OtherLinesAreProblemsNamingTheLine) {
    std::vector<std::string> problems;
    const auto entries = ChecksumList::parse("1234 *DDPID\n\x01\x02 junk\n", "x.md5", problems);
    EXPECT_TRUE(entries.empty());
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0], "x.md5: line 1: not a checksum line: \"1234 *DDPID\"");
    EXPECT_EQ(problems[1], "x.md5: line 2: not a checksum line: \"?? junk\"");
}

}  // namespace
}  // namespace lathe
