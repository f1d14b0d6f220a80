#include "analysis/FileAnalyzer.h"
#include "analysis/TruePeakMeter.h"
#include "core/Decibels.h"
#include "core/Error.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <fstream>
#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kSampleRate = 44100;

TEST(FileAnalyzer, ReportsTheFileAndItsMeasurements) {
    test::TempDir dir;
    const auto path = dir / "tone.wav";
    test::writeAudioFile(path, test::sineSegments(1000.0, {{-23.0, 10.0}}, kSampleRate, 2),
                         kSampleRate, SampleFormat::Float32);
    const FileReport report = FileAnalyzer().analyze(path).report;
    EXPECT_EQ(report.info.path, path.string());
    EXPECT_EQ(report.info.format, "WAV");
    EXPECT_EQ(report.info.subtype, "FLOAT");
    EXPECT_EQ(report.info.sampleRate, kSampleRate);
    EXPECT_EQ(report.info.channels, 2);
    EXPECT_EQ(report.info.frames, 10 * kSampleRate);
    EXPECT_NEAR(report.integratedLufs.value(), -23.0, 0.1);
    EXPECT_NEAR(report.loudnessRangeLu.value(), 0.0, 0.1);
    EXPECT_NEAR(report.momentaryMaxLufs.value(), -23.0, 0.1);
    EXPECT_NEAR(report.shortTermMaxLufs.value(), -23.0, 0.1);
    ASSERT_EQ(report.channelTruePeakDbtp.size(), 2u);
    for (std::size_t c = 0; c < 2; ++c) {
        EXPECT_NEAR(report.channelSamplePeakDbfs[c], -23.0, 0.01);
        EXPECT_NEAR(report.channelTruePeakDbtp[c], -23.0, 0.05);
        EXPECT_NEAR(report.dcOffset[c], 0.0, 1e-6);
    }
    EXPECT_EQ(report.truePeakDbtp, report.channelTruePeakDbtp[0]);
    EXPECT_NEAR(report.phaseCorrelation.value(), 1.0, 1e-9);
    EXPECT_EQ(report.clippedSamples, 0u);
}

TEST(FileAnalyzer, SmallBlocksGiveTheSameResult) {
    // Many hand-offs between the threads must not change a single value.
    test::TempDir dir;
    const auto path = dir / "noise.wav";
    test::writeAudioFile(path, test::pinkNoise(0.8, 4.0, kSampleRate, 2, 9), kSampleRate);
    const FileReport whole = FileAnalyzer().analyze(path).report;
    const FileReport pieces = FileAnalyzer(333).analyze(path).report;
    EXPECT_EQ(whole.integratedLufs, pieces.integratedLufs);
    EXPECT_EQ(whole.loudnessRangeLu, pieces.loudnessRangeLu);
    EXPECT_EQ(whole.momentaryMaxLufs, pieces.momentaryMaxLufs);
    EXPECT_EQ(whole.channelTruePeakDbtp, pieces.channelTruePeakDbtp);
    EXPECT_EQ(whole.channelSamplePeakDbfs, pieces.channelSamplePeakDbfs);
    // Sums are accumulated per block, so only the rounding may differ.
    EXPECT_NEAR(whole.phaseCorrelation.value(), pieces.phaseCorrelation.value(), 1e-12);
    EXPECT_EQ(whole.info.frames, pieces.info.frames);
}

TEST(FileAnalyzer, TruePeakMatchesTheMeterOnTheSameSamples) {
    test::TempDir dir;
    const auto path = dir / "noise.wav";
    const AudioBuffer noise = test::whiteNoise(0.7, 1.0, kSampleRate, 2, 4);
    test::writeAudioFile(path, noise, kSampleRate, SampleFormat::Float32);
    TruePeakMeter meter(2);
    AudioBuffer copy = noise;
    meter.process(copy.view());
    meter.finish();
    const FileReport report = FileAnalyzer().analyze(path).report;
    EXPECT_EQ(report.truePeakDbtp, gainToDb(meter.peak()));
}

TEST(FileAnalyzer, ClippingCountsTheExtremeCodesOfIntegerFiles) {
    // +32767 reads as 0.99997 in 16 bits, -32768 as -1.0: both are full scale.
    test::TempDir dir;
    AudioBuffer audio = test::silence(0.1, kSampleRate, 1);
    audio.channel(0)[10] = 1.0f;
    audio.channel(0)[11] = -1.0f;
    audio.channel(0)[12] = 32766.0f / 32768.0f;
    test::writeAudioFile(dir / "int16.wav", audio, kSampleRate, SampleFormat::Int16);
    EXPECT_EQ(FileAnalyzer().analyze(dir / "int16.wav").report.clippedSamples, 2u);

    audio.channel(0)[13] = 1.25f;
    audio.channel(0)[14] = 0.9999f;
    test::writeAudioFile(dir / "float.wav", audio, kSampleRate, SampleFormat::Float32);
    EXPECT_EQ(FileAnalyzer().analyze(dir / "float.wav").report.clippedSamples, 3u);
}

TEST(FileAnalyzer, SilenceHasNoLoudnessAndInfinitelyLowPeaks) {
    test::TempDir dir;
    test::writeAudioFile(dir / "silence.wav", test::silence(2.0, kSampleRate, 2), kSampleRate);
    const FileReport report = FileAnalyzer().analyze(dir / "silence.wav").report;
    EXPECT_FALSE(report.integratedLufs);
    EXPECT_FALSE(report.loudnessRangeLu);
    EXPECT_FALSE(report.momentaryMaxLufs);
    EXPECT_FALSE(report.shortTermMaxLufs);
    EXPECT_TRUE(std::isinf(report.truePeakDbtp) && report.truePeakDbtp < 0);
    EXPECT_TRUE(std::isinf(report.samplePeakDbfs) && report.samplePeakDbfs < 0);
    EXPECT_FALSE(report.phaseCorrelation);
}

void expectBadInputNaming(const std::filesystem::path& path) {
    try {
        FileAnalyzer().analyze(path);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_EQ(error.subject(), path.string());
    }
}

TEST(FileAnalyzer, UnreadableFilesAreBadInputNamingTheFile) {
    test::TempDir dir;
    const auto path = dir / "notes.txt";
    std::ofstream(path) << "not audio at all\n";
    expectBadInputNaming(path);
}

TEST(FileAnalyzer, RefusesSampleRatesNoAudioHas) {
    // A header can claim any rate; 100 Hz would leave no 100 ms block to measure.
    test::TempDir dir;
    const auto path = dir / "slow.wav";
    test::writeAudioFile(path, test::silence(10.0, 100, 2), 100);
    expectBadInputNaming(path);
}

}  // namespace
}  // namespace lathe
