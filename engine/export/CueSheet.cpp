#include "export/CueSheet.h"

#include <cstdio>

namespace lathe {
namespace {

constexpr int kFramesPerSecond = 75;
constexpr int kSecondsPerMinute = 60;

// Cue sheets quote strings with '"'; a quote inside becomes an apostrophe.
std::string quoted(std::string text) {
    for (char& c : text)
        if (c == '"' || c == '\n' || c == '\r')
            c = c == '"' ? '\'' : ' ';
    return "\"" + text + "\"";
}

}  // namespace

std::string cueTime(std::int64_t frames) {
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld",
                  static_cast<long long>(frames / (kFramesPerSecond * kSecondsPerMinute)),
                  static_cast<long long>(frames / kFramesPerSecond % kSecondsPerMinute),
                  static_cast<long long>(frames % kFramesPerSecond));
    return text;
}

std::string cueSheetText(const CueAlbum& album) {
    std::string text;
    if (!album.catalog.empty())
        text += "CATALOG " + album.catalog + "\n";
    if (!album.performer.empty())
        text += "PERFORMER " + quoted(album.performer) + "\n";
    text += "TITLE " + quoted(album.title) + "\n";
    text += "FILE " + quoted(album.fileName) + " WAVE\n";
    for (const CueTrack& track : album.tracks) {
        char header[32];
        std::snprintf(header, sizeof header, "  TRACK %02d AUDIO\n", track.number);
        text += header;
        text += "    TITLE " + quoted(track.title) + "\n";
        if (!track.performer.empty())
            text += "    PERFORMER " + quoted(track.performer) + "\n";
        if (!track.isrc.empty())
            text += "    ISRC " + track.isrc + "\n";
        for (std::size_t index = 0; index < track.indexFrames.size(); ++index) {
            if (track.indexFrames[index] < 0)
                continue;
            char line[48];
            std::snprintf(line, sizeof line, "    INDEX %02zu %s\n", index,
                          cueTime(track.indexFrames[index]).c_str());
            text += line;
        }
    }
    return text;
}

}  // namespace lathe
