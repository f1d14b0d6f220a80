#include "render/AlbumLayout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lathe {
namespace {

std::int64_t samplesOf(double seconds, int rate) {
    return static_cast<std::int64_t>(std::llround(seconds * rate));
}

std::int64_t nearestFrame(std::int64_t sample) {
    return (sample + AlbumLayout::kCdFrameSamples / 2) / AlbumLayout::kCdFrameSamples;
}

std::string trackPath(std::size_t index, const char* key) {
    return "tracks[" + std::to_string(index) + "]." + key;
}

std::string seconds(std::int64_t samples, int rate) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f s", static_cast<double>(samples) / rate);
    return text;
}

}  // namespace

TrimRange trimRange(const Track& track, std::int64_t sourceFrames, int sourceRate, int albumRate) {
    const std::int64_t available =
        sourceRate == albumRate
            ? sourceFrames
            : static_cast<std::int64_t>(std::llround(static_cast<double>(sourceFrames) * albumRate / sourceRate));
    TrimRange range;
    range.begin = std::clamp<std::int64_t>(samplesOf(track.trimStartSeconds, albumRate), 0, available);
    range.end = track.trimEndSeconds ? std::clamp<std::int64_t>(samplesOf(*track.trimEndSeconds, albumRate),
                                                                range.begin, available)
                                     : available;
    return range;
}

AlbumLayout layoutAlbum(const Project& project, const std::vector<std::int64_t>& trackFrames, bool cd) {
    AlbumLayout layout;
    layout.sampleRate = project.album.sampleRate;
    layout.cd = cd;
    const int rate = layout.sampleRate;
    std::int64_t position = 0;
    for (std::size_t i = 0; i < project.tracks.size(); ++i) {
        const Track& track = project.tracks[i];
        TrackLayout placed;
        if (i > 0 && track.crossfadeSeconds > 0.0) {
            const std::int64_t overlap = std::min(samplesOf(track.crossfadeSeconds, rate), position);
            placed.index0 = placed.index1 = position - overlap;
        } else {
            placed.index0 = position;
            placed.index1 = position + samplesOf(track.pregapSeconds, rate);
        }
        placed.audioEnd = placed.index1 + trackFrames[i];
        for (const double mark : track.indexMarksSeconds)
            placed.indexMarks.push_back(placed.index1 + samplesOf(mark, rate));
        position = std::max(position, placed.audioEnd);
        layout.tracks.push_back(std::move(placed));
    }
    layout.totalFrames = position;
    if (cd)
        layout.totalFrames = (position + AlbumLayout::kCdFrameSamples - 1) / AlbumLayout::kCdFrameSamples *
                             AlbumLayout::kCdFrameSamples;

    for (std::size_t i = 0; i < layout.tracks.size(); ++i) {
        TrackLayout& track = layout.tracks[i];
        if (cd) {
            track.index0Frame = nearestFrame(track.index0);
            track.index1Frame = nearestFrame(track.index1);
            for (const std::int64_t mark : track.indexMarks)
                track.indexMarkFrames.push_back(nearestFrame(mark));
        }
    }
    for (std::size_t i = 0; i < layout.tracks.size(); ++i) {
        TrackLayout& track = layout.tracks[i];
        const bool last = i + 1 == layout.tracks.size();
        if (cd) {
            track.endFrame = last ? layout.totalFrames / AlbumLayout::kCdFrameSamples
                                  : layout.tracks[i + 1].index0Frame;
            track.fileBegin = track.index1Frame * AlbumLayout::kCdFrameSamples;
            track.fileEnd = last ? layout.totalFrames
                                 : layout.tracks[i + 1].index1Frame * AlbumLayout::kCdFrameSamples;
        } else {
            track.fileBegin = track.index1;
            track.fileEnd = last ? layout.totalFrames : layout.tracks[i + 1].index1;
        }
    }
    return layout;
}

std::vector<ProjectProblem> checkLayout(const Project& project, const std::vector<std::int64_t>& trackFrames,
                                        const AlbumLayout& layout) {
    std::vector<ProjectProblem> problems;
    const int rate = layout.sampleRate;
    for (std::size_t i = 0; i < project.tracks.size(); ++i) {
        const Track& track = project.tracks[i];
        const std::int64_t frames = trackFrames[i];
        const std::int64_t fades = samplesOf(track.fadeIn.lengthSeconds, rate) + samplesOf(track.fadeOut.lengthSeconds, rate);
        if (fades > frames)
            problems.push_back({trackPath(i, "fade_in"), "the fades (" + seconds(fades, rate) +
                                                             ") are longer than the trimmed audio (" +
                                                             seconds(frames, rate) + ")"});
        if (i > 0 && track.crossfadeSeconds > 0.0) {
            const std::int64_t overlap = samplesOf(track.crossfadeSeconds, rate);
            if (overlap > frames || overlap > trackFrames[i - 1])
                problems.push_back({trackPath(i, "crossfade_s"),
                                    "the crossfade (" + seconds(overlap, rate) +
                                        ") is longer than this or the previous track's audio"});
        }
        if (frames == 0)
            problems.push_back({trackPath(i, "trim_start_s"), "nothing of the source is left after trimming"});
        for (std::size_t m = 0; m < layout.tracks[i].indexMarks.size(); ++m)
            if (layout.tracks[i].indexMarks[m] >= layout.tracks[i].audioEnd)
                problems.push_back({trackPath(i, "index_marks_s") + "[" + std::to_string(m) + "]",
                                    "lies after the track's audio ends"});
    }
    if (!layout.cd)
        return problems;
    const std::string why = " (export.ddp.enabled: a CD follows the Red Book)";
    for (std::size_t i = 0; i < layout.tracks.size(); ++i) {
        const TrackLayout& track = layout.tracks[i];
        const std::int64_t length = track.endFrame - track.index1Frame;
        if (length < AlbumLayout::kMinCdTrackFrames)
            problems.push_back({"tracks[" + std::to_string(i) + "]",
                                "is " + seconds(length * AlbumLayout::kCdFrameSamples, rate) +
                                    " long from index 1 to the next index 0, the minimum is 4 s" + why});
    }
    const std::int64_t totalFrames = layout.totalFrames / AlbumLayout::kCdFrameSamples;
    if (totalFrames > AlbumLayout::kMaxCdFrames)
        problems.push_back({"tracks", "the album is " + seconds(layout.totalFrames, rate) +
                                          " long, a CD holds at most 79:57 (4797 s)" + why});
    return problems;
}

}  // namespace lathe
