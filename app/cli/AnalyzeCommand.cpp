#include "CliCommand.h"
#include "ExitCodes.h"

#include "analysis/AlbumAnalysis.h"
#include "analysis/AnalysisJson.h"
#include "analysis/FileAnalyzer.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace lathe::cli {
namespace {

struct AnalyzeOptions {
    bool json = false;
    std::vector<std::string> files;
};

using Row = std::vector<std::string>;

std::string fixed(double value, int decimals) {
    if (std::isnan(value))
        return "-";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value + 0.0);
    return text;
}

// Undefined loudness is silence: -inf, as a meter shows it.
std::string level(const std::optional<double>& value) {
    return fixed(value.value_or(-INFINITY), 2);
}

std::string level(double value) { return fixed(value, 2); }

Row fileRow(const FileReport& report) {
    return {report.info.path,
            level(report.integratedLufs),
            report.loudnessRangeLu ? fixed(*report.loudnessRangeLu, 2) : "-",
            level(report.momentaryMaxLufs),
            level(report.shortTermMaxLufs),
            level(report.truePeakDbtp),
            level(report.samplePeakDbfs),
            report.phaseCorrelation ? fixed(*report.phaseCorrelation, 2) : "-",
            std::to_string(report.clippedSamples)};
}

Row albumRow(const AlbumReport& album) {
    return {"album (" + std::to_string(album.fileCount) + (album.fileCount == 1 ? " file)" : " files)"),
            level(album.integratedLufs),
            album.loudnessRangeLu ? fixed(*album.loudnessRangeLu, 2) : "-",
            "", "",
            level(album.truePeakDbtp),
            level(album.samplePeakDbfs),
            "", ""};
}

// Columns padded to their widest cell: the first (names) left-aligned, numbers
// right-aligned so their decimals line up.
void printTable(const std::vector<Row>& rows, std::ostream& out) {
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const Row& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const Row& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string padding(widths[i] - row[i].size(), ' ');
            line += i == 0 ? row[i] + padding : "  " + padding + row[i];
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << "\n";
    }
}

void printDetails(const FileReport& report, std::ostream& out) {
    const AudioFileInfo& info = report.info;
    out << info.path << ": " << info.format << " " << info.subtype << ", " << info.sampleRate
        << " Hz, " << info.channels << (info.channels == 1 ? " channel, " : " channels, ")
        << fixed(info.durationSeconds(), 3) << " s (" << info.frames << " frames)\n";
    for (std::size_t c = 0; c < report.channelTruePeakDbtp.size(); ++c) {
        char text[160];
        std::snprintf(text, sizeof text,
                      "  channel %zu: true peak %s dBTP, sample peak %s dBFS, DC offset %.6g\n",
                      c + 1, level(report.channelTruePeakDbtp[c]).c_str(),
                      level(report.channelSamplePeakDbfs[c]).c_str(), report.dcOffset[c]);
        out << text;
    }
}

int runAnalyze(const AnalyzeOptions& options) {
    // Every file is measured before anything is printed: a bad file fails the run
    // with nothing on stdout.
    const FileAnalyzer analyzer;
    AlbumAnalysis album;
    std::vector<FileReport> reports;
    for (const std::string& file : options.files) {
        FileAnalyzer::Result result = analyzer.analyze(file);
        album.add(result.report, std::move(result.loudness));
        reports.push_back(std::move(result.report));
    }
    const AlbumReport albumReport = album.report();

    if (options.json) {
        std::cout << AnalysisJson::document(reports, albumReport).dump(2) << "\n";
        return kExitOk;
    }
    for (const FileReport& report : reports)
        printDetails(report, std::cout);
    std::vector<Row> rows{{"file", "LUFS", "LRA LU", "M max", "S max", "dBTP", "dBFS", "corr", "clipped"}};
    for (const FileReport& report : reports)
        rows.push_back(fileRow(report));
    rows.push_back(albumRow(albumReport));
    std::cout << "\n";
    printTable(rows, std::cout);
    return kExitOk;
}

}  // namespace

void addAnalyzeCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<AnalyzeOptions>();
    CLI::App* command = app.add_subcommand(
        "analyze", "Measure loudness (ITU-R BS.1770-4 / EBU R 128), true peak and statistics of "
                   "audio files, one by one and together as an album");
    command->add_flag("--json", options->json, "print one JSON object (schema 1) instead of a table");
    command->add_option("FILE", options->files, "audio files (WAV, FLAC, AIFF, ...)")->required();
    command->callback([&action, options] { action = [options] { return runAnalyze(*options); }; });
}

}  // namespace lathe::cli
