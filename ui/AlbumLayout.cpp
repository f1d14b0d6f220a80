#include "AlbumLayout.h"

#include "timeline/AlbumTimeline.h"

#include <algorithm>
#include <cmath>

namespace lathe::ui {

AlbumLayout AlbumLayout::compute(const Project& project, const SourceSeconds& sourceSeconds) {
    const int rate = project.album.sampleRate;
    std::vector<std::int64_t> sourceFrames;
    std::vector<bool> known;
    for (const Track& track : project.tracks) {
        const std::optional<double> seconds = sourceSeconds(track);
        known.push_back(seconds.has_value());
        // Until the source is read, a stand-in long enough for its trim keeps the layout ordered.
        const double standIn = std::max(kPlaceholderSeconds, track.trimEndSeconds.value_or(0.0));
        sourceFrames.push_back(AlbumTimeline::secondsToFrames(seconds.value_or(standIn), rate));
    }
    const AlbumTimeline timeline(project, sourceFrames);
    const auto toSeconds = [rate](std::int64_t frames) { return static_cast<double>(frames) / rate; };
    AlbumLayout layout;
    for (std::size_t i = 0; i < timeline.tracks().size(); ++i) {
        const lathe::TrackPlacement& placed = timeline.tracks()[i];
        TrackPlacement placement;
        placement.start = toSeconds(placed.index0);
        placement.audioStart = toSeconds(placed.index1);
        placement.audioEnd = toSeconds(placed.audioEnd);
        placement.lengthKnown = known[i];
        layout.tracks.push_back(placement);
    }
    layout.totalSeconds = toSeconds(timeline.totalFrames());
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
