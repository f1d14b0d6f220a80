#pragma once

#include <string>

namespace lathe {

// File names of release masters: `NN Title.ext` per track, `Title.ext` for the album.
// Titles are free text, so what a file system or a plant's FTP server chokes on is
// replaced: '/', '\\', ':', '*', '?', '"', '<', '>', '|' and control characters become
// '_', leading dots and trailing dots/spaces go, and an empty result becomes
// "Untitled". UTF-8 beyond ASCII is kept.
std::string sanitiseFileName(const std::string& name);

// "03 Night Drive.wav" for track 3 ("03" below 100 tracks).
std::string trackFileName(int number, const std::string& title, const std::string& extension);

}  // namespace lathe
