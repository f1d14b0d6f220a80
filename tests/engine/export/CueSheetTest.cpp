#include "export/CueSheet.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

TEST(CueSheet, WritesTracksIndexesAndIsrcs) {
    CueAlbum album;
    album.title = "Night \"Drive\"";
    album.performer = "The Examples";
    album.catalog = "0123456789012";
    album.fileName = "Night Drive.wav";
    album.tracks.push_back({1, "Intro", "", "USXYZ2600001", {-1, 0}});
    album.tracks.push_back({2, "Second", "Guest", "", {449, 599, 750}});
    EXPECT_EQ(cueSheetText(album),
              "CATALOG 0123456789012\n"
              "PERFORMER \"The Examples\"\n"
              "TITLE \"Night 'Drive'\"\n"
              "FILE \"Night Drive.wav\" WAVE\n"
              "  TRACK 01 AUDIO\n"
              "    TITLE \"Intro\"\n"
              "    ISRC USXYZ2600001\n"
              "    INDEX 01 00:00:00\n"
              "  TRACK 02 AUDIO\n"
              "    TITLE \"Second\"\n"
              "    PERFORMER \"Guest\"\n"
              "    INDEX 00 00:05:74\n"
              "    INDEX 01 00:07:74\n"
              "    INDEX 02 00:10:00\n");
}

TEST(CueSheet, TimesAreMinutesSecondsFrames) {
    EXPECT_EQ(cueTime(0), "00:00:00");
    EXPECT_EQ(cueTime(75 * 61 + 3), "01:01:03");
    EXPECT_EQ(cueTime(75 * 60 * 79 + 75 * 57), "79:57:00");
}

}  // namespace
}  // namespace lathe
