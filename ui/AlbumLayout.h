#pragma once

#include "project/Project.h"
#include "timeline/CdFrames.h"

#include <functional>
#include <optional>
#include <vector>

namespace lathe::ui {

// Where one track sits on the album's time axis, in album seconds.
struct TrackPlacement {
    double start = 0.0;       // CD index 0: where the gap before the audio begins
    double audioStart = 0.0;  // CD index 1
    double audioEnd = 0.0;
    bool lengthKnown = false;  // false until the source has been read
    double length() const { return audioEnd - audioStart; }
};

// The engine's sample-accurate AlbumTimeline in seconds, for drawing and hit-testing;
// sources not read yet stand in with a placeholder length.
struct AlbumLayout {
    // Shown for a source whose length is not known yet.
    static constexpr double kPlaceholderSeconds = 30.0;
    static constexpr double kCdFramesPerSecond = CdFrames::kFramesPerSecond;

    std::vector<TrackPlacement> tracks;
    double totalSeconds = 0.0;

    using SourceSeconds = std::function<std::optional<double>(const Track&)>;
    static AlbumLayout compute(const Project& project, const SourceSeconds& sourceSeconds);

    // The track whose audio (or gap before it) contains `seconds`, or -1.
    int trackAt(double seconds) const;
};

// Rounds to the nearest CD frame (1/75 s).
double snapToCdFrame(double seconds);

}  // namespace lathe::ui
