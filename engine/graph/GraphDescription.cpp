#include "graph/GraphDescription.h"

#include "io/AudioFileReader.h"
#include "io/Resampler.h"
#include "timeline/AlbumTimeline.h"

#include <algorithm>
#include <cmath>

namespace lathe {

namespace {

// A source's length at the album's rate, as the resampler makes it.
std::int64_t albumFramesOf(const std::filesystem::path& path, int albumRate) {
    const AudioFileReader reader(path);
    const AudioFileInfo& info = reader.info();
    return static_cast<std::int64_t>(Resampler::outputFramesFor(static_cast<std::size_t>(info.frames), info.sampleRate, albumRate));
}

}  // namespace

std::vector<SourceSegment> GraphDescription::layout() const {
    std::vector<SourceSegment> segments;
    segments.reserve(tracks.size());
    for (const TrackNode& track : tracks)
        segments.push_back(track.source);
    return segments;
}

GraphDescription describeProject(const Project& project, int sampleRate) {
    const int albumRate = project.album.sampleRate;
    std::vector<std::int64_t> sourceFrames;
    for (const Track& track : project.tracks)
        sourceFrames.push_back(albumFramesOf(track.source, albumRate));
    const AlbumTimeline timeline(project, sourceFrames);

    GraphDescription graph;
    graph.sampleRate = sampleRate > 0 ? sampleRate : albumRate;
    const auto scaled = [&](std::int64_t frames) {
        return graph.sampleRate == albumRate ? frames
                                             : std::llround(static_cast<double>(frames) * graph.sampleRate / albumRate);
    };
    graph.masterChain = project.masterChain;
    graph.lengthFrames = scaled(timeline.totalFrames());
    for (std::size_t index = 0; index < project.tracks.size(); ++index) {
        const Track& track = project.tracks[index];
        const TrackPlacement& placement = timeline.tracks()[index];
        TrackNode node;
        node.source.path = track.source;
        node.source.trimStartSeconds = static_cast<double>(placement.sourceStart) / albumRate;
        node.source.startFrame = scaled(placement.index1);
        node.source.lengthFrames = scaled(placement.audioFrames);
        node.gainDb = track.gainDb;
        node.chain = track.chain;
        node.fadeIn = {track.fadeIn.curve, scaled(placement.fadeInFrames)};
        node.fadeOut = {track.fadeOut.curve, scaled(placement.fadeOutFrames)};
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
