#pragma once

#include "project/Project.h"
#include "timeline/CdTableOfContents.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lathe {

// Where one track sits on the album, in sample frames at the album's rate from the
// album's first sample (project-format.md, "The album timeline").
struct TrackPlacement {
    std::int64_t sourceStart = 0;            // first frame of the source used (trim_start_s)
    std::int64_t audioFrames = 0;            // length of the trimmed audio
    std::int64_t index0 = 0;                 // the track begins: start of its pregap
    std::int64_t index1 = 0;                 // its audio begins
    std::vector<std::int64_t> extraIndexes;  // index 2, 3, ... (index_marks_s)
    std::int64_t audioEnd = 0;               // one past its last audio frame
    std::int64_t crossfadeFrames = 0;        // its audio overlaps the previous track's last frames
    std::int64_t fadeInFrames = 0;
    std::int64_t fadeOutFrames = 0;
    // The per-track file (WAV, MP3): index 1 to the next track's index 1; the last
    // track runs to the album's end. Played one after another they are the album.
    std::int64_t fileStart = 0;
    std::int64_t fileEnd = 0;
    bool operator==(const TrackPlacement&) const = default;
};

// The sample-accurate layout of an album: each track's pregap, audio, indexes and
// crossfade, from the project and the length of each source (frames at the album's
// rate, before trimming). Lengths that break the rules (a crossfade longer than the
// audio, a trim past the end) are clamped so the layout stays ordered;
// validateAlbumTimeline() reports them.
class AlbumTimeline {
public:
    AlbumTimeline(const Project& project, std::span<const std::int64_t> sourceFrames);

    int sampleRate() const noexcept { return m_sampleRate; }
    const std::vector<TrackPlacement>& tracks() const noexcept { return m_tracks; }
    // The album's length: the end of the last audio.
    std::int64_t totalFrames() const noexcept { return m_totalFrames; }

    // The CD's view: every index rounded to the nearest CD frame, the lead-out at the
    // album's end padded to a whole frame. Only for 44.1 kHz albums (an Internal error
    // otherwise: validateAlbum() reports the rate first).
    CdTableOfContents cdTableOfContents() const;

    static std::int64_t secondsToFrames(double seconds, int sampleRate);

private:
    int m_sampleRate;
    std::vector<TrackPlacement> m_tracks;
    std::int64_t m_totalFrames = 0;
};

}  // namespace lathe
