#pragma once

#include "core/Cancellation.h"
#include "project/Project.h"
#include "render/AlbumLayout.h"

#include <filesystem>
#include <vector>

namespace lathe {

// Places the rendered tracks (TrackRenderer's files) on the album timeline and writes
// the album stream as a 32-bit float WAV of layout.totalFrames: each track faded in and
// out by its fades' curves, crossfaded tracks summed where they overlap, everything else
// (pregaps, the CD padding) exact zeros. Streams in blocks: memory stays fixed.
class AlbumMixer {
public:
    static constexpr std::size_t kBlockFrames = 16384;

    static void mix(const Project& project, const AlbumLayout& layout,
                    const std::vector<std::filesystem::path>& trackFiles,
                    const std::filesystem::path& output, const CancelFlag* cancel = nullptr);

    // The gain of a track's fades at `frame` of its audio.
    static double fadeGainAt(const Track& track, const TrackLayout& placed, std::int64_t frame);
};

}  // namespace lathe
