#pragma once

#include "project/Project.h"
#include "project/ProjectError.h"

#include <cstdint>
#include <vector>

namespace lathe {

// Where each track's audio, indexes and file range lie on the album timeline, in
// samples at the album rate (project-format.md, "The album timeline"):
// track n begins (index 0) where track n-1's audio ends, then its pregap of digital
// silence, then its audio (index 1); with a crossfade its audio overlaps the previous
// track's last crossfade_s and index 0 = index 1 = the overlap's start.
//
// For a CD (`cd`), every index is also given in CD frames (sectors of 588 samples at
// 44.1 kHz), rounded to the nearest, the album is padded with silence to whole frames,
// and per-track files are cut at the rounded index-1 positions, so that the tracks of
// the DDP image and the per-track files hold the same samples. Without a CD the files
// are cut at the exact samples.
//
// This is the render's own layout; the timeline module (engine/timeline, AlbumTimeline)
// will take its place when it lands, with the same rules.
struct TrackLayout {
    std::int64_t index0 = 0;       // track start (pregap start)
    std::int64_t index1 = 0;       // audio start
    std::int64_t audioEnd = 0;     // one past the last audio sample
    std::vector<std::int64_t> indexMarks;  // indexes 2, 3, ... (absolute samples)
    std::int64_t fileBegin = 0;    // per-track file range [fileBegin, fileEnd)
    std::int64_t fileEnd = 0;
    // CD frames (1/75 s), when laid out for a CD.
    std::int64_t index0Frame = 0;
    std::int64_t index1Frame = 0;
    std::vector<std::int64_t> indexMarkFrames;
    std::int64_t endFrame = 0;     // the next track's index 0, or the lead-out
};

struct AlbumLayout {
    static constexpr std::int64_t kCdFrameSamples = 588;
    static constexpr int kCdFramesPerSecond = 75;
    static constexpr std::int64_t kMinCdTrackFrames = 4 * kCdFramesPerSecond;
    static constexpr std::int64_t kMaxCdFrames = (79 * 60 + 57) * kCdFramesPerSecond;

    int sampleRate = 44100;
    bool cd = false;
    std::int64_t totalFrames = 0;  // album samples (padded to CD frames for a CD)
    std::vector<TrackLayout> tracks;
};

// The trimmed length (album-rate samples) of a track whose source has `sourceFrames`
// at `sourceRate`; the trim range in album samples goes to `begin`/`end`.
struct TrimRange {
    std::int64_t begin = 0;
    std::int64_t end = 0;
    std::int64_t frames() const { return end - begin; }
};
TrimRange trimRange(const Track& track, std::int64_t sourceFrames, int sourceRate, int albumRate);

// `trackFrames[i]`: track i's trimmed length in album samples.
AlbumLayout layoutAlbum(const Project& project, const std::vector<std::int64_t>& trackFrames, bool cd);

// The rules that need the tracks' lengths: fades and crossfades inside the audio, and
// for a CD each track >= 4 s from index 1 to the next index 0 and the album <= 79:57.
std::vector<ProjectProblem> checkLayout(const Project& project,
                                        const std::vector<std::int64_t>& trackFrames,
                                        const AlbumLayout& layout);

}  // namespace lathe
