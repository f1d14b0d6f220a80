#include "analysis/AnalysisJson.h"

#include <gtest/gtest.h>
#include <limits>

namespace lathe {
namespace {

constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();

FileReport stereoReport() {
    FileReport report;
    report.info.path = "mix.wav";
    report.info.format = "WAV";
    report.info.subtype = "PCM_24";
    report.info.sampleRate = 44100;
    report.info.channels = 2;
    report.info.frames = 2646000;
    report.integratedLufs = -14.0234;
    report.loudnessRangeLu = 5.1049;
    report.momentaryMaxLufs = -9.7951;
    report.shortTermMaxLufs = -11.2;
    report.truePeakDbtp = -1.0249;
    report.samplePeakDbfs = -1.31;
    report.channelTruePeakDbtp = {-1.0249, -1.4};
    report.channelSamplePeakDbfs = {-1.31, -1.6};
    report.dcOffset = {0.0000123456789, -0.00002};
    report.phaseCorrelation = 0.82049;
    report.clippedSamples = 3;
    return report;
}

TEST(AnalysisJson, FileHasTheContractsKeysInOrderAndRoundedValues) {
    const auto json = AnalysisJson::file(stereoReport());
    std::vector<std::string> keys;
    for (const auto& item : json.items())
        keys.push_back(item.key());
    const std::vector<std::string> expected{
        "path", "format", "subtype", "sample_rate", "channels", "frames", "duration_s",
        "integrated_lufs", "loudness_range_lu", "momentary_max_lufs", "short_term_max_lufs",
        "true_peak_dbtp", "sample_peak_dbfs", "channel_true_peak_dbtp", "channel_sample_peak_dbfs",
        "dc_offset", "phase_correlation", "clipped_samples"};
    EXPECT_EQ(keys, expected);
    EXPECT_EQ(json.dump(),
              R"({"path":"mix.wav","format":"WAV","subtype":"PCM_24","sample_rate":44100,"channels":2,)"
              R"("frames":2646000,"duration_s":60.0,"integrated_lufs":-14.02,"loudness_range_lu":5.1,)"
              R"("momentary_max_lufs":-9.8,"short_term_max_lufs":-11.2,"true_peak_dbtp":-1.02,)"
              R"("sample_peak_dbfs":-1.31,"channel_true_peak_dbtp":[-1.02,-1.4],)"
              R"("channel_sample_peak_dbfs":[-1.31,-1.6],"dc_offset":[1.23457e-05,-2e-05],)"
              R"("phase_correlation":0.82,"clipped_samples":3})");
}

TEST(AnalysisJson, UndefinedLoudnessAndSilentPeaksAreNull) {
    FileReport report = stereoReport();
    report.integratedLufs.reset();
    report.loudnessRangeLu.reset();
    report.momentaryMaxLufs.reset();
    report.shortTermMaxLufs.reset();
    report.truePeakDbtp = report.samplePeakDbfs = kMinusInfinity;
    report.channelTruePeakDbtp = report.channelSamplePeakDbfs = {kMinusInfinity, kMinusInfinity};
    report.phaseCorrelation.reset();
    const auto json = AnalysisJson::file(report);
    for (const char* key : {"integrated_lufs", "loudness_range_lu", "momentary_max_lufs",
                            "short_term_max_lufs", "true_peak_dbtp", "sample_peak_dbfs", "phase_correlation"})
        EXPECT_TRUE(json.at(key).is_null()) << key;
    EXPECT_TRUE(json.at("channel_true_peak_dbtp").at(1).is_null());
    EXPECT_EQ(json.dump().find("inf"), std::string::npos);
}

TEST(AnalysisJson, DocumentHasSchemaFilesAndAlbum) {
    AlbumReport album;
    album.fileCount = 1;
    album.integratedLufs = -14.1;
    album.loudnessRangeLu = 6.0;
    album.truePeakDbtp = -0.004;
    album.samplePeakDbfs = -1.3;
    const auto json = AnalysisJson::document({stereoReport()}, album);
    EXPECT_EQ(json.begin().key(), "schema");
    EXPECT_EQ(json.at("schema"), 1);
    EXPECT_EQ(json.at("files").size(), 1u);
    EXPECT_EQ(json.at("album").dump(),
              R"({"integrated_lufs":-14.1,"loudness_range_lu":6.0,"true_peak_dbtp":0.0,"sample_peak_dbfs":-1.3})");
}

}  // namespace
}  // namespace lathe
