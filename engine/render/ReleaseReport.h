#pragma once

#include "analysis/AlbumReport.h"
#include "analysis/FileReport.h"
#include "export/Mp3Exporter.h"
#include "project/Project.h"
#include "render/AlbumLayout.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lathe {

// What a render made, as `report.json` (cli.md, "schema": 1) and as a readable
// mastering report `report.html` (one self-contained page: inline CSS and SVG, no
// external assets): per track its loudness, true peak and a loudness-over-time plot.
struct ReleaseReportData {
    struct OutputFile {
        std::string path;  // relative to the output folder, '/'-separated
        std::uint64_t bytes = 0;
        std::string md5;
        std::optional<FileReport> analysis;  // audio files the analyzer reads (WAV, MP3)
        int track = 0;                       // 1-based; 0 for album-wide files
        std::string format;                  // "ddp", "wav", "mp3", "report"
    };
    struct TrackData {
        double loudnessGainDb = 0.0;                       // loudness mode `track`
        std::vector<std::optional<double>> shortTermLufs;  // every kCurveStepSeconds
        std::optional<Mp3Exporter::Result> mp3;
        std::string mp3Path;
    };

    static constexpr double kCurveStepSeconds = 0.5;

    const Project* project = nullptr;
    const AlbumLayout* layout = nullptr;
    std::string projectName;
    std::uint64_t seed = 1;
    double ceilingDbtp = -1.0;
    double masterGainDb = 0.0;
    std::optional<double> masterLufs;
    int masterPasses = 0;  // renders of the master chain (loudness refinement)
    bool limiterEngaged = false;
    double limiterMaxReductionDb = 0.0;
    std::vector<TrackData> tracks;
    std::vector<OutputFile> files;
    // Per format ("wav", "mp3"): its per-track files measured together as one album
    // (EBU R 128 album loudness, as `analyze` reports several files).
    std::map<std::string, AlbumReport> deliveredAlbum;
    nlohmann::ordered_json ddp;  // the read-back by the independent reader, or null
};

class ReleaseReport {
public:
    static constexpr int kSchema = 1;
    static nlohmann::ordered_json json(const ReleaseReportData& data);
    static std::string html(const ReleaseReportData& data);
};

}  // namespace lathe
