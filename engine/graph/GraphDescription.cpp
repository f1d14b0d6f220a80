#include "graph/GraphDescription.h"

#include "io/AudioFileReader.h"

#include <algorithm>
#include <cmath>

namespace lathe {

namespace {

std::int64_t framesOf(double seconds, int sampleRate) {
    return static_cast<std::int64_t>(std::llround(seconds * sampleRate));
}

double sourceSeconds(const std::filesystem::path& path) {
    const AudioFileReader reader(path);
    return reader.info().durationSeconds();
}

}  // namespace

std::vector<SourceSegment> GraphDescription::layout() const {
    std::vector<SourceSegment> segments;
    segments.reserve(tracks.size());
    for (const TrackNode& track : tracks)
        segments.push_back(track.source);
    return segments;
}

// A minimal placement of the timeline rules; AlbumTimeline (engine/timeline) is the
// authority once it lands, and this function should then ask it instead.
GraphDescription describeProject(const Project& project, int sampleRate) {
    GraphDescription graph;
    graph.sampleRate = sampleRate > 0 ? sampleRate : project.album.sampleRate;
    graph.masterChain = project.masterChain;
    std::int64_t previousEnd = 0;
    for (std::size_t index = 0; index < project.tracks.size(); ++index) {
        const Track& track = project.tracks[index];
        const double end = track.trimEndSeconds.value_or(sourceSeconds(track.source));
        TrackNode node;
        node.source.path = track.source;
        node.source.trimStartSeconds = track.trimStartSeconds;
        node.source.lengthFrames =
            std::max<std::int64_t>(0, framesOf(end - track.trimStartSeconds, graph.sampleRate));
        const bool crossfades = index > 0 && track.crossfadeSeconds > 0.0;
        node.source.startFrame =
            crossfades ? std::max<std::int64_t>(0, previousEnd - framesOf(track.crossfadeSeconds, graph.sampleRate))
                       : previousEnd + framesOf(track.pregapSeconds, graph.sampleRate);
        node.gainDb = track.gainDb;
        node.chain = track.chain;
        node.fadeIn = track.fadeIn;
        node.fadeOut = track.fadeOut;
        previousEnd = node.source.startFrame + node.source.lengthFrames;
        graph.lengthFrames = std::max(graph.lengthFrames, previousEnd);
        graph.tracks.push_back(std::move(node));
    }
    return graph;
}

Project singleFileProject(const std::filesystem::path& file) {
    const AudioFileReader reader(file);
    Project project;
    project.album.sampleRate = reader.info().sampleRate;
    Track track;
    track.source = file;
    track.pregapSeconds = 0.0;
    project.tracks.push_back(std::move(track));
    return project;
}

}  // namespace lathe
