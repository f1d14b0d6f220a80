#include "demo/DrumVoices.h"

#include "demo/SynthFilter.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <utility>

namespace lathe::demo {
namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

constexpr double kKickSeconds = 0.45;
constexpr double kKickBodyHz = 48.0;
constexpr double kKickSweepHz = 120.0;  // added at the start, decaying away
constexpr double kKickSweepTau = 0.03;
constexpr double kKickDecayTau = 0.1;
constexpr double kKickClickTau = 0.0025;
constexpr double kKickClickHz = 1800.0;
constexpr double kKickDrive = 1.6;  // soft saturation thickens the body

constexpr double kSnareSeconds = 0.3;
constexpr double kSnareLowHz = 185.0;
constexpr double kSnareHighHz = 330.0;
constexpr double kSnareToneTau = 0.055;
constexpr double kSnareNoiseTau = 0.085;
constexpr double kSnareNoiseHighPassHz = 1500.0;
constexpr double kSnareToneLevel = 0.55;
constexpr double kSnareNoiseLevel = 0.8;

constexpr double kHatHighPassHz = 7500.0;
constexpr double kHatClosedSeconds = 0.09;
constexpr double kHatOpenSeconds = 0.4;
constexpr double kHatClosedTau = 0.018;
constexpr double kHatOpenTau = 0.11;
constexpr double kFilterQ = 0.707;
constexpr double kTailFadeSeconds = 0.03;

std::size_t frames(double seconds, double sampleRate) {
    return static_cast<std::size_t>(std::lround(seconds * sampleRate));
}

// One-shots stop at a fixed length; a short raised-cosine fade keeps the stop from
// clicking however much of the decay is left.
std::vector<float> fadeTail(std::vector<float> samples, double sampleRate) {
    const std::size_t fade = std::min(samples.size(), frames(kTailFadeSeconds, sampleRate));
    const std::size_t start = samples.size() - fade;
    for (std::size_t i = 0; i < fade; ++i)
        samples[start + i] *= static_cast<float>(
            0.5 + 0.5 * std::cos(std::numbers::pi * static_cast<double>(i + 1) / static_cast<double>(fade)));
    return samples;
}

}  // namespace

std::vector<float> renderKick(double sampleRate) {
    std::vector<float> out(frames(kKickSeconds, sampleRate));
    double phase = 0.0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        phase += kTwoPi * (kKickBodyHz + kKickSweepHz * std::exp(-t / kKickSweepTau)) / sampleRate;
        const double body = std::sin(phase) * std::exp(-t / kKickDecayTau);
        const double click = 0.3 * std::sin(kTwoPi * kKickClickHz * t) * std::exp(-t / kKickClickTau);
        out[i] = static_cast<float>(std::tanh(kKickDrive * (body + click)) / std::tanh(kKickDrive));
    }
    return fadeTail(std::move(out), sampleRate);
}

std::vector<float> renderSnare(double sampleRate, DemoRandom& random) {
    std::vector<float> out(frames(kSnareSeconds, sampleRate));
    SynthFilter highPass(FilterMode::HighPass, kSnareNoiseHighPassHz, kFilterQ, sampleRate);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        const double tone =
            (0.7 * std::sin(kTwoPi * kSnareLowHz * t) + 0.3 * std::sin(kTwoPi * kSnareHighHz * t)) *
            std::exp(-t / kSnareToneTau);
        const double noise = highPass.process(random.bipolar()) * std::exp(-t / kSnareNoiseTau);
        out[i] = static_cast<float>(kSnareToneLevel * tone + kSnareNoiseLevel * noise);
    }
    return fadeTail(std::move(out), sampleRate);
}

std::vector<float> renderHat(double sampleRate, DemoRandom& random, bool open) {
    std::vector<float> out(frames(open ? kHatOpenSeconds : kHatClosedSeconds, sampleRate));
    const double tau = open ? kHatOpenTau : kHatClosedTau;
    // Two cascaded high-passes: 24 dB/oct keeps the hats clear of the snare's body.
    SynthFilter first(FilterMode::HighPass, kHatHighPassHz, kFilterQ, sampleRate);
    SynthFilter second(FilterMode::HighPass, kHatHighPassHz, kFilterQ, sampleRate);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        out[i] = static_cast<float>(second.process(first.process(random.bipolar())) * std::exp(-t / tau));
    }
    return fadeTail(std::move(out), sampleRate);
}

}  // namespace lathe::demo
