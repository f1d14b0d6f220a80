#include "render/AlbumLayout.h"

namespace lathe {

AlbumLayout AlbumLayout::fromTimeline(const AlbumTimeline& timeline, bool cd) {
    AlbumLayout layout;
    layout.sampleRate = timeline.sampleRate();
    layout.cd = cd;
    layout.totalFrames = timeline.totalFrames();
    if (cd) {
        layout.toc = timeline.cdTableOfContents();
        layout.totalFrames = layout.toc.leadOut * kCdFrameSamples;
    }
    const auto& placements = timeline.tracks();
    for (std::size_t i = 0; i < placements.size(); ++i) {
        const TrackPlacement& placed = placements[i];
        TrackLayout track;
        track.sourceStart = placed.sourceStart;
        track.audioFrames = placed.audioFrames;
        track.index0 = placed.index0;
        track.index1 = placed.index1;
        track.audioEnd = placed.audioEnd;
        track.indexMarks = placed.extraIndexes;
        track.fadeInFrames = placed.fadeInFrames;
        track.fadeOutFrames = placed.fadeOutFrames;
        track.fileBegin = placed.fileStart;
        track.fileEnd = placed.fileEnd;
        if (cd) {
            const CdTrackEntry& entry = layout.toc.tracks[i];
            const bool last = i + 1 == placements.size();
            track.index0Frame = entry.index0;
            track.index1Frame = entry.index1;
            track.indexMarkFrames = entry.extraIndexes;
            track.endFrame = entry.end;
            track.fileBegin = entry.index1 * kCdFrameSamples;
            track.fileEnd = last ? layout.totalFrames : layout.toc.tracks[i + 1].index1 * kCdFrameSamples;
        }
        layout.tracks.push_back(std::move(track));
    }
    return layout;
}

}  // namespace lathe
