#include "analysis/FileAnalyzer.h"
#include "core/Decibels.h"
#include "support/RunProcess.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include <numbers>
#include <regex>

namespace lathe {
namespace {

constexpr int kSampleRate = 44100;
constexpr double kSeconds = 20.0;

// Music-like material: a pink-noise bed, partly common to both channels, with two
// tones, riding a level that moves between sections (so gating and the loudness
// range have something to do), scaled to peak just below full scale.
AudioBuffer realisticMix() {
    const AudioBuffer common = test::pinkNoise(1.0, kSeconds, kSampleRate, 1, 21);
    const AudioBuffer sides = test::pinkNoise(1.0, kSeconds, kSampleRate, 2, 22);
    struct Section {
        double start;
        double db;
    };
    const std::vector<Section> sections{{0.0, -6.0}, {4.0, -18.0}, {8.0, 0.0}, {12.0, -12.0}, {16.0, -3.0}};
    constexpr double kGlideSeconds = 0.5;
    AudioBuffer mix(2, common.frameCount());
    float peak = 0.0f;
    for (std::size_t i = 0; i < mix.frameCount(); ++i) {
        const double t = static_cast<double>(i) / kSampleRate;
        double db = sections.front().db;
        for (std::size_t s = 1; s < sections.size(); ++s) {
            const double into = (t - sections[s].start) / kGlideSeconds;
            if (into > 0.0)
                db = sections[s - 1].db + std::min(into, 1.0) * (sections[s].db - sections[s - 1].db);
        }
        const double gain = dbToGain(db);
        const double tones = 0.3 * std::sin(2.0 * std::numbers::pi * 220.0 * t) +
                             0.1 * std::sin(2.0 * std::numbers::pi * 3520.0 * t);
        for (std::size_t c = 0; c < 2; ++c) {
            const double value = gain * (0.7 * common.channel(0)[i] + 0.4 * sides.channel(c)[i] + tones);
            mix.channel(c)[i] = static_cast<float>(value);
            peak = std::max(peak, std::fabs(mix.channel(c)[i]));
        }
    }
    constexpr float kTargetPeak = 0.9f;
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < mix.frameCount(); ++i)
            mix.channel(c)[i] *= kTargetPeak / peak;
    return mix;
}

struct FfmpegSummary {
    double integratedLufs;
    double loudnessRangeLu;
    double truePeakDbtp;
};

double summaryValue(const std::string& summary, const std::string& label) {
    const std::regex pattern(label + R"(:\s+(-?[0-9.]+))");
    std::smatch match;
    if (!std::regex_search(summary, match, pattern))
        throw std::runtime_error("no '" + label + "' in ffmpeg's summary:\n" + summary);
    return std::stod(match[1]);
}

FfmpegSummary ffmpegEbur128(const std::filesystem::path& file) {
    const auto result = test::runProcess(
        "ffmpeg", {"-nostats", "-hide_banner", "-i", file.string(), "-af", "ebur128=peak=true", "-f", "null", "-"});
    if (result.exitCode != 0)
        throw std::runtime_error("ffmpeg failed: " + result.err);
    const auto summaryStart = result.err.rfind("Summary:");
    if (summaryStart == std::string::npos)
        throw std::runtime_error("no summary from ffmpeg:\n" + result.err);
    const std::string summary = result.err.substr(summaryStart);
    const std::string truePeakSection = summary.substr(summary.find("True peak:"));
    return {summaryValue(summary, "I"), summaryValue(summary, "LRA"), summaryValue(truePeakSection, "Peak")};
}

TEST(FfmpegCrossCheck, AgreesWithFfmpegsEbur128OnMusicLikeMaterial) {
    test::TempDir dir;
    const auto path = dir / "mix.wav";
    test::writeAudioFile(path, realisticMix(), kSampleRate, SampleFormat::Int24);

    const FileReport ours = FileAnalyzer().analyze(path).report;
    const FfmpegSummary theirs = ffmpegEbur128(path);

    // ffmpeg prints one decimal, so its own rounding (0.05) is inside these bounds.
    EXPECT_NEAR(ours.integratedLufs.value(), theirs.integratedLufs, 0.1);
    EXPECT_NEAR(ours.loudnessRangeLu.value(), theirs.loudnessRangeLu, 0.5);
    EXPECT_NEAR(ours.truePeakDbtp, theirs.truePeakDbtp, 0.2);
    // The material is what it claims to be: dynamic, and loud enough to matter.
    EXPECT_GT(ours.loudnessRangeLu.value(), 5.0);
    EXPECT_GT(ours.integratedLufs.value(), -30.0);
}

}  // namespace
}  // namespace lathe
