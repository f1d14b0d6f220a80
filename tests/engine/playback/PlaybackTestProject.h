#pragma once

#include "project/Project.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <cmath>
#include <string>

namespace lathe::test {

inline constexpr int kTestRate = 44100;

// A short album of synthesised tracks in `dir`: track 1 a 440 Hz sine, track 2 noise,
// each `seconds` long, with a pregap, fades, an EQ and compressor on track 1 and a
// limiter on the master: every kind of node the live graph has.
inline Project makeTestAlbum(const TempDir& dir, double seconds = 2.0, double pregap = 0.1) {
    writeAudioFile(dir / "one.wav", sine(440.0, 0.5, seconds, kTestRate), kTestRate, SampleFormat::Float32);
    writeAudioFile(dir / "two.wav", whiteNoise(0.3, seconds, kTestRate, 2, 7), kTestRate, SampleFormat::Float32);
    Project project;
    project.album.sampleRate = kTestRate;
    Track one;
    one.source = dir / "one.wav";
    one.pregapSeconds = pregap;
    one.fadeIn = {0.05, FadeCurve::EqualPower};
    one.fadeOut = {0.2, FadeCurve::Linear};
    EqSettings eq;
    eq.bands.push_back({EqShape::Bell, 1000.0, 3.0, 1.0, 12, Placement::Stereo, true});
    one.chain.modules.push_back({eq, true});
    one.chain.modules.push_back({CompressorSettings{}, true});
    Track two;
    two.source = dir / "two.wav";
    two.pregapSeconds = pregap;
    two.gainDb = -3.0;
    project.tracks = {one, two};
    project.masterChain.modules.push_back({LimiterSettings{}, true});
    return project;
}

// A one-track album of a plain sine, nothing in any chain.
inline Project makeSineAlbum(const TempDir& dir, double seconds, double amplitude = 0.5,
                             double frequency = 440.0) {
    writeAudioFile(dir / "sine.wav", sine(frequency, amplitude, seconds, kTestRate), kTestRate, SampleFormat::Float32);
    Project project;
    project.album.sampleRate = kTestRate;
    Track track;
    track.source = dir / "sine.wav";
    track.pregapSeconds = 0.0;
    project.tracks = {track};
    return project;
}

// The largest |x[n] - x[n-1]| of either channel.
inline float largestStep(const AudioBuffer& audio) {
    float largest = 0.0f;
    for (std::size_t c = 0; c < audio.channelCount(); ++c)
        for (std::size_t i = 1; i < audio.frameCount(); ++i)
            largest = std::max(largest, std::abs(audio.channel(c)[i] - audio.channel(c)[i - 1]));
    return largest;
}

}  // namespace lathe::test
