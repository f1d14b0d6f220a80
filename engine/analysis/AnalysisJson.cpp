#include "analysis/AnalysisJson.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace lathe {
namespace {

constexpr int kDecibelDecimals = 2;
constexpr int kDurationDecimals = 3;
constexpr int kCorrelationDecimals = 3;
constexpr int kDcOffsetDigits = 6;

double roundTo(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    // + 0.0 turns a rounded -0.0 into 0.0.
    return std::round(value * scale) / scale + 0.0;
}

double roundToSignificant(double value, int digits) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    return std::strtod(text, nullptr) + 0.0;
}

nlohmann::ordered_json decibels(double value) {
    return std::isfinite(value) ? nlohmann::ordered_json(roundTo(value, kDecibelDecimals)) : nullptr;
}

nlohmann::ordered_json decibels(const std::optional<double>& value) {
    return value ? decibels(*value) : nullptr;
}

nlohmann::ordered_json decibelList(const std::vector<double>& values) {
    auto list = nlohmann::ordered_json::array();
    for (double value : values)
        list.push_back(decibels(value));
    return list;
}

}  // namespace

nlohmann::ordered_json AnalysisJson::file(const FileReport& report) {
    const AudioFileInfo& info = report.info;
    auto dcOffsets = nlohmann::ordered_json::array();
    for (double offset : report.dcOffset)
        dcOffsets.push_back(roundToSignificant(offset, kDcOffsetDigits));
    return {
        {"path", info.path},
        {"format", info.format},
        {"subtype", info.subtype},
        {"sample_rate", info.sampleRate},
        {"channels", info.channels},
        {"frames", info.frames},
        {"duration_s", roundTo(info.durationSeconds(), kDurationDecimals)},
        {"integrated_lufs", decibels(report.integratedLufs)},
        {"loudness_range_lu", decibels(report.loudnessRangeLu)},
        {"momentary_max_lufs", decibels(report.momentaryMaxLufs)},
        {"short_term_max_lufs", decibels(report.shortTermMaxLufs)},
        {"true_peak_dbtp", decibels(report.truePeakDbtp)},
        {"sample_peak_dbfs", decibels(report.samplePeakDbfs)},
        {"channel_true_peak_dbtp", decibelList(report.channelTruePeakDbtp)},
        {"channel_sample_peak_dbfs", decibelList(report.channelSamplePeakDbfs)},
        {"dc_offset", dcOffsets},
        {"phase_correlation", report.phaseCorrelation
                                  ? nlohmann::ordered_json(roundTo(*report.phaseCorrelation, kCorrelationDecimals))
                                  : nlohmann::ordered_json(nullptr)},
        {"clipped_samples", report.clippedSamples},
    };
}

nlohmann::ordered_json AnalysisJson::album(const AlbumReport& report) {
    return {
        {"integrated_lufs", decibels(report.integratedLufs)},
        {"loudness_range_lu", decibels(report.loudnessRangeLu)},
        {"true_peak_dbtp", decibels(report.truePeakDbtp)},
        {"sample_peak_dbfs", decibels(report.samplePeakDbfs)},
    };
}

nlohmann::ordered_json AnalysisJson::document(const std::vector<FileReport>& files,
                                              const AlbumReport& albumReport) {
    auto list = nlohmann::ordered_json::array();
    for (const FileReport& report : files)
        list.push_back(file(report));
    return {{"schema", kSchema}, {"files", list}, {"album", album(albumReport)}};
}

}  // namespace lathe
