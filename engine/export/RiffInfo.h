#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace lathe {

// Items of a WAV file's RIFF `LIST/INFO` chunk that libsndfile's string API does not
// cover. The release export uses it for the ISRC: libsndfile has no ISRC string, and
// the INFO item `ISRC` is where WaveLab, Sound Forge and ffmpeg (which shows unknown
// INFO items under their four-character id) put and look for it.
//
// addRiffInfoItem appends the item to the file's LIST/INFO chunk when that chunk is the
// last in the file (where libsndfile puts strings set after the audio), else appends a
// new LIST/INFO chunk; the RIFF and LIST sizes are patched. Throws a WriteFailed Error
// naming the file when it cannot, a BadInput Error when it is no RIFF/WAVE file.
void addRiffInfoItem(const std::filesystem::path& wavFile, const std::string& id, const std::string& value);

// The item's text (without the terminating NUL), nullopt when the file has none.
std::optional<std::string> readRiffInfoItem(const std::filesystem::path& wavFile, const std::string& id);

}  // namespace lathe
