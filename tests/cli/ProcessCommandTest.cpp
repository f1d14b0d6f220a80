#include "support/RunProcess.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <nlohmann/json.hpp>
#include <regex>

namespace lathe {
namespace {

constexpr int kRate = 44100;
using Json = nlohmann::ordered_json;

std::string writeFile(const test::TempDir& dir, const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
    return (dir / name).string();
}

std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string writeNoise(const test::TempDir& dir, const std::string& name, double amplitude,
                       double seconds = 4.0, int rate = kRate) {
    const auto path = dir / name;
    test::writeAudioFile(path, test::pinkNoise(amplitude, seconds, rate, 2, 21), rate);
    return path.string();
}

// One line on stderr, naming what is wrong; nothing written.
void expectBadUsage(const test::ProcessResult& result, const std::string& mention,
                    const std::filesystem::path& output) {
    EXPECT_EQ(result.exitCode, 2) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_EQ(result.err.rfind("lathe-cli: error: ", 0), 0u) << result.err;
    EXPECT_NE(result.err.find(mention), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(output));
}

// ffmpeg's ebur128 summary: integrated loudness and true peak.
struct FfmpegMeasure {
    double integratedLufs = 0.0;
    double truePeakDbtp = 0.0;
};

FfmpegMeasure measureWithFfmpeg(const std::string& file) {
    const auto result = test::runProcess(
        "ffmpeg", {"-hide_banner", "-nostats", "-i", file, "-af", "ebur128=peak=true", "-f", "null", "-"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    const std::string summary = result.err.substr(result.err.rfind("Summary:"));
    std::smatch match;
    FfmpegMeasure measure;
    EXPECT_TRUE(std::regex_search(summary, match, std::regex(R"(I:\s+(-?[0-9.]+) LUFS)")));
    measure.integratedLufs = std::stod(match[1]);
    EXPECT_TRUE(std::regex_search(summary, match, std::regex(R"(Peak:\s+(-?[0-9.]+) dBFS)")));
    measure.truePeakDbtp = std::stod(match[1]);
    return measure;
}

TEST(CliProcess, EmptyChainCopiesA24BitFileSampleForSample) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.9);
    const std::string chain = writeFile(dir, "chain.json", R"({"modules": []})");
    const auto result = test::runCli({"process", "--quiet", "--chain", chain, in, (dir / "out.wav").string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const AudioBuffer input = test::readAudioFile(in);
    const AudioBuffer output = test::readAudioFile(dir / "out.wav");
    ASSERT_EQ(output.frameCount(), input.frameCount());
    for (std::size_t c = 0; c < 2; ++c)
        ASSERT_TRUE(std::equal(input.channel(c), input.channel(c) + input.frameCount(), output.channel(c)));
}

TEST(CliProcess, TargetLoudnessIsReachedAsAnalyzeMeasuresIt) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.1, 6.0);
    const std::string out = (dir / "out.wav").string();
    const std::string chain = writeFile(dir, "chain.json", R"({"modules": [
        {"type": "eq", "bands": [{"shape": "low_cut", "freq_hz": 30, "slope_db_oct": 24}]},
        {"type": "compressor", "threshold_db": -24, "ratio": 2},
        {"type": "limiter", "ceiling_dbtp": -1.0}]})");
    const auto result = test::runCli({"process", "--json", "--chain", chain, "--target-lufs", "-14", in, out});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json report = Json::parse(result.out);
    EXPECT_EQ(report.at("schema"), 1);
    EXPECT_GT(report.at("gain_applied_db").get<double>(), 0.0);
    EXPECT_GE(report.at("limiter_max_gain_reduction_db").get<double>(), 0.0);
    EXPECT_EQ(report.at("target_reached"), true);
    EXPECT_EQ(report.at("input").at("path"), in);
    EXPECT_EQ(report.at("output").at("path"), out);
    EXPECT_NEAR(report.at("output").at("integrated_lufs").get<double>(), -14.0, 0.1);

    const auto analyzed = test::runCli({"analyze", "--json", out});
    ASSERT_EQ(analyzed.exitCode, 0) << analyzed.err;
    const Json file = Json::parse(analyzed.out).at("files").at(0);
    EXPECT_NEAR(file.at("integrated_lufs").get<double>(), -14.0, 0.1);
    EXPECT_EQ(file.at("frames"), 6 * kRate);
    EXPECT_LE(file.at("true_peak_dbtp").get<double>(), -1.0);
}

TEST(CliProcess, CeilingHoldsTheTruePeakOfHotMaterialAsFfmpegMeasuresIt) {
    test::TempDir dir;
    // Pink noise pushed 12 dB into clipping range as float, so the peaks are far above 0 dBFS.
    const auto hotPath = dir / "hot.wav";
    AudioBuffer hot = test::pinkNoise(1.0, 4.0, kRate, 2, 33);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < hot.frameCount(); ++i)
            hot.channel(c)[i] *= 4.0f;
    test::writeAudioFile(hotPath, hot, kRate, SampleFormat::Float32);
    // A mastering chain's band limit: ffmpeg's meter (libswresample's short interpolator)
    // reads up to 0.1 dB above the limiter's BS.1770 interpolators for content right up to
    // 20 kHz (see the report of this branch); music rarely has any there.
    const std::string chain = writeFile(dir, "chain.json", R"({"modules": [
        {"type": "eq", "bands": [{"shape": "high_cut", "freq_hz": 16000, "slope_db_oct": 24}]}]})");
    const std::string out = (dir / "out.wav").string();
    const auto result = test::runCli({"process", "--quiet", "--chain", chain, "--ceiling-dbtp", "-1",
                                      "--bits", "24", hotPath.string(), out});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_LE(measureWithFfmpeg(out).truePeakDbtp, -1.0);
    const auto analyzed = Json::parse(test::runCli({"analyze", "--json", out}).out).at("files").at(0);
    EXPECT_GT(analyzed.at("true_peak_dbtp").get<double>(), -1.2);  // limited, not just turned down
}

TEST(CliProcess, RateChangeScalesTheFrameCount) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.3, 2.0, 96000);
    const std::string out = (dir / "out.flac").string();
    const auto result = test::runCli({"process", "--quiet", "--rate", "44100", "--bits", "16", in, out});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto analyzed = Json::parse(test::runCli({"analyze", "--json", out}).out).at("files").at(0);
    EXPECT_EQ(analyzed.at("sample_rate"), 44100);
    EXPECT_EQ(analyzed.at("frames"), 2 * 44100);
    EXPECT_EQ(analyzed.at("subtype"), "PCM_16");
}

TEST(CliProcess, SixteenBitShapedDitherKeepsSilenceZero) {
    test::TempDir dir;
    test::writeAudioFile(dir / "silence.wav", test::silence(1.0, kRate, 2), kRate);
    const std::string out = (dir / "out.wav").string();
    const std::string chain = writeFile(dir, "chain.json", R"({"modules": [
        {"type": "eq", "bands": [{"gain_db": 6}]}, {"type": "limiter"}]})");
    const auto result = test::runCli({"process", "--quiet", "--chain", chain, "--bits", "16", "--dither",
                                      "shaped", (dir / "silence.wav").string(), out});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const AudioBuffer output = test::readAudioFile(out);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < output.frameCount(); ++i)
            ASSERT_EQ(output.channel(c)[i], 0.0f);
}

TEST(CliProcess, RendersAreDeterministicPerSeed) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.5, 2.0);
    const std::string chain = writeFile(dir, "chain.json", R"({"modules": [
        {"type": "multiband"}, {"type": "stereo", "width": 1.3}, {"type": "limiter"}]})");
    const auto run = [&](const std::string& name, const std::string& seed) {
        const auto result = test::runCli({"process", "--quiet", "--chain", chain, "--bits", "16", "--seed",
                                          seed, in, (dir / name).string()});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return readBytes(dir / name);
    };
    const std::string first = run("a.wav", "7");
    EXPECT_EQ(run("b.wav", "7"), first);
    EXPECT_NE(run("c.wav", "8"), first);
}

TEST(CliProcess, Mp3OutputDecodesGaplessToTheInputsLength) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.3, 3.0);
    const std::string out = (dir / "out.mp3").string();
    const auto result = test::runCli({"process", "--quiet", "--json", "--target-lufs", "-16", in, out});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json report = Json::parse(result.out);
    // libsndfile decodes with libmpg123, which trims the encoder delay and padding that
    // the LAME info tag records.
    EXPECT_EQ(report.at("output").at("format"), "MPEG");
    EXPECT_EQ(report.at("output").at("frames"), 3 * kRate);
    EXPECT_NEAR(report.at("output").at("integrated_lufs").get<double>(), -16.0, 0.2);
    const AudioBuffer input = test::readAudioFile(in);
    const AudioBuffer output = test::readAudioFile(out);
    ASSERT_EQ(output.frameCount(), input.frameCount());
    // Time-aligned: the cross-correlation peaks at lag 0.
    constexpr long kMaxLag = 64;
    constexpr std::size_t kFrames = 20000;
    long bestLag = kMaxLag + 1;
    double best = 0.0;
    for (long lag = -kMaxLag; lag <= kMaxLag; ++lag) {
        double sum = 0.0;
        for (std::size_t i = kMaxLag; i < kFrames; ++i)
            sum += input.channel(0)[i] * output.channel(0)[static_cast<std::size_t>(static_cast<long>(i) + lag)];
        if (sum > best) {
            best = sum;
            bestLag = lag;
        }
    }
    EXPECT_EQ(bestLag, 0);
}

TEST(CliProcess, Mp3NeedsAnMp3Rate) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.3, 0.5, 96000);
    const auto out = dir / "out.mp3";
    expectBadUsage(test::runCli({"process", in, out.string()}), "--rate 44100", out);
    EXPECT_EQ(test::runCli({"process", "--quiet", "--rate", "48000", in, out.string()}).exitCode, 0);
}

TEST(CliProcess, FloatOutputCarriesNoTimeStamp) {
    // libsndfile's PEAK chunk would hold the time of writing, so two renders would differ.
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.5, 0.5);
    const auto out = dir / "out.wav";
    ASSERT_EQ(test::runCli({"process", "--quiet", "--bits", "32f", in, out.string()}).exitCode, 0);
    const std::string bytes = readBytes(out);
    EXPECT_EQ(bytes.find("PEAK"), std::string::npos);
    EXPECT_NE(bytes.find("data"), std::string::npos);
}

TEST(CliProcess, BadChainJsonNamesTheFileAndPath) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.5, 0.5);
    const std::string chain = writeFile(dir, "chain.json", R"({"modules": [
        {"type": "gain"}, {"type": "limiter", "ceilng_dbtp": -1}]})");
    const auto out = dir / "out.wav";
    expectBadUsage(test::runCli({"process", "--chain", chain, in, out.string()}),
                   chain + ": modules[1].ceilng_dbtp: unknown key", out);
    expectBadUsage(test::runCli({"process", "--chain", (dir / "missing.json").string(), in, out.string()}),
                   "missing.json", out);
}

TEST(CliProcess, BadFlagsAreOneLineExitTwo) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.5, 0.5);
    const auto out = dir / "out.wav";
    expectBadUsage(test::runCli({"process", "--bits", "12", in, out.string()}), "--bits", out);
    expectBadUsage(test::runCli({"process", "--dither", "foo", in, out.string()}), "--dither", out);
    expectBadUsage(test::runCli({"process", "--target-lufs", "5", in, out.string()}), "--target-lufs", out);
    expectBadUsage(test::runCli({"process", "--bits", "32f", "--dither", "tpdf", in, out.string()}), "--dither",
                   out);
    expectBadUsage(test::runCli({"process", "--bits", "16", in, (dir / "out.mp3").string()}), "--bits",
                   dir / "out.mp3");
    expectBadUsage(test::runCli({"process", in, (dir / "out.ogg").string()}), "out.ogg", dir / "out.ogg");
    expectBadUsage(test::runCli({"process", (dir / "nope.wav").string(), out.string()}), "nope.wav", out);
}

TEST(CliProcess, UnwritableOutputExitsThreeLeavingNothing) {
    test::TempDir dir;
    const std::string in = writeNoise(dir, "in.wav", 0.5, 0.5);
    const auto out = dir / "no such folder" / "out.wav";
    const auto result = test::runCli({"process", "--quiet", in, out.string()});
    EXPECT_EQ(result.exitCode, 3) << result.err;
    EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace lathe
