#include "timeline/TimelineValidator.h"

#include "project/JsonPath.h"
#include "project/ProjectValidator.h"
#include "timeline/AlbumTimeline.h"
#include "timeline/CdFrames.h"

#include <cstdio>

namespace lathe {
namespace {

constexpr double kMinTrackSeconds = 4.0;
const char* const kRedBook = " (export.ddp.enabled: a CD follows the Red Book)";

// Durations in messages: "3.25 s", to the millisecond, without trailing zeros.
std::string secondsText(std::int64_t frames, int sampleRate) {
    char text[48];
    std::snprintf(text, sizeof text, "%.3f", static_cast<double>(frames) / sampleRate);
    std::string result(text);
    while (result.back() == '0')
        result.pop_back();
    if (result.back() == '.')
        result.pop_back();
    return result + " s";
}

std::string clockText(std::int64_t frames, int sampleRate) {
    return CdFrames::format(CdFrames::toMsf(frames * CdFrames::kFramesPerSecond / std::max(sampleRate, 1)));
}

class TimelineChecks {
public:
    TimelineChecks(const Project& project, std::span<const std::int64_t> sourceFrames)
        : m_project(project),
          m_sources(sourceFrames),
          m_timeline(project, sourceFrames),
          m_rate(project.album.sampleRate) {}

    std::vector<ProjectProblem> run() {
        for (std::size_t i = 0; i < m_project.tracks.size(); ++i) {
            const std::string path = jsonpath::element("tracks", i);
            checkTrim(i, path);
            checkFades(i, path);
            checkCrossfade(i, path);
            checkIndexMarks(i, path);
            if (m_project.exports.ddp.enabled)
                checkTrackLength(i, path);
        }
        if (m_project.exports.ddp.enabled)
            checkAlbumLength();
        return std::move(m_problems);
    }

private:
    std::int64_t frames(double seconds) const { return AlbumTimeline::secondsToFrames(seconds, m_rate); }
    std::string seconds(std::int64_t count) const { return secondsText(count, m_rate); }
    void add(std::string path, std::string message) {
        m_problems.push_back({std::move(path), std::move(message)});
    }

    void checkTrim(std::size_t i, const std::string& path) {
        const Track& track = m_project.tracks[i];
        const std::int64_t length = m_sources[i];
        if (frames(track.trimStartSeconds) >= length)
            add(jsonpath::member(path, "trim_start_s"),
                "must be before the end of the source (" + seconds(length) + ")");
        else if (track.trimEndSeconds && frames(*track.trimEndSeconds) > length)
            add(jsonpath::member(path, "trim_end_s"),
                "is after the end of the source (" + seconds(length) + ")");
    }

    void checkFades(std::size_t i, const std::string& path) {
        const Track& track = m_project.tracks[i];
        const std::int64_t audio = m_timeline.tracks()[i].audioFrames;
        const std::int64_t in = frames(track.fadeIn.lengthSeconds);
        const std::int64_t out = frames(track.fadeOut.lengthSeconds);
        const std::string trimmed = "the trimmed audio (" + seconds(audio) + ")";
        if (in > audio)
            add(jsonpath::member(jsonpath::member(path, "fade_in"), "length_s"), "is longer than " + trimmed);
        if (out > audio)
            add(jsonpath::member(jsonpath::member(path, "fade_out"), "length_s"),
                "is longer than " + trimmed);
        else if (in <= audio && in + out > audio)
            add(jsonpath::member(jsonpath::member(path, "fade_out"), "length_s"),
                "overlaps the fade-in: together they are longer than " + trimmed);
    }

    void checkCrossfade(std::size_t i, const std::string& path) {
        const Track& track = m_project.tracks[i];
        if (i == 0 || track.crossfadeSeconds <= 0.0)
            return;  // a first-track crossfade is validateProject's problem
        const std::int64_t overlap = frames(track.crossfadeSeconds);
        const std::string crossfadePath = jsonpath::member(path, "crossfade_s");
        const std::int64_t audio = m_timeline.tracks()[i].audioFrames;
        const std::int64_t previousAudio = m_timeline.tracks()[i - 1].audioFrames;
        if (overlap > audio)
            add(crossfadePath, "is longer than this track's trimmed audio (" + seconds(audio) + ")");
        if (overlap > previousAudio)
            add(crossfadePath,
                "is longer than the previous track's trimmed audio (" + seconds(previousAudio) + ")");
    }

    // Where track i ends on the CD: the next track's index 0, or the album's end.
    std::int64_t trackEnd(std::size_t i) const {
        const auto& tracks = m_timeline.tracks();
        return i + 1 < tracks.size() ? tracks[i + 1].index0 : m_timeline.totalFrames();
    }

    void checkIndexMarks(std::size_t i, const std::string& path) {
        const TrackPlacement& placement = m_timeline.tracks()[i];
        const std::string marksPath = jsonpath::member(path, "index_marks_s");
        for (std::size_t k = 0; k < placement.extraIndexes.size(); ++k)
            if (placement.extraIndexes[k] >= trackEnd(i))
                add(jsonpath::element(marksPath, k), "is not inside the track, which ends " +
                                                         seconds(trackEnd(i) - placement.index1) +
                                                         " after index 1");
    }

    void checkTrackLength(std::size_t i, const std::string& path) {
        const std::int64_t length = trackEnd(i) - m_timeline.tracks()[i].index1;
        if (length < frames(kMinTrackSeconds))
            add(path, "is " + seconds(length) +
                          " long from index 1 to the next track's index 0; a CD track needs at least " +
                          seconds(frames(kMinTrackSeconds)) + kRedBook);
    }

    void checkAlbumLength() {
        const std::int64_t total = m_timeline.totalFrames();
        const std::int64_t limit = CdFrames::kMaxProgramFrames * m_rate / CdFrames::kFramesPerSecond;
        if (total > limit)
            add("tracks", "the album is " + clockText(total, m_rate) + " long; a CD holds at most " +
                              CdFrames::format(CdFrames::toMsf(CdFrames::kMaxProgramFrames)) + kRedBook);
    }

    const Project& m_project;
    std::span<const std::int64_t> m_sources;
    AlbumTimeline m_timeline;
    int m_rate;
    std::vector<ProjectProblem> m_problems;
};

}  // namespace

std::vector<ProjectProblem> validateAlbumTimeline(const Project& project,
                                                  std::span<const std::int64_t> sourceFrames) {
    return TimelineChecks(project, sourceFrames).run();
}

std::vector<ProjectProblem> validateAlbum(const Project& project,
                                          std::span<const std::int64_t> sourceFrames) {
    std::vector<ProjectProblem> problems = validateProject(project, ValidationStage::Export);
    std::vector<ProjectProblem> timeline = validateAlbumTimeline(project, sourceFrames);
    problems.insert(problems.end(), timeline.begin(), timeline.end());
    return problems;
}

}  // namespace lathe
