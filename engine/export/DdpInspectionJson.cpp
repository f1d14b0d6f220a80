#include "export/DdpInspectionJson.h"

namespace lathe {

nlohmann::ordered_json ddpInspectionJson(const DdpInspection& inspection, DdpJsonDetail detail) {
    const bool report = detail == DdpJsonDetail::Report;
    nlohmann::ordered_json json;
    json["upc_ean"] = inspection.upcEan;
    json["image_sectors"] = inspection.imageSectors;
    if (report)
        json["lead_out_sector"] = inspection.leadOutSector;
    json["checksums_ok"] = inspection.checksumsOk;
    nlohmann::ordered_json tracks = nlohmann::ordered_json::array();
    for (const DdpTrackInfo& track : inspection.tracks) {
        nlohmann::ordered_json entry;
        entry["number"] = track.number;
        entry["isrc"] = track.isrc;
        entry["title"] = track.text.title;
        entry["performer"] = track.text.performer;
        entry["index0_sector"] = track.index0Sector;
        entry["index1_sector"] = track.index1Sector;
        if (report)
            entry["index_sectors"] = track.extraIndexSectors;
        entry["end_sector"] = track.endSector;
        tracks.push_back(std::move(entry));
    }
    json["tracks"] = std::move(tracks);
    json["problems"] = inspection.problems;
    return json;
}

}  // namespace lathe
