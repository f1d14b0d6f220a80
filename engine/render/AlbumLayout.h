#pragma once

#include "timeline/AlbumTimeline.h"
#include "timeline/CdTableOfContents.h"

#include <cstdint>
#include <vector>

namespace lathe {

// The render's view of the album timeline (AlbumTimeline), in samples at the album
// rate, with where each release file is cut.
//
// For a CD (`cd`: DDP is made) the indexes are also given in CD frames (sectors of 588
// samples) as the table of contents rounds them, the album stream is padded with
// silence to whole frames (the lead-out), and the per-track files are cut at the
// rounded index-1 positions, so that the tracks of the DDP image and the per-track
// files hold the same samples. Without a CD the files are cut at the exact samples
// (TrackPlacement's fileStart/fileEnd).
struct TrackLayout {
    std::int64_t sourceStart = 0;  // first frame of the (resampled) source used
    std::int64_t audioFrames = 0;
    std::int64_t index0 = 0;
    std::int64_t index1 = 0;               // audio start
    std::int64_t audioEnd = 0;             // one past the last audio sample
    std::vector<std::int64_t> indexMarks;  // indexes 2, 3, ... (absolute samples)
    std::int64_t fadeInFrames = 0;
    std::int64_t fadeOutFrames = 0;
    std::int64_t fileBegin = 0;  // per-track file range [fileBegin, fileEnd)
    std::int64_t fileEnd = 0;
    // CD frames (1/75 s), when laid out for a CD.
    std::int64_t index0Frame = 0;
    std::int64_t index1Frame = 0;
    std::vector<std::int64_t> indexMarkFrames;
    std::int64_t endFrame = 0;  // the next track's index 0, or the lead-out
};

struct AlbumLayout {
    static constexpr std::int64_t kCdFrameSamples = 588;
    static constexpr int kCdFramesPerSecond = 75;

    int sampleRate = 44100;
    bool cd = false;
    std::int64_t totalFrames = 0;  // album samples (padded to whole CD frames for a CD)
    std::vector<TrackLayout> tracks;
    CdTableOfContents toc;  // for a CD

    static AlbumLayout fromTimeline(const AlbumTimeline& timeline, bool cd);
};

}  // namespace lathe
