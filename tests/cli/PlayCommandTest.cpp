// `lathe-cli play` (cli.md): the JSON report, the null device, and a capture that holds
// exactly what the engine handed the device.

#include "support/RunProcess.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include "support/JsonKeys.h"

#include <nlohmann/json.hpp>

namespace lathe {
namespace {

constexpr int kRate = 44100;
using Json = nlohmann::ordered_json;

using test::keysOf;

std::string writeMix(const test::TempDir& dir) {
    const auto path = dir / "mix.wav";
    test::writeAudioFile(path, test::pinkNoise(0.4, 3.0, kRate, 2, 11), kRate, SampleFormat::Float32);
    return path.string();
}

TEST(CliPlay, ReportsExactlyTheContractsKeysAfterPlayingOnTheNullDevice) {
    const test::TempDir dir;
    const auto result = test::runCli({"play", "--device", "null", "--seconds", "0.5", "--json", writeMix(dir)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json json = Json::parse(result.out);
    EXPECT_EQ(keysOf(json), (std::vector<std::string>{"schema", "device", "sample_rate", "buffer_frames", "callbacks",
                                                      "xruns", "max_callback_ms", "mean_dsp_load", "max_dsp_load",
                                                      "allocations_in_callback"}));
    EXPECT_EQ(json.at("schema"), 1);
    EXPECT_EQ(json.at("device"), "null");
    EXPECT_EQ(json.at("sample_rate"), kRate);
    EXPECT_EQ(json.at("buffer_frames"), 64);
    EXPECT_NEAR(json.at("callbacks").get<double>(), 0.5 * kRate / 64, 0.1 * 0.5 * kRate / 64);
    EXPECT_EQ(json.at("allocations_in_callback"), 0);
    EXPECT_GT(json.at("mean_dsp_load").get<double>(), 0.0);
    EXPECT_LE(json.at("mean_dsp_load").get<double>(), json.at("max_dsp_load").get<double>());
}

TEST(CliPlay, CapturesExactlyWhatTheDeviceReceivedFromTheStartPosition) {
    const test::TempDir dir;
    const std::string mix = writeMix(dir);
    const auto capture = dir / "capture.wav";
    const auto result = test::runCli({"play", "--device", "null", "--seconds", "0.5", "--from", "1.0", "--capture",
                                      capture.string(), mix});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const AudioBuffer captured = test::readAudioFile(capture);
    const AudioBuffer source = test::readAudioFile(mix);
    ASSERT_GT(captured.frameCount(), static_cast<std::size_t>(kRate / 4));
    // A file plays as it is: B is the file itself, from 1.0 s on, bit for bit.
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < captured.frameCount(); ++i)
            ASSERT_EQ(captured.channel(c)[i], source.channel(c)[kRate + i]) << "channel " << c << " frame " << i;
}

TEST(CliPlay, TheDeltaOfAnUnprocessedFileIsSilence) {
    const test::TempDir dir;
    const auto capture = dir / "delta.wav";
    const auto result = test::runCli({"play", "--device", "null", "--seconds", "0.3", "--listen", "delta",
                                      "--capture", capture.string(), writeMix(dir)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const AudioBuffer captured = test::readAudioFile(capture);
    ASSERT_GT(captured.frameCount(), 0u);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < captured.frameCount(); ++i)
            ASSERT_EQ(captured.channel(c)[i], 0.0f) << i;
}

TEST(CliPlay, ListsDevicesWithTheNullDeviceAmongThem) {
    const auto result = test::runCli({"play", "--device", "list"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("null"), std::string::npos);
}

TEST(CliPlay, BadUsageExitsWithTwoAndNamesTheProblem) {
    const test::TempDir dir;
    const std::string mix = writeMix(dir);
    const auto badListen = test::runCli({"play", "--device", "null", "--listen", "c", mix});
    EXPECT_EQ(badListen.exitCode, 2);
    EXPECT_NE(badListen.err.find("--listen"), std::string::npos) << badListen.err;
    const auto missing = test::runCli({"play", "--device", "null", (dir / "missing.wav").string()});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("missing.wav"), std::string::npos) << missing.err;
    const auto noDevice = test::runCli({"play", "--device", "no such device anywhere", mix});
    EXPECT_EQ(noDevice.exitCode, 2);
    EXPECT_NE(noDevice.err.find("no such device anywhere"), std::string::npos) << noDevice.err;
    const auto nothing = test::runCli({"play", "--device", "null"});
    EXPECT_EQ(nothing.exitCode, 2);
}

}  // namespace
}  // namespace lathe
