#pragma once

#include "project/Project.h"
#include "timeline/AlbumTimeline.h"
#include "timeline/CdTableOfContents.h"

#include <string>
#include <vector>

namespace lathe {

struct DdpTrack {
    std::string isrc;  // 12 characters, or empty
    CdText text;
};

// What a DDP image says about the disc besides its audio: the table of contents
// (frames from 00:00:00; track 1's index 0 at 0, index 1 at 150 or later), the
// barcode, the texts and the master's name.
struct DdpDisc {
    CdTableOfContents toc;
    std::string upcEan;    // 12 (UPC-A) or 13 digits, or empty; written as EAN-13
    std::string masterId;  // DDPID MID: free ASCII text, at most 48 characters, not on the disc
    CdText albumText;
    std::vector<DdpTrack> tracks;  // one per toc track
};

// The disc of a project laid out by its timeline (44.1 kHz).
DdpDisc makeDdpDisc(const Project& project, const AlbumTimeline& timeline, std::string masterId);

}  // namespace lathe
