#include "demo/Harmony.h"

#include <algorithm>
#include <array>

namespace lathe::demo {
namespace {

constexpr int kOctave = 12;
constexpr int kDegrees = 7;
constexpr std::array<int, kDegrees> kMajor{0, 2, 4, 5, 7, 9, 11};
constexpr std::array<int, kDegrees> kNaturalMinor{0, 2, 3, 5, 7, 8, 10};

int scaleNote(const SongDescription& song, int degree) {
    const auto& intervals = song.scale == Scale::Major ? kMajor : kNaturalMinor;
    return song.tonicMidi + intervals[static_cast<std::size_t>(degree % kDegrees)] +
           kOctave * (degree / kDegrees);
}

}  // namespace

std::vector<int> chordTones(const SongDescription& song, int degree) {
    std::vector<int> tones;
    const int stacked = song.sevenths ? 4 : 3;
    for (int third = 0; third < stacked; ++third)
        tones.push_back(scaleNote(song, degree + 2 * third));
    return tones;
}

int placeInOctave(int note, int lowestNote) {
    const int offset = ((note - lowestNote) % kOctave + kOctave) % kOctave;
    return lowestNote + offset;
}

std::vector<int> voiceInOctave(const std::vector<int>& tones, int lowestNote) {
    std::vector<int> voiced;
    for (int tone : tones)
        voiced.push_back(placeInOctave(tone, lowestNote));
    std::sort(voiced.begin(), voiced.end());
    // A semitone inside a close voicing (a major seventh's top against the root) turns
    // to mud under detuned saws: open it by lifting the lower note an octave.
    for (std::size_t i = 0; i + 1 < voiced.size(); ++i)
        if (voiced[i + 1] - voiced[i] == 1)
            voiced[i] += kOctave;
    std::sort(voiced.begin(), voiced.end());
    return voiced;
}

}  // namespace lathe::demo
