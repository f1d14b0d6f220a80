#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lathe {

// A cue sheet for an album WAV: `FILE "name.wav" WAVE`, then per track its TITLE,
// PERFORMER, ISRC and INDEX lines. Positions are frames (1/75 s) from the file's start,
// as cue sheets count them.
struct CueTrack {
    int number = 0;
    std::string title;
    std::string performer;
    std::string isrc;
    std::vector<std::int64_t> indexFrames;  // index 0 (or -1 when none), 1, 2, ...
};

struct CueAlbum {
    std::string title;
    std::string performer;
    std::string catalog;   // UPC/EAN, 13 digits, or empty
    std::string fileName;  // the WAV beside the cue
    std::vector<CueTrack> tracks;
};

std::string cueSheetText(const CueAlbum& album);

// "mm:ss:ff" of a frame count.
std::string cueTime(std::int64_t frames);

}  // namespace lathe
