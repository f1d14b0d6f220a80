#pragma once

#include "project/Project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lathe {

// One track of a DDP image as read back; addresses are CD frames (sectors) from
// 00:00:00, as the PQ descriptor gives them.
struct DdpTrackInfo {
    int number = 0;
    std::string isrc;
    CdText text;
    std::int64_t index0Sector = 0;  // = index1Sector when the track has no index 0
    std::int64_t index1Sector = 0;
    std::vector<std::int64_t> extraIndexSectors;  // index 2, 3, ...
    std::int64_t endSector = 0;                   // the next track's first index, or the lead-out
};

// What inspecting a DDP image found: its table of contents and every problem, each
// naming the file (and packet or field) first.
struct DdpInspection {
    std::string level;   // "DDP 2.00"
    std::string upcEan;  // empty when the image has none
    std::string masterId;
    std::string imageFile;              // the audio stream's file, as DDPMS names it
    std::int64_t imageStartSector = 0;  // DSS: the CD address of the image's first sector
    std::int64_t imageSectors = 0;      // DSL of the audio stream
    std::int64_t leadOutSector = 0;
    bool checksumsOk = false;
    CdText albumText;
    std::vector<DdpTrackInfo> tracks;
    std::vector<std::string> problems;
};

}  // namespace lathe
