#pragma once

#include "project/ModuleSettings.h"
#include "project/Project.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace lathe {

// One track's source segment on the album timeline, in frames at the album rate.
struct SourceSegment {
    std::filesystem::path path;
    double trimStartSeconds = 0.0;
    std::int64_t startFrame = 0;    // album frame where the trimmed audio begins (index 1)
    std::int64_t lengthFrames = 0;  // trimmed audio, resampled to the album rate
    bool operator==(const SourceSegment&) const = default;
};

// A fade of a track's audio, its length in frames (clamped to the audio by the timeline).
struct FadeNode {
    FadeCurve curve = FadeCurve::Linear;
    std::int64_t frames = 0;
    bool operator==(const FadeNode&) const = default;
};

// The per-track node chain: source → trim/gain → track chain → fades.
struct TrackNode {
    SourceSegment source;
    double gainDb = 0.0;
    Chain chain;
    FadeNode fadeIn;
    FadeNode fadeOut;
    bool operator==(const TrackNode&) const = default;
};

// What the live graph is made of (architecture.md, "The lock-free graph", step 1): per
// track source → trim/gain → chain → fades, placed on the album timeline and summed by
// the timeline mixer (the mix, monitor source A), then the master chain (the master,
// monitor source B). The monitor section's switches (A/B/delta, dim, mono) are run-time
// state of the Monitor, not topology. Plain data, built off the audio thread.
struct GraphDescription {
    int sampleRate = 44100;
    std::vector<TrackNode> tracks;
    Chain masterChain;
    std::int64_t lengthFrames = 0;  // the album's end

    // The layout the disk streamer follows: sources and their places. When it differs,
    // a new plan cannot take over from the old one mid-play (the streamer restarts).
    std::vector<SourceSegment> layout() const;
    bool operator==(const GraphDescription&) const = default;
};

// The project's graph at `sampleRate` (0: the album's rate; the live engine runs at the
// device's rate and the streamer resamples the sources to it). Places and fade lengths
// come from the AlbumTimeline at the album's rate (scaled to `sampleRate` when it
// differs), from source lengths read in the files' headers (a BadInput Error names a
// file that cannot be opened).
GraphDescription describeProject(const Project& project, int sampleRate = 0);

// A project that plays one file as it is: the file's rate, one track without pregap,
// chains or fades.
Project singleFileProject(const std::filesystem::path& file);

}  // namespace lathe
