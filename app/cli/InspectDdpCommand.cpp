#include "CliCommand.h"
#include "ExitCodes.h"

#include "export/DdpInspectionJson.h"
#include "export/DdpReader.h"
#include "timeline/CdFrames.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

namespace lathe::cli {
namespace {

constexpr int kJsonSchema = 1;

struct InspectDdpOptions {
    bool json = false;
    std::string extractFolder;
    std::string folder;
};

std::string clock(std::int64_t sectors) {
    return CdFrames::format(CdFrames::toMsf(sectors));
}

nlohmann::ordered_json toJson(const DdpInspection& inspection) {
    nlohmann::ordered_json json;
    json["schema"] = kJsonSchema;
    json.update(ddpInspectionJson(inspection, DdpJsonDetail::Contract));
    return json;
}

std::string padded(const std::string& text, std::size_t width) {
    return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

void printTable(const DdpInspection& inspection, const std::string& folder, std::ostream& out) {
    out << (inspection.level.empty() ? "DDP" : inspection.level) << " image: " << folder << "\n";
    out << "UPC/EAN: " << (inspection.upcEan.empty() ? "-" : inspection.upcEan);
    if (!inspection.masterId.empty())
        out << "   master ID: " << inspection.masterId;
    out << "\n";
    if (!inspection.albumText.title.empty() || !inspection.albumText.performer.empty())
        out << "album: " << inspection.albumText.title << " / " << inspection.albumText.performer << "\n";
    if (!inspection.imageFile.empty())
        out << "audio: " << inspection.imageFile << ", " << inspection.imageSectors << " sectors ("
            << clock(inspection.imageSectors) << ")\n";
    out << "\n #  ISRC          index 0   index 1   end       length    title / performer\n";
    for (const DdpTrackInfo& track : inspection.tracks) {
        char number[8];
        std::snprintf(number, sizeof number, "%2d", track.number);
        out << number << "  " << padded(track.isrc.empty() ? "-" : track.isrc, 12) << "  "
            << clock(track.index0Sector) << "  " << clock(track.index1Sector) << "  "
            << clock(track.endSector) << "  " << clock(track.endSector - track.index1Sector) << "  "
            << track.text.title;
        if (!track.text.performer.empty())
            out << " / " << track.text.performer;
        out << "\n";
        for (std::size_t k = 0; k < track.extraIndexSectors.size(); ++k)
            out << "    index " << (k < 8 ? "0" : "") << k + 2 << " at " << clock(track.extraIndexSectors[k])
                << "\n";
    }
    out << "lead-out at " << clock(inspection.leadOutSector) << " (sector " << inspection.leadOutSector
        << ")\n\n";
    out << "checksums: " << (inspection.checksumsOk ? "ok" : "NOT ok") << "\n";
    if (inspection.problems.empty()) {
        out << "no problems\n";
        return;
    }
    out << inspection.problems.size() << (inspection.problems.size() == 1 ? " problem:\n" : " problems:\n");
    for (const std::string& problem : inspection.problems)
        out << "  " << problem << "\n";
}

int runInspectDdp(const InspectDdpOptions& options) {
    DdpInspection inspection = DdpReader::inspect(options.folder);
    if (!options.extractFolder.empty())
        DdpReader::extractTracks(options.folder, inspection, options.extractFolder);
    if (options.json)
        std::cout << toJson(inspection).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    else
        printTable(inspection, options.folder, std::cout);
    return inspection.problems.empty() ? kExitOk : kExitCheckFailed;
}

}  // namespace

void addInspectDdpCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<InspectDdpOptions>();
    CLI::App* command =
        app.add_subcommand("inspect-ddp",
                           "Check a DDP 2.0 image independently of the writer (structure, Red Book, CD-Text, "
                           "checksums) and print its table of contents; exit 1 if anything is wrong");
    command->add_flag("--json", options->json, "print one JSON object (schema 1) instead of a table");
    command->add_option("--extract", options->extractFolder,
                        "write each track as a 16-bit WAV into this folder");
    command->add_option("DDPDIR", options->folder, "the DDP image's folder")->required();
    command->callback([&action, options] { action = [options] { return runInspectDdp(*options); }; });
}

}  // namespace lathe::cli
