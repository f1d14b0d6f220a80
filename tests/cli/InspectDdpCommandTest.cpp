#include "engine/export/DdpTestData.h"
#include "export/DdpWriter.h"
#include "support/RunProcess.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace lathe {
namespace {

namespace fs = std::filesystem;

std::size_t lineCount(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class CliInspectDdp : public ::testing::Test {
protected:
    void SetUp() override {
        writeDdp(m_ddp, test::textedDisc(), test::countingSignal(test::textedAlbumFrames()));
    }
    test::TempDir m_dir;
    fs::path m_ddp = m_dir / "DDP";
};

TEST_F(CliInspectDdp, JsonReportsTheTableOfContentsWithTheContractsKeys) {
    const auto result = test::runCli({"inspect-ddp", "--json", m_ddp.string()});
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    std::vector<std::string> keys;
    for (const auto& [key, value] : json.items())
        keys.push_back(key);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::string>{"checksums_ok", "image_sectors", "problems", "schema", "tracks",
                                              "upc_ean"}));
    EXPECT_EQ(json["schema"], 1);
    EXPECT_EQ(json["upc_ean"], "0123456789012");
    EXPECT_EQ(json["image_sectors"], 1613);
    EXPECT_EQ(json["checksums_ok"], true);
    EXPECT_EQ(json["problems"], nlohmann::json::array());
    ASSERT_EQ(json["tracks"].size(), 3u);
    EXPECT_EQ(json["tracks"][0], (nlohmann::json{{"number", 1},
                                                 {"isrc", "USXYZ2600001"},
                                                 {"title", "One"},
                                                 {"performer", ""},
                                                 {"index0_sector", 0},
                                                 {"index1_sector", 150},
                                                 {"end_sector", 750}}));
    EXPECT_EQ(json["tracks"][1]["index1_sector"], 863);
    EXPECT_EQ(json["tracks"][2]["index0_sector"], 1238);
    EXPECT_EQ(json["tracks"][2]["end_sector"], 1613);
}

TEST_F(CliInspectDdp, ACorruptImageByteIsExitOneNamingTheChecksum) {
    std::string image = test::readBytes(m_ddp / "IMAGE.DAT");
    image[image.size() / 2] = static_cast<char>(image[image.size() / 2] + 1);
    test::writeBytes(m_ddp / "IMAGE.DAT", image);

    const auto json = test::runCli({"inspect-ddp", "--json", m_ddp.string()});
    EXPECT_EQ(json.exitCode, 1) << json.err;
    const auto report = nlohmann::json::parse(json.out);
    EXPECT_EQ(report["checksums_ok"], false);
    ASSERT_EQ(report["problems"].size(), 1u) << report.dump();
    EXPECT_NE(report["problems"][0].get<std::string>().find("IMAGE.DAT: MD5 mismatch"), std::string::npos);

    const auto table = test::runCli({"inspect-ddp", m_ddp.string()});
    EXPECT_EQ(table.exitCode, 1);
    EXPECT_NE(table.out.find("checksums: NOT ok"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("1 problem:\n  checksums: IMAGE.DAT: MD5 mismatch"), std::string::npos)
        << table.out;
}

TEST_F(CliInspectDdp, TableShowsTracksIndexesAndTimes) {
    const auto result = test::runCli({"inspect-ddp", m_ddp.string()});
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    EXPECT_NE(result.out.find("DDP 2.00 image: "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("UPC/EAN: 0123456789012   master ID: Night Drive master"), std::string::npos);
    EXPECT_NE(result.out.find("album: Night Drive / The Examples"), std::string::npos);
    EXPECT_NE(result.out.find(" 1  USXYZ2600001  00:00:00  00:02:00  00:10:00  00:08:00  One\n"
                              "    index 02 at 00:04:38\n"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find(" 3  -             00:16:38  00:16:38  00:21:38  00:05:00  Three"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("checksums: ok\nno problems\n"), std::string::npos);
}

TEST_F(CliInspectDdp, ExtractWritesEachTrackAsASixteenBitWav) {
    const auto result =
        test::runCli({"inspect-ddp", "--extract", (m_dir / "tracks").string(), m_ddp.string()});
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    const auto samples = test::countingSignal(test::textedAlbumFrames());
    // Track 2: index 1 at sector 863 to track 3's index 1 at 1238.
    const std::vector<std::int16_t> expected(samples.begin() + 863 * 588 * 2,
                                             samples.begin() + 1238 * 588 * 2);
    EXPECT_TRUE(test::readSixteenBit(m_dir / "tracks" / "Track 02.wav") == expected);
    EXPECT_TRUE(fs::exists(m_dir / "tracks" / "Track 01.wav"));
    EXPECT_TRUE(fs::exists(m_dir / "tracks" / "Track 03.wav"));
}

TEST(CliInspectDdpInput, AMissingFolderIsExitTwoWithOneErrorLine) {
    const test::TempDir dir;
    const auto result = test::runCli({"inspect-ddp", "--json", (dir / "no such DDP").string()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.empty()) << result.out;
    EXPECT_EQ(result.err.rfind("lathe-cli: error: ", 0), 0u) << result.err;
    EXPECT_EQ(lineCount(result.err), 1u) << result.err;
    EXPECT_NE(result.err.find("no such DDP"), std::string::npos);
}

TEST(CliInspectDdpInput, GarbageInAFolderIsExitOneListingEveryProblem) {
    const test::TempDir dir;
    test::writeBytes(dir / "DDPID", "not a DDP");
    const auto result = test::runCli({"inspect-ddp", "--json", dir.path().string()});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    const auto report = nlohmann::json::parse(result.out);
    EXPECT_GE(report["problems"].size(), 3u) << report.dump();
    EXPECT_EQ(report["tracks"], nlohmann::json::array());
}

}  // namespace
}  // namespace lathe
