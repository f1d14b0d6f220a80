#include "support/RunProcess.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <fstream>
#include <gtest/gtest.h>
#include "support/JsonKeys.h"

#include <nlohmann/json.hpp>
#include <random>

namespace lathe {
namespace {

constexpr int kSampleRate = 44100;

using Json = nlohmann::ordered_json;

using test::keysOf;

std::string writeTone(const test::TempDir& dir, const std::string& name, double dbfs, double seconds = 5.0) {
    const auto path = dir / name;
    test::writeAudioFile(path, test::sineSegments(1000.0, {{dbfs, seconds}}, kSampleRate), kSampleRate);
    return path.string();
}

TEST(CliAnalyze, JsonHasExactlyTheContractsKeys) {
    test::TempDir dir;
    const std::string file = writeTone(dir, "tone.wav", -23.0);
    const auto result = test::runCli({"analyze", "--json", file});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const Json json = Json::parse(result.out);
    EXPECT_EQ(keysOf(json), (std::vector<std::string>{"schema", "files", "album"}));
    EXPECT_EQ(json.at("schema"), 1);
    ASSERT_EQ(json.at("files").size(), 1u);
    const Json& report = json.at("files").at(0);
    EXPECT_EQ(keysOf(report),
              (std::vector<std::string>{"path", "format", "subtype", "sample_rate", "channels", "frames",
                                        "duration_s", "integrated_lufs", "loudness_range_lu",
                                        "momentary_max_lufs", "short_term_max_lufs", "true_peak_dbtp",
                                        "sample_peak_dbfs", "channel_true_peak_dbtp",
                                        "channel_sample_peak_dbfs", "dc_offset", "phase_correlation",
                                        "clipped_samples"}));
    EXPECT_EQ(keysOf(json.at("album")), (std::vector<std::string>{"integrated_lufs", "loudness_range_lu",
                                                                  "true_peak_dbtp", "sample_peak_dbfs"}));
    EXPECT_EQ(report.at("path"), file);
    EXPECT_EQ(report.at("format"), "WAV");
    EXPECT_EQ(report.at("subtype"), "PCM_24");
    EXPECT_EQ(report.at("sample_rate"), kSampleRate);
    EXPECT_EQ(report.at("channels"), 2);
    EXPECT_EQ(report.at("frames"), 5 * kSampleRate);
    EXPECT_EQ(report.at("duration_s"), 5.0);
    EXPECT_NEAR(report.at("integrated_lufs").get<double>(), -23.0, 0.1);
    EXPECT_NEAR(report.at("true_peak_dbtp").get<double>(), -23.0, 0.05);
    EXPECT_EQ(report.at("channel_sample_peak_dbfs").size(), 2u);
    EXPECT_EQ(report.at("phase_correlation"), 1.0);
    EXPECT_EQ(report.at("clipped_samples"), 0);
}

TEST(CliAnalyze, MonoIsOneChannel) {
    test::TempDir dir;
    const auto file = dir / "mono.flac";
    test::writeAudioFile(file, test::sineSegments(1000.0, {{-20.0, 5.0}}, kSampleRate, 1), kSampleRate,
                         SampleFormat::Int16);
    const auto result = test::runCli({"analyze", "--json", file.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json report = Json::parse(result.out).at("files").at(0);
    EXPECT_EQ(report.at("format"), "FLAC");
    EXPECT_EQ(report.at("subtype"), "PCM_16");
    EXPECT_EQ(report.at("channels"), 1);
    EXPECT_EQ(report.at("channel_true_peak_dbtp").size(), 1u);
    EXPECT_EQ(report.at("dc_offset").size(), 1u);
    // One channel of a -20 dBFS sine: 3 dB below the same sine in stereo.
    EXPECT_NEAR(report.at("integrated_lufs").get<double>(), -23.01, 0.1);
    EXPECT_EQ(report.at("phase_correlation"), 1.0);
}

TEST(CliAnalyze, DigitalSilenceHasNullLoudness) {
    test::TempDir dir;
    const auto file = dir / "silence.wav";
    test::writeAudioFile(file, test::silence(4.0, kSampleRate), kSampleRate);
    const auto result = test::runCli({"analyze", "--json", file.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out.find("inf"), std::string::npos) << result.out;
    const Json json = Json::parse(result.out);
    const Json& report = json.at("files").at(0);
    for (const char* key : {"integrated_lufs", "loudness_range_lu", "momentary_max_lufs", "short_term_max_lufs",
                            "true_peak_dbtp", "sample_peak_dbfs"})
        EXPECT_TRUE(report.at(key).is_null()) << key;
    EXPECT_TRUE(json.at("album").at("integrated_lufs").is_null());
}

TEST(CliAnalyze, TwoFilesMakeAnAlbum) {
    test::TempDir dir;
    const std::string loud = writeTone(dir, "loud.wav", -20.0, 10.0);
    const std::string quiet = writeTone(dir, "quiet.wav", -30.0, 10.0);
    const auto result = test::runCli({"analyze", "--json", loud, quiet});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json json = Json::parse(result.out);
    ASSERT_EQ(json.at("files").size(), 2u);
    EXPECT_EQ(json.at("files").at(1).at("path"), quiet);
    EXPECT_NEAR(json.at("files").at(0).at("integrated_lufs").get<double>(), -20.0, 0.1);
    EXPECT_NEAR(json.at("files").at(1).at("integrated_lufs").get<double>(), -30.0, 0.1);
    const Json& album = json.at("album");
    EXPECT_NEAR(album.at("integrated_lufs").get<double>(), -22.6, 0.1);
    EXPECT_NEAR(album.at("loudness_range_lu").get<double>(), 10.0, 1.0);
    EXPECT_NEAR(album.at("sample_peak_dbfs").get<double>(), -20.0, 0.01);
}

TEST(CliAnalyze, TableShowsTheValuesPerFileAndAlbum) {
    test::TempDir dir;
    const std::string file = writeTone(dir, "tone.wav", -18.0);
    const auto result = test::runCli({"analyze", file});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = Json::parse(test::runCli({"analyze", "--json", file}).out);
    char integrated[16];
    std::snprintf(integrated, sizeof integrated, "%.2f", json.at("files").at(0).at("integrated_lufs").get<double>());
    EXPECT_NE(result.out.find(file), std::string::npos) << result.out;
    EXPECT_NE(result.out.find(integrated), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("-18.00"), std::string::npos) << result.out;  // the sample peak
    EXPECT_NE(result.out.find("album"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("LUFS"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find('{'), std::string::npos);
}

void expectBadInput(const std::vector<std::string>& arguments, const std::string& badFile) {
    const auto result = test::runCli(arguments);
    EXPECT_EQ(result.exitCode, 2) << badFile;
    EXPECT_EQ(result.out, "") << badFile;
    EXPECT_EQ(result.err.rfind("lathe-cli: error: " + badFile + ": ", 0), 0u) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

TEST(CliAnalyze, BadInputIsOneErrorLineNamingTheFile) {
    test::TempDir dir;
    const std::string good = writeTone(dir, "good.wav", -20.0, 1.0);

    const std::string missing = (dir / "missing.wav").string();
    const std::string folder = (dir / "folder.wav").string();
    std::filesystem::create_directory(folder);
    const std::string empty = (dir / "empty.wav").string();
    std::ofstream(empty).close();
    const std::string random = (dir / "random.wav").string();
    {
        std::ofstream out(random, std::ios::binary);
        std::mt19937 generator(5);
        for (int i = 0; i < 4096; ++i)
            out.put(static_cast<char>(generator() & 0xff));
    }
    const std::string truncated = (dir / "truncated.wav").string();
    std::filesystem::copy_file(good, truncated);
    std::filesystem::resize_file(truncated, 20);
    const std::string text = (dir / "notes.txt").string();
    std::ofstream(text) << "Track 1: -14 LUFS\nTrack 2: -13 LUFS\n";

    for (const std::string& bad : {missing, folder, empty, random, truncated, text}) {
        expectBadInput({"analyze", bad}, bad);
        expectBadInput({"analyze", "--json", bad}, bad);
    }
    // A bad file after a good one: still nothing on stdout.
    expectBadInput({"analyze", "--json", good, text}, text);
}

TEST(CliAnalyze, NeedsAFile) {
    const auto result = test::runCli({"analyze"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind("lathe-cli: error: ", 0), 0u) << result.err;
}

}  // namespace
}  // namespace lathe
