#pragma once

#include "core/AudioBuffer.h"
#include "demo/DemoSongs.h"

#include <filesystem>

namespace lathe::demo {

// A song as the demo album ships it: played, then levelled to its MixLevel and target.
AudioBuffer renderDemoMix(const SongDescription& song);

// Renders the song and writes it atomically as a 44.1 kHz 24-bit stereo WAV, titled.
void writeDemoMix(const std::filesystem::path& file, const SongDescription& song);

}  // namespace lathe::demo
