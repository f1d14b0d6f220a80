#pragma once

#include <string>

namespace lathe {

// What a release master file says about itself (WAV RIFF INFO, MP3 ID3v2.4).
struct ReleaseTags {
    std::string title;
    std::string artist;  // the track's performer, else the album's
    std::string album;
    std::string albumArtist;
    std::string date;  // YYYY-MM-DD or empty
    std::string genre;
    std::string isrc;     // empty when the track has none
    int trackNumber = 0;  // 0: no track (a whole-album file)
    int trackCount = 0;
};

}  // namespace lathe
