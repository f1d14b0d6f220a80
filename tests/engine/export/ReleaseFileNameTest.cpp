#include "export/ReleaseFileName.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

TEST(ReleaseFileName, NumbersTracksAndKeepsOrdinaryTitles) {
    EXPECT_EQ(trackFileName(3, "Night Drive", ".wav"), "03 Night Drive.wav");
    EXPECT_EQ(trackFileName(12, "Café Süd", ".mp3"), "12 Café Süd.mp3");
}

TEST(ReleaseFileName, ReplacesSeparatorsAndControlCharacters) {
    EXPECT_EQ(sanitiseFileName("A/B\\C:D*E?F\"G<H>I|J"), "A_B_C_D_E_F_G_H_I_J");
    EXPECT_EQ(sanitiseFileName(std::string("tab\there\nnew") + '\x7f'), "tab_here_new_");
    EXPECT_EQ(sanitiseFileName("../../etc/passwd"), "_.._etc_passwd");
    EXPECT_EQ(sanitiseFileName("trailing. . "), "trailing");
    EXPECT_EQ(sanitiseFileName(""), "Untitled");
    EXPECT_EQ(sanitiseFileName(".."), "Untitled");
}

TEST(ReleaseFileName, CutsLongTitlesOnACharacterBoundary) {
    std::string title;
    for (int i = 0; i < 150; ++i)
        title += "é";  // two bytes each
    const std::string name = sanitiseFileName(title);
    EXPECT_LE(name.size(), 200u);
    EXPECT_EQ(name.size() % 2, 0u);
    EXPECT_EQ(name.substr(0, 2), "é");
}

}  // namespace
}  // namespace lathe
