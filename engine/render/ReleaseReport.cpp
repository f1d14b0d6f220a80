#include "render/ReleaseReport.h"

#include "analysis/AnalysisJson.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace lathe {
namespace {

constexpr double kHundredths = 100.0;

nlohmann::ordered_json decibels(std::optional<double> value) {
    if (!value || !std::isfinite(*value))
        return nullptr;
    return std::round(*value * kHundredths) / kHundredths + 0.0;
}

const char* loudnessModeName(LoudnessMode mode) {
    switch (mode) {
    case LoudnessMode::Off: return "off";
    case LoudnessMode::Track: return "track";
    case LoudnessMode::Album: return "album";
    }
    return "off";
}

nlohmann::ordered_json cdJson(const TrackLayout& track) {
    nlohmann::ordered_json cd;
    cd["index0_sector"] = track.index0Frame;
    cd["index1_sector"] = track.index1Frame;
    cd["index_sectors"] = track.indexMarkFrames;
    cd["end_sector"] = track.endFrame;
    return cd;
}

nlohmann::ordered_json mp3Json(const Mp3Exporter::Result& result, const std::string& path, double ceiling) {
    nlohmann::ordered_json qc;
    qc["path"] = path;
    qc["frames"] = result.frames;
    qc["decoded_frames"] = result.decodedFrames;
    qc["length_ok"] = result.lengthOk;
    qc["encode_gain_db"] = decibels(result.encodeGainDb);
    qc["encodes"] = result.attempts;
    qc["decoded_true_peak_dbtp"] = decibels(result.decodedTruePeakDbtp);
    qc["ceiling_dbtp"] = decibels(ceiling);
    qc["peak_ok"] = result.peakOk;
    qc["decoded_integrated_lufs"] = decibels(result.decodedLufs);
    qc["tags_ok"] = result.tagsOk;
    return qc;
}

const ReleaseReportData::OutputFile* fileOf(const ReleaseReportData& data, int track,
                                            const std::string& format) {
    for (const auto& file : data.files)
        if (file.track == track && file.format == format && file.analysis)
            return &file;
    return nullptr;
}

// The analyses (as `analyze` reports them) of the audio files of one track (0: the album).
nlohmann::ordered_json outputsOf(const ReleaseReportData& data, int track) {
    nlohmann::ordered_json outputs = nlohmann::ordered_json::object();
    for (const char* format : {"wav", "mp3"})
        if (const auto* file = fileOf(data, track, format)) {
            nlohmann::ordered_json analysis = AnalysisJson::file(*file->analysis);
            analysis["path"] = file->path;
            outputs[format] = analysis;
        }
    return outputs;
}

std::string escapeHtml(const std::string& text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

std::string number(std::optional<double> value, const char* unit) {
    if (!value || !std::isfinite(*value))
        return "&ndash;";
    char text[48];
    std::snprintf(text, sizeof text, "%.1f %s", *value, unit);
    return text;
}

std::string timeText(std::int64_t frames, int rate) {
    const double seconds = static_cast<double>(frames) / rate;
    char text[32];
    std::snprintf(text, sizeof text, "%d:%06.3f", static_cast<int>(seconds / 60), std::fmod(seconds, 60.0));
    return text;
}

// Short-term loudness over time, -40..0 LUFS, with the target (if any) dashed.
std::string loudnessSvg(const std::vector<std::optional<double>>& curve, std::optional<double> target) {
    constexpr double kWidth = 640.0, kHeight = 120.0, kTop = -6.0, kBottom = -42.0;
    const std::size_t points = std::max<std::size_t>(curve.size(), 2);
    auto x = [&](std::size_t i) { return kWidth * static_cast<double>(i) / static_cast<double>(points - 1); };
    auto y = [&](double lufs) {
        return kHeight * (kTop - std::clamp(lufs, kBottom, kTop)) / (kTop - kBottom);
    };
    std::ostringstream svg;
    svg.setf(std::ios::fixed);
    svg.precision(1);
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << kWidth << ' ' << kHeight
        << "\" class=\"plot\" role=\"img\" aria-label=\"short-term loudness over time\">";
    for (double grid = -12.0; grid > kBottom; grid -= 6.0)
        svg << "<line x1=\"0\" x2=\"" << kWidth << "\" y1=\"" << y(grid) << "\" y2=\"" << y(grid)
            << "\" class=\"grid\"/><text x=\"2\" y=\"" << y(grid) - 2 << "\">" << grid << "</text>";
    if (target)
        svg << "<line x1=\"0\" x2=\"" << kWidth << "\" y1=\"" << y(*target) << "\" y2=\"" << y(*target)
            << "\" class=\"target\"/>";
    std::string path;
    bool drawing = false;
    for (std::size_t i = 0; i < curve.size(); ++i) {
        if (!curve[i]) {
            drawing = false;
            continue;
        }
        std::ostringstream point;
        point.setf(std::ios::fixed);
        point.precision(1);
        point << (drawing ? " L" : " M") << x(i) << ' ' << y(*curve[i]);
        path += point.str();
        drawing = true;
    }
    svg << "<path d=\"" << path << "\" class=\"curve\"/></svg>";
    return svg.str();
}

}  // namespace

nlohmann::ordered_json ReleaseReport::json(const ReleaseReportData& data) {
    const Project& project = *data.project;
    const AlbumLayout& layout = *data.layout;
    nlohmann::ordered_json json;
    json["schema"] = kSchema;
    json["project"] = data.projectName;
    json["seed"] = data.seed;
    nlohmann::ordered_json album;
    album["title"] = project.album.text.title;
    album["performer"] = project.album.text.performer;
    album["upc_ean"] = project.album.upcEan;
    album["sample_rate"] = layout.sampleRate;
    album["total_samples"] = layout.totalFrames;
    album["loudness_mode"] = loudnessModeName(project.album.loudness.mode);
    album["target_lufs"] = project.album.loudness.mode == LoudnessMode::Off
                               ? nlohmann::ordered_json(nullptr)
                               : nlohmann::ordered_json(project.album.loudness.targetLufs);
    album["master_gain_db"] = decibels(data.masterGainDb);
    album["master_integrated_lufs"] = decibels(data.masterLufs);
    album["master_passes"] = data.masterPasses;
    album["master_limiter_max_gain_reduction_db"] =
        data.limiterEngaged ? decibels(data.limiterMaxReductionDb) : nlohmann::ordered_json(nullptr);
    album["ceiling_dbtp"] = decibels(data.ceilingDbtp);
    album["outputs"] = outputsOf(data, 0);  // a whole-album file (WAV split "album")
    nlohmann::ordered_json delivered = nlohmann::ordered_json::object();
    for (const auto& [format, report] : data.deliveredAlbum)
        delivered[format] = AnalysisJson::album(report);
    album["delivered"] = delivered;  // the per-track files of each format as one album
    json["album"] = album;

    nlohmann::ordered_json tracks = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < layout.tracks.size(); ++i) {
        const TrackLayout& placed = layout.tracks[i];
        const int number = static_cast<int>(i) + 1;
        nlohmann::ordered_json track;
        track["number"] = number;
        track["title"] = project.tracks[i].text.title;
        track["isrc"] = project.tracks[i].isrc;
        track["start_sample"] = placed.index1;
        track["end_sample"] = placed.audioEnd;
        track["index0_sample"] = placed.index0;
        track["index_samples"] = placed.indexMarks;
        track["file_start_sample"] = placed.fileBegin;
        track["file_end_sample"] = placed.fileEnd;
        track["cd"] = layout.cd ? cdJson(placed) : nlohmann::ordered_json(nullptr);
        track["loudness_gain_db"] = decibels(data.tracks[i].loudnessGainDb);
        track["outputs"] = outputsOf(data, number);
        tracks.push_back(track);
    }
    json["tracks"] = tracks;

    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const auto& file : data.files) {
        nlohmann::ordered_json entry;
        entry["path"] = file.path;
        entry["bytes"] = file.bytes;
        entry["md5"] = file.md5;
        files.push_back(entry);
    }
    json["files"] = files;
    json["ddp"] = data.ddp;
    nlohmann::ordered_json mp3 = nlohmann::ordered_json::array();
    for (const auto& track : data.tracks)
        if (track.mp3)
            mp3.push_back(mp3Json(*track.mp3, track.mp3Path, data.ceilingDbtp));
    json["mp3_qc"] = mp3.empty() ? nlohmann::ordered_json(nullptr) : mp3;
    return json;
}

std::string ReleaseReport::html(const ReleaseReportData& data) {
    const Project& project = *data.project;
    const AlbumLayout& layout = *data.layout;
    std::optional<double> target;
    if (project.album.loudness.mode != LoudnessMode::Off)
        target = project.album.loudness.targetLufs;
    std::ostringstream page;
    page << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         << "<title>Mastering report: " << escapeHtml(project.album.text.title) << "</title><style>"
         << "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:60em}"
         << "table{border-collapse:collapse;width:100%}td,th{padding:.3em .6em;border-bottom:1px solid #ddd;"
         << "text-align:right}td:nth-child(2),th:nth-child(2){text-align:left}"
         << ".plot{width:100%;height:8em;background:#f7f7f7}.grid{stroke:#ccc;stroke-width:.5}"
         << ".target{stroke:#c33;stroke-dasharray:4 "
            "3;stroke-width:.8}.curve{fill:none;stroke:#1565c0;stroke-width:1.2}"
         << "svg text{font-size:8px;fill:#888}.bad{color:#c33;font-weight:bold}</style></head><body>\n";
    page << "<h1>" << escapeHtml(project.album.text.title) << "</h1>\n<p>"
         << escapeHtml(project.album.text.performer) << " &middot; " << layout.tracks.size()
         << " tracks &middot; " << timeText(layout.totalFrames, layout.sampleRate) << " &middot; "
         << layout.sampleRate << " Hz";
    if (!project.album.upcEan.empty())
        page << " &middot; UPC/EAN " << escapeHtml(project.album.upcEan);
    page << "</p>\n<p>Loudness: " << loudnessModeName(project.album.loudness.mode);
    if (target)
        page << " to " << number(target, "LUFS");
    page << "; master gain " << number(data.masterGainDb, "dB") << "; ceiling "
         << number(data.ceilingDbtp, "dBTP") << "; dither seed " << data.seed << ".</p>\n";

    page << "<h2>Tracks</h2>\n<table><tr><th>#</th><th>Title</th><th>ISRC</th><th>Start</th><th>Length</th>"
         << "<th>Integrated</th><th>LRA</th><th>Short-term max</th><th>True peak</th><th>MP3 true "
            "peak</th></tr>\n";
    for (std::size_t i = 0; i < layout.tracks.size(); ++i) {
        const int trackNumber = static_cast<int>(i) + 1;
        const TrackLayout& placed = layout.tracks[i];
        const auto* file = fileOf(data, trackNumber, "wav");
        if (!file)
            file = fileOf(data, trackNumber, "mp3");
        page << "<tr><td>" << trackNumber << "</td><td>" << escapeHtml(project.tracks[i].text.title)
             << "</td><td>" << escapeHtml(project.tracks[i].isrc) << "</td><td>"
             << timeText(placed.index1, layout.sampleRate) << "</td><td>"
             << timeText(placed.fileEnd - placed.fileBegin, layout.sampleRate) << "</td>";
        if (file) {
            const FileReport& report = *file->analysis;
            const bool over = report.truePeakDbtp > data.ceilingDbtp;
            page << "<td>" << number(report.integratedLufs, "LUFS") << "</td><td>"
                 << number(report.loudnessRangeLu, "LU") << "</td><td>"
                 << number(report.shortTermMaxLufs, "LUFS") << "</td><td" << (over ? " class=\"bad\"" : "")
                 << ">" << number(report.truePeakDbtp, "dBTP") << "</td>";
        } else {
            page << "<td></td><td></td><td></td><td></td>";
        }
        const auto& mp3 = data.tracks[i].mp3;
        page << "<td" << (mp3 && !mp3->peakOk ? " class=\"bad\"" : "") << ">"
             << (mp3 ? number(mp3->decodedTruePeakDbtp, "dBTP") : std::string("&ndash;")) << "</td></tr>\n";
    }
    page << "</table>\n<h2>Loudness over time</h2>\n<p>Short-term loudness (3 s window, every "
         << ReleaseReportData::kCurveStepSeconds << " s), -42 to -6 LUFS"
         << (target ? "; dashed: the target" : "") << ".</p>\n";
    for (std::size_t i = 0; i < layout.tracks.size(); ++i)
        page << "<h3>" << i + 1 << ". " << escapeHtml(project.tracks[i].text.title) << "</h3>\n"
             << loudnessSvg(data.tracks[i].shortTermLufs, target) << "\n";
    page << "<h2>Files</h2>\n<table><tr><th>MD5</th><th>File</th><th>Bytes</th></tr>\n";
    for (const auto& file : data.files)
        page << "<tr><td><code>" << file.md5 << "</code></td><td>" << escapeHtml(file.path) << "</td><td>"
             << file.bytes << "</td></tr>\n";
    page << "</table>\n</body></html>\n";
    return page.str();
}

}  // namespace lathe
