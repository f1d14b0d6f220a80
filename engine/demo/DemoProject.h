#pragma once

#include "demo/DemoSongs.h"
#include "project/Project.h"

#include <filesystem>
#include <vector>

namespace lathe::demo {

// The project that masters and sequences the four demo songs, whose mixes are
// `mixFiles` (album order, absolute): album metadata with a valid EAN, ISRCs, gaps,
// one crossfade, fades, a corrective EQ per track, and a master chain of EQ, gentle
// compression, stereo width and a -1 dBTP limiter, normalised as an album to -14 LUFS.
// Any other number of songs is an Internal error: the sequencing is planned per song.
Project buildDemoProject(const std::vector<SongDescription>& songs,
                         const std::vector<std::filesystem::path>& mixFiles);

}  // namespace lathe::demo
