#include "timeline/AlbumTimeline.h"

#include "core/Error.h"
#include "timeline/CdFrames.h"

#include <algorithm>
#include <cmath>

namespace lathe {

std::int64_t AlbumTimeline::secondsToFrames(double seconds, int sampleRate) {
    if (!std::isfinite(seconds) || seconds <= 0.0)
        return 0;
    return std::llround(seconds * sampleRate);
}

AlbumTimeline::AlbumTimeline(const Project& project, std::span<const std::int64_t> sourceFrames)
    : m_sampleRate(project.album.sampleRate) {
    if (sourceFrames.size() != project.tracks.size())
        throw Error(ErrorKind::Internal, "album timeline",
                    "expected " + std::to_string(project.tracks.size()) + " source lengths, got " +
                        std::to_string(sourceFrames.size()));
    const auto frames = [this](double seconds) { return secondsToFrames(seconds, m_sampleRate); };

    m_tracks.reserve(project.tracks.size());
    for (std::size_t i = 0; i < project.tracks.size(); ++i) {
        const Track& track = project.tracks[i];
        const TrackPlacement* previous = i > 0 ? &m_tracks[i - 1] : nullptr;
        const std::int64_t length = std::max<std::int64_t>(sourceFrames[i], 0);
        TrackPlacement placement;
        placement.sourceStart = std::min(frames(track.trimStartSeconds), length);
        const std::int64_t sourceEnd =
            track.trimEndSeconds ? std::clamp(frames(*track.trimEndSeconds), placement.sourceStart, length)
                                 : length;
        placement.audioFrames = sourceEnd - placement.sourceStart;
        placement.fadeInFrames = std::min(frames(track.fadeIn.lengthSeconds), placement.audioFrames);
        placement.fadeOutFrames = std::min(frames(track.fadeOut.lengthSeconds), placement.audioFrames);

        if (previous == nullptr) {
            placement.index0 = 0;
            placement.index1 = frames(track.pregapSeconds);
        } else if (track.crossfadeSeconds > 0.0) {
            placement.crossfadeFrames =
                std::min({frames(track.crossfadeSeconds), previous->audioFrames, placement.audioFrames});
            placement.index1 = previous->audioEnd - placement.crossfadeFrames;
            placement.index0 = placement.index1;
        } else {
            placement.index0 = previous->audioEnd;
            placement.index1 = placement.index0 + frames(track.pregapSeconds);
        }
        placement.audioEnd = placement.index1 + placement.audioFrames;
        for (double mark : track.indexMarksSeconds)
            placement.extraIndexes.push_back(placement.index1 + frames(mark));
        m_tracks.push_back(std::move(placement));
    }

    for (const TrackPlacement& placement : m_tracks)
        m_totalFrames = std::max(m_totalFrames, placement.audioEnd);
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        m_tracks[i].fileStart = m_tracks[i].index1;
        m_tracks[i].fileEnd = i + 1 < m_tracks.size() ? m_tracks[i + 1].index1 : m_totalFrames;
    }
}

CdTableOfContents AlbumTimeline::cdTableOfContents() const {
    if (m_sampleRate != CdFrames::kSampleRate)
        throw Error(ErrorKind::Internal, "album timeline",
                    "a CD needs 44100 Hz, the album is at " + std::to_string(m_sampleRate) + " Hz");
    CdTableOfContents toc;
    toc.leadOut = CdFrames::framesCovering(m_totalFrames);
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        const TrackPlacement& placement = m_tracks[i];
        CdTrackEntry entry;
        entry.number = static_cast<int>(i + 1);
        entry.index0 = CdFrames::nearestFrame(placement.index0);
        entry.index1 = CdFrames::nearestFrame(placement.index1);
        for (std::int64_t index : placement.extraIndexes)
            entry.extraIndexes.push_back(CdFrames::nearestFrame(index));
        toc.tracks.push_back(std::move(entry));
    }
    for (std::size_t i = 0; i < toc.tracks.size(); ++i)
        toc.tracks[i].end = i + 1 < toc.tracks.size() ? toc.tracks[i + 1].index0 : toc.leadOut;
    return toc;
}

}  // namespace lathe
