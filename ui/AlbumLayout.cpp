#include "AlbumLayout.h"

#include <algorithm>
#include <cmath>

namespace lathe::ui {

AlbumLayout AlbumLayout::compute(const Project& project, const SourceSeconds& sourceSeconds) {
    AlbumLayout layout;
    double previousEnd = 0.0;
    for (std::size_t i = 0; i < project.tracks.size(); ++i) {
        const Track& track = project.tracks[i];
        TrackPlacement placement;
        const std::optional<double> sourceLength = sourceSeconds(track);
        const std::optional<double> end = track.trimEndSeconds ? track.trimEndSeconds : sourceLength;
        placement.lengthKnown = end.has_value();
        const double length = std::max(0.0, end.value_or(kPlaceholderSeconds) - track.trimStartSeconds);
        if (i > 0 && track.crossfadeSeconds > 0.0) {
            placement.audioStart = std::max(0.0, previousEnd - track.crossfadeSeconds);
            placement.start = placement.audioStart;
        } else {
            placement.start = previousEnd;
            placement.audioStart = previousEnd + track.pregapSeconds;
        }
        placement.audioEnd = placement.audioStart + length;
        previousEnd = placement.audioEnd;
        layout.tracks.push_back(placement);
    }
    layout.totalSeconds = previousEnd;
    return layout;
}

int AlbumLayout::trackAt(double seconds) const {
    // Later tracks win in a crossfade: their start is what a drag there moves.
    for (int i = static_cast<int>(tracks.size()) - 1; i >= 0; --i) {
        const auto& placement = tracks[static_cast<std::size_t>(i)];
        if (seconds >= placement.start && seconds < placement.audioEnd)
            return i;
    }
    return -1;
}

double snapToCdFrame(double seconds) {
    return std::round(seconds * AlbumLayout::kCdFramesPerSecond) / AlbumLayout::kCdFramesPerSecond;
}

}  // namespace lathe::ui
