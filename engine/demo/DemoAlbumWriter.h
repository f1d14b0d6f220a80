#pragma once

#include <filesystem>
#include <vector>

namespace lathe::demo {

// What writeDemoAlbum() wrote.
struct DemoAlbumFiles {
    std::filesystem::path project;             // DIR/demo.lathe
    std::vector<std::filesystem::path> mixes;  // DIR/mixes/NN Title.wav, album order
};

// Writes the demo album into `directory` (created if needed): each song as a 44.1 kHz
// 24-bit stereo WAV under `mixes/`, and `demo.lathe` referring to them relatively.
// Every file is written atomically; the same files, byte for byte, on every run.
// Throws a WriteFailed Error naming the path when something cannot be written.
DemoAlbumFiles writeDemoAlbum(const std::filesystem::path& directory);

}  // namespace lathe::demo
