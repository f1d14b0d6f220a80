#include "demo/DemoProject.h"

#include "core/Error.h"

#include <iomanip>
#include <sstream>
#include <string>

namespace lathe::demo {
namespace {

constexpr const char* kAlbumTitle = "Night Drive Sessions";
constexpr const char* kGenre = "Electronic";
constexpr const char* kReleaseDate = "2026-12-04";
constexpr const char* kEan = "4260123456788";
constexpr const char* kIsrcStem = "DEZZZ26";  // country, registrant, year; then 5 digits
constexpr int kIsrcSerialDigits = 5;
constexpr double kAlbumTargetLufs = -14.0;

// How each song sits on the album. Red Book wants 2 s before track 1; the next two
// breathe a little; the quiet third song crossfades into the last one (its pregap 0,
// both sides faded over the overlap); the album fades in and out.
struct TrackPlan {
    double pregapSeconds;
    double crossfadeSeconds;
    Fade fadeIn;
    Fade fadeOut;
    double gainDb;      // the hot mix comes down before its chain
    double boxinessHz;  // where the track EQ's mid bell takes a little out
};

constexpr double kCrossfadeSeconds = 3.0;
constexpr Fade kNoFade{0.0, FadeCurve::EqualPower};
constexpr Fade kCrossfadeSide{kCrossfadeSeconds, FadeCurve::EqualPower};
constexpr Fade kAlbumFadeIn{1.5, FadeCurve::EqualPower};
constexpr Fade kAlbumFadeOut{4.0, FadeCurve::SCurve};
constexpr TrackPlan kTrackPlans[] = {
    {2.0, 0.0, kAlbumFadeIn, kNoFade, 0.0, 320.0},
    {1.5, 0.0, kNoFade, kNoFade, -3.0, 450.0},
    {2.0, 0.0, kNoFade, kCrossfadeSide, 0.0, 280.0},
    {0.0, kCrossfadeSeconds, kCrossfadeSide, kAlbumFadeOut, 0.0, 380.0},
};

std::string isrcFor(std::size_t index) {
    std::ostringstream isrc;
    isrc << kIsrcStem << std::setw(kIsrcSerialDigits) << std::setfill('0') << index + 1;
    return isrc.str();
}

EqBand band(EqShape shape, double freqHz, double gainDb, double q, Placement placement,
            int slopeDbPerOctave = 12) {
    EqBand result;
    result.shape = shape;
    result.freqHz = freqHz;
    result.gainDb = gainDb;
    result.q = q;
    result.placement = placement;
    result.slopeDbPerOctave = slopeDbPerOctave;
    return result;
}

// Per track: rumble out, a touch less boxiness in the middle, a little air on the sides.
Chain trackChain(double boxinessHz) {
    EqSettings eq;
    eq.bands = {band(EqShape::LowCut, 28.0, 0.0, 0.707, Placement::Stereo, 24),
                band(EqShape::Bell, boxinessHz, -1.5, 1.2, Placement::Mid),
                band(EqShape::HighShelf, 9000.0, 1.5, 0.707, Placement::Side)};
    return Chain{{Module{eq, true}}};
}

Chain masterChain() {
    EqSettings eq;
    eq.bands = {band(EqShape::LowShelf, 90.0, 0.8, 0.707, Placement::Mid),
                band(EqShape::Bell, 2800.0, -0.7, 0.9, Placement::Stereo),
                band(EqShape::HighShelf, 12000.0, 1.0, 0.707, Placement::Stereo)};
    CompressorSettings glue;
    glue.thresholdDb = -20.0;
    glue.ratio = 1.5;
    glue.attackMs = 30.0;
    glue.releaseMs = 250.0;
    glue.kneeDb = 8.0;
    glue.sidechainHighPassHz = 90.0;
    StereoSettings stereo;
    stereo.width = 1.1;
    stereo.monoBelowHz = 120.0;
    LimiterSettings limiter;
    limiter.ceilingDbtp = -1.0;
    limiter.releaseMs = 80.0;
    limiter.lookaheadMs = 2.0;
    return Chain{{Module{eq, true}, Module{glue, true}, Module{stereo, true}, Module{limiter, true}}};
}

Album album() {
    Album result;
    result.text.title = kAlbumTitle;
    result.text.performer = kDemoArtist;
    result.text.message = "The Lathe demo album, synthesised by lathe-cli demo";
    result.genre = kGenre;
    result.releaseDate = kReleaseDate;
    result.upcEan = kEan;
    result.sampleRate = kDemoSampleRate;
    result.loudness = {LoudnessMode::Album, kAlbumTargetLufs};
    return result;
}

}  // namespace

Project buildDemoProject(const std::vector<SongDescription>& songs,
                         const std::vector<std::filesystem::path>& mixFiles) {
    if (songs.size() != std::size(kTrackPlans) || mixFiles.size() != songs.size())
        throw Error(
            ErrorKind::Internal, "demo album",
            "the project is planned for exactly " + std::to_string(std::size(kTrackPlans)) + " songs");
    Project project;
    project.album = album();
    project.masterChain = masterChain();
    for (std::size_t i = 0; i < songs.size(); ++i) {
        const TrackPlan& plan = kTrackPlans[i];
        Track track;
        track.source = mixFiles[i];
        track.text.title = songs[i].title;
        track.text.performer = kDemoArtist;
        track.isrc = isrcFor(i);
        track.pregapSeconds = plan.pregapSeconds;
        track.crossfadeSeconds = plan.crossfadeSeconds;
        track.fadeIn = plan.fadeIn;
        track.fadeOut = plan.fadeOut;
        track.gainDb = plan.gainDb;
        track.chain = trackChain(plan.boxinessHz);
        project.tracks.push_back(track);
    }
    return project;
}

}  // namespace lathe::demo
