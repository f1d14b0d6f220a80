#include "demo/SynthVoices.h"

#include "demo/Envelope.h"
#include "demo/Oscillators.h"
#include "demo/SynthFilter.h"

#include <cmath>
#include <cstddef>

namespace lathe::demo {
namespace {

// Re-tuning a filter costs a tan(); once per block of this many samples is smooth enough.
constexpr std::size_t kCutoffUpdateFrames = 32;

constexpr Envelope kPadEnvelope{0.35, 0.9, 0.8, 1.3};
constexpr double kPadDetuneCents = 9.0;
constexpr double kPadCentreLevel = 0.6;
constexpr double kPadFilterQ = 0.9;
constexpr double kPadClosedFraction = 0.45;  // the cutoff at silence, as a share of the open cutoff

constexpr Envelope kPluckEnvelope{0.002, 0.25, 0.25, 0.18};
constexpr double kPluckBaseHz = 350.0;
constexpr double kPluckSweepHz = 4200.0;
constexpr double kPluckSweepTau = 0.09;
constexpr double kPluckFilterQ = 1.4;
constexpr double kPluckSquareLevel = 0.4;

constexpr Envelope kKeysEnvelope{0.003, 1.4, 0.3, 0.35};
constexpr double kKeysOctaveLevel = 0.35;
constexpr double kKeysOctaveTau = 0.35;
constexpr double kKeysTineLevel = 0.12;
constexpr double kKeysTineTau = 0.03;
constexpr double kKeysTineRatio = 7.0;

constexpr Envelope kBassEnvelope{0.004, 0.25, 0.75, 0.09};
constexpr double kBassBaseHz = 160.0;
constexpr double kBassSweepHz = 900.0;
constexpr double kBassSweepTau = 0.07;
constexpr double kBassFilterQ = 1.1;
constexpr double kBassSineLevel = 0.8;
constexpr double kBassSawLevel = 0.45;

std::size_t framesFor(const Envelope& envelope, double heldSeconds, double sampleRate) {
    return static_cast<std::size_t>(std::ceil(envelope.soundingSeconds(heldSeconds) * sampleRate));
}

double seconds(std::size_t frame, double sampleRate) {
    return static_cast<double>(frame) / sampleRate;
}

}  // namespace

StereoNote renderPadNote(int midiNote, double heldSeconds, double cutoffHz, double sampleRate,
                         DemoRandom& random) {
    const std::size_t frames = framesFor(kPadEnvelope, heldSeconds, sampleRate);
    Oscillator centre(Waveform::Saw, noteFrequency(midiNote), sampleRate, random.unipolar());
    Oscillator low(Waveform::Saw, noteFrequency(midiNote, -kPadDetuneCents), sampleRate, random.unipolar());
    Oscillator high(Waveform::Saw, noteFrequency(midiNote, kPadDetuneCents), sampleRate, random.unipolar());
    SynthFilter leftFilter(FilterMode::LowPass, cutoffHz, kPadFilterQ, sampleRate);
    SynthFilter rightFilter(FilterMode::LowPass, cutoffHz, kPadFilterQ, sampleRate);
    StereoNote note{std::vector<float>(frames), std::vector<float>(frames)};
    for (std::size_t i = 0; i < frames; ++i) {
        const float gain = kPadEnvelope.gainAt(seconds(i, sampleRate), heldSeconds);
        if (i % kCutoffUpdateFrames == 0) {
            const double opening = kPadClosedFraction + (1.0 - kPadClosedFraction) * gain;
            leftFilter.setCutoff(cutoffHz * opening);
            rightFilter.setCutoff(cutoffHz * opening);
        }
        const float shared = static_cast<float>(kPadCentreLevel) * centre.next();
        note.left[i] = gain * leftFilter.process(shared + low.next());
        note.right[i] = gain * rightFilter.process(shared + high.next());
    }
    return note;
}

std::vector<float> renderPluckNote(int midiNote, double heldSeconds, double sampleRate) {
    const std::size_t frames = framesFor(kPluckEnvelope, heldSeconds, sampleRate);
    Oscillator saw(Waveform::Saw, noteFrequency(midiNote), sampleRate);
    Oscillator square(Waveform::Square, noteFrequency(midiNote, 4.0), sampleRate);
    SynthFilter filter(FilterMode::LowPass, kPluckBaseHz + kPluckSweepHz, kPluckFilterQ, sampleRate);
    std::vector<float> out(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = seconds(i, sampleRate);
        if (i % kCutoffUpdateFrames == 0)
            filter.setCutoff(kPluckBaseHz + kPluckSweepHz * std::exp(-t / kPluckSweepTau));
        const float raw = saw.next() + static_cast<float>(kPluckSquareLevel) * square.next();
        out[i] = kPluckEnvelope.gainAt(t, heldSeconds) * filter.process(raw);
    }
    return out;
}

std::vector<float> renderKeysNote(int midiNote, double heldSeconds, double sampleRate) {
    const std::size_t frames = framesFor(kKeysEnvelope, heldSeconds, sampleRate);
    const double frequency = noteFrequency(midiNote);
    Oscillator fundamental(Waveform::Sine, frequency, sampleRate);
    Oscillator octave(Waveform::Sine, 2.0 * frequency, sampleRate);
    Oscillator tine(Waveform::Sine, kKeysTineRatio * frequency, sampleRate);
    std::vector<float> out(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = seconds(i, sampleRate);
        const double partials = fundamental.next() +
                                kKeysOctaveLevel * std::exp(-t / kKeysOctaveTau) * octave.next() +
                                kKeysTineLevel * std::exp(-t / kKeysTineTau) * tine.next();
        out[i] = kKeysEnvelope.gainAt(t, heldSeconds) * static_cast<float>(partials);
    }
    return out;
}

std::vector<float> renderBassNote(int midiNote, double heldSeconds, double sampleRate) {
    const std::size_t frames = framesFor(kBassEnvelope, heldSeconds, sampleRate);
    Oscillator saw(Waveform::Saw, noteFrequency(midiNote), sampleRate);
    Oscillator sine(Waveform::Sine, noteFrequency(midiNote), sampleRate);
    SynthFilter filter(FilterMode::LowPass, kBassBaseHz + kBassSweepHz, kBassFilterQ, sampleRate);
    std::vector<float> out(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = seconds(i, sampleRate);
        if (i % kCutoffUpdateFrames == 0)
            filter.setCutoff(kBassBaseHz + kBassSweepHz * std::exp(-t / kBassSweepTau));
        const float raw =
            static_cast<float>(kBassSawLevel) * saw.next() + static_cast<float>(kBassSineLevel) * sine.next();
        out[i] = kBassEnvelope.gainAt(t, heldSeconds) * filter.process(raw);
    }
    return out;
}

}  // namespace lathe::demo
