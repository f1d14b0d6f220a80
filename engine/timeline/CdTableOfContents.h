#pragma once

#include <cstdint>
#include <vector>

namespace lathe {

// One track of a CD, in frames (sectors) from the start of the program area, 00:00:00.
struct CdTrackEntry {
    int number = 1;
    std::int64_t index0 = 0;  // equals index1 when the track has no pregap
    std::int64_t index1 = 0;
    std::vector<std::int64_t> extraIndexes;  // index 2, 3, ...
    std::int64_t end = 0;                    // the next track's index 0, or the lead-out
    bool hasPregap() const noexcept { return index0 < index1; }
    bool operator==(const CdTrackEntry&) const = default;
};

struct CdTableOfContents {
    std::vector<CdTrackEntry> tracks;
    std::int64_t leadOut = 0;  // = the number of frames of audio on the disc
    bool operator==(const CdTableOfContents&) const = default;
};

}  // namespace lathe
