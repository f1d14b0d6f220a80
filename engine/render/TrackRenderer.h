#pragma once

#include "core/Cancellation.h"
#include "project/Project.h"
#include "render/AlbumLayout.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace lathe {

// The first part of a track's signal path (project-format.md): source → resample to
// the album rate → trim → gain_db → track chain (latency-compensated, by ChainRenderer),
// written as a 32-bit float WAV at the album rate, two channels (a mono source is
// spread to both). Fades are applied where the track is placed on the timeline.
//
// With `targetLufs` (loudness mode `track`) the chain's loudness targeting brings the
// track there: the gain goes in front of the track chain's last limiter (at its end
// when it has none), refined to within ±0.1 LU of the track chain's output.
class TrackRenderer {
public:
    static constexpr std::size_t kChannels = 2;

    struct Report {
        std::int64_t frames = 0;
        double loudnessGainDb = 0.0;
        std::optional<double> measuredLufs;
    };

    // `placed`: where the trimmed audio lies in the source (album-rate frames).
    static Report render(const Track& track, const TrackLayout& placed, int albumRate,
                         std::optional<double> targetLufs, const std::filesystem::path& workDir,
                         const std::filesystem::path& output, const CancelFlag* cancel = nullptr);
};

}  // namespace lathe
