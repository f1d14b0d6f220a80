#pragma once

#include "project/Project.h"

#include <cstdint>
#include <string>
#include <vector>

// Albums for the timeline and DDP tests, built in code.
namespace lathe::test {

inline constexpr int kCdRate = 44100;

inline std::int64_t cdSeconds(double seconds) {
    return static_cast<std::int64_t>(seconds * kCdRate);
}

inline Track plainTrack(const std::string& title, double pregapSeconds) {
    Track track;
    track.source = "/mixes/" + title + ".wav";
    track.text.title = title;
    track.pregapSeconds = pregapSeconds;
    track.fadeIn = {0.0, FadeCurve::Linear};
    track.fadeOut = {0.0, FadeCurve::Linear};
    return track;
}

inline Project albumOf(std::vector<Track> tracks) {
    Project project;
    project.album.sampleRate = kCdRate;
    project.tracks = std::move(tracks);
    return project;
}

// Three tracks with everything the layout knows: a trimmed first track with an index
// mark, a gap, a crossfade. Positions fall on half CD frames so rounding shows.
//   track 1: source 10 s, trimmed to 1..9 s, pregap 2 s, index 2 at 2.5 s
//   track 2: source 6 s, pregap 1.5 s, fades 0.5 s in and 1 s out
//   track 3: source 5 s, crossfades 1 s into track 2
inline Project threeTrackAlbum() {
    Track first = plainTrack("One", 2.0);
    first.trimStartSeconds = 1.0;
    first.trimEndSeconds = 9.0;
    first.indexMarksSeconds = {2.5};
    Track second = plainTrack("Two", 1.5);
    second.fadeIn = {0.5, FadeCurve::EqualPower};
    second.fadeOut = {1.0, FadeCurve::EqualPower};
    Track third = plainTrack("Three", 0.0);
    third.crossfadeSeconds = 1.0;
    third.fadeIn = {1.0, FadeCurve::EqualPower};
    return albumOf({first, second, third});
}

inline const std::vector<std::int64_t> kThreeTrackSources{cdSeconds(10), cdSeconds(6), cdSeconds(5)};

}  // namespace lathe::test
