#include "demo/DemoLevels.h"

#include "analysis/LoudnessMeter.h"
#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace lathe::demo {
namespace {

constexpr int kMaxRefinements = 8;
constexpr double kToleranceLu = 0.1;
constexpr float kSoftCeiling = 0.89f;    // -1 dBFS
constexpr float kSoftKneeStart = 0.6f;   // below this, samples pass untouched
constexpr float kHardCeiling = 0.9995f;  // -0.004 dBFS: sample peaks at full scale

// Linear below the knee, then a tanh curve that approaches the ceiling smoothly.
float softClip(float sample) {
    const float magnitude = std::abs(sample);
    if (magnitude <= kSoftKneeStart)
        return sample;
    const float room = kSoftCeiling - kSoftKneeStart;
    const float shaped = kSoftKneeStart + room * std::tanh((magnitude - kSoftKneeStart) / room);
    return std::copysign(shaped, sample);
}

float hardClip(float sample) {
    return std::clamp(sample, -kHardCeiling, kHardCeiling);
}

AudioBuffer applyGain(const AudioBuffer& raw, double gainDb, MixLevel level) {
    AudioBuffer out = raw;
    const auto gain = static_cast<float>(std::pow(10.0, gainDb / 20.0));
    for (std::size_t c = 0; c < out.channelCount(); ++c)
        for (std::size_t n = 0; n < out.frameCount(); ++n) {
            const float sample = gain * out.channel(c)[n];
            out.channel(c)[n] = level == MixLevel::HotClipped ? hardClip(sample) : softClip(sample);
        }
    return out;
}

}  // namespace

double integratedLoudness(const AudioBuffer& audio, int sampleRate) {
    LoudnessMeter meter(audio.channelCount(), sampleRate);
    AudioBuffer copy = audio;
    meter.process(copy.view());
    const auto loudness = meter.integratedLufs();
    if (!loudness)
        throw Error(ErrorKind::Internal, "demo album", "a demo song came out silent");
    return *loudness;
}

AudioBuffer levelMix(const AudioBuffer& raw, int sampleRate, MixLevel level, double targetLufs) {
    double gainDb = targetLufs - integratedLoudness(raw, sampleRate);
    AudioBuffer levelled = applyGain(raw, gainDb, level);
    for (int refinement = 0; refinement < kMaxRefinements; ++refinement) {
        const double error = targetLufs - integratedLoudness(levelled, sampleRate);
        if (std::abs(error) <= kToleranceLu)
            break;
        gainDb += error;
        levelled = applyGain(raw, gainDb, level);
    }
    return levelled;
}

}  // namespace lathe::demo
