#include "analysis/AlbumAnalysis.h"
#include "analysis/FileAnalyzer.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kSampleRate = 48000;

TEST(AlbumAnalysis, MeasuresTheFilesAsOneProgramme) {
    test::TempDir dir;
    test::writeAudioFile(dir / "loud.wav", test::sineSegments(1000.0, {{-20.0, 20.0}}, kSampleRate), kSampleRate);
    test::writeAudioFile(dir / "quiet.wav", test::sineSegments(1000.0, {{-30.0, 20.0}}, kSampleRate), kSampleRate);
    AlbumAnalysis album;
    for (const char* name : {"loud.wav", "quiet.wav"}) {
        FileAnalyzer::Result result = FileAnalyzer().analyze(dir / name);
        album.add(result.report, std::move(result.loudness));
    }
    const AlbumReport report = album.report();
    EXPECT_EQ(report.fileCount, 2u);
    // Gated over the blocks of both (the energy mean), not the mean of -20 and -30.
    EXPECT_NEAR(report.integratedLufs.value(), -22.60, 0.1);
    EXPECT_NEAR(report.loudnessRangeLu.value(), 10.0, 1.0);
    EXPECT_NEAR(report.samplePeakDbfs, -20.0, 0.01);
    EXPECT_NEAR(report.truePeakDbtp, -20.0, 0.05);
}

TEST(AlbumAnalysis, EmptyAndSilentAlbumsHaveNoLoudness) {
    EXPECT_FALSE(AlbumAnalysis().report().integratedLufs);
    test::TempDir dir;
    test::writeAudioFile(dir / "silence.wav", test::silence(4.0, kSampleRate), kSampleRate);
    FileAnalyzer::Result result = FileAnalyzer().analyze(dir / "silence.wav");
    AlbumAnalysis album;
    album.add(result.report, std::move(result.loudness));
    EXPECT_FALSE(album.report().integratedLufs);
    EXPECT_FALSE(album.report().loudnessRangeLu);
    EXPECT_TRUE(std::isinf(album.report().truePeakDbtp));
}

}  // namespace
}  // namespace lathe
