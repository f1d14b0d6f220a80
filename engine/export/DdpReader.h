#pragma once

#include "export/DdpInspection.h"

#include <filesystem>
#include <vector>

namespace lathe {

// Reads a DDP image back, independently of DdpWriter, the way a plant's tools would
// (cd-ddp.md): every file but DDPID and DDPMS found by the name DDPMS gives it,
// numbers padded with spaces or zeros, one or two lead-outs, any usual checksum list.
class DdpReader {
public:
    // Checks the structure (DDPID, DDPMS, the PQ descriptor, file sizes), the Red
    // Book rules (1-99 tracks, track 1 index 1 at 00:02:00 or later, tracks of at
    // least 4 s from index 1 to the next track's index 0, at most 79:57:00), the
    // CD-Text packs and the checksums, and returns the table of contents with every
    // problem found. A folder that is missing or cannot be listed is a BadInput error;
    // anything wrong inside it is a problem, never a crash.
    static DdpInspection inspect(const std::filesystem::path& folder);

    // Writes each track as a 16-bit 44.1 kHz stereo WAV "Track NN.wav" in `outFolder`
    // (created if needed): from its index 1 to the next track's index 1 (a gap belongs
    // to the track before it), the last track to the lead-out. Tracks the image does
    // not hold are appended to inspection.problems. Returns the files written.
    static std::vector<std::filesystem::path> extractTracks(const std::filesystem::path& folder,
                                                            DdpInspection& inspection,
                                                            const std::filesystem::path& outFolder);
};

}  // namespace lathe
