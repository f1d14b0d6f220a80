#include "demo/DemoLevels.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <ebur128.h>
#include <memory>
#include <vector>

namespace lathe::demo {
namespace {

constexpr std::size_t kChunkFrames = 4096;
constexpr int kMaxRefinements = 8;
constexpr double kToleranceLu = 0.1;
constexpr float kSoftCeiling = 0.89f;    // -1 dBFS
constexpr float kSoftKneeStart = 0.6f;   // below this, samples pass untouched
constexpr float kHardCeiling = 0.9995f;  // -0.004 dBFS: sample peaks at full scale

struct StateDeleter {
    void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};

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
    const auto channels = static_cast<unsigned>(audio.channelCount());
    std::unique_ptr<ebur128_state, StateDeleter> state(
        ebur128_init(channels, static_cast<unsigned long>(sampleRate), EBUR128_MODE_I));
    if (!state)
        throw Error(ErrorKind::Internal, "demo album", "cannot start a loudness measurement");
    std::vector<float> interleaved(kChunkFrames * channels);
    for (std::size_t start = 0; start < audio.frameCount(); start += kChunkFrames) {
        const std::size_t frames = std::min(kChunkFrames, audio.frameCount() - start);
        for (std::size_t n = 0; n < frames; ++n)
            for (std::size_t c = 0; c < channels; ++c)
                interleaved[n * channels + c] = audio.channel(c)[start + n];
        ebur128_add_frames_float(state.get(), interleaved.data(), frames);
    }
    double loudness = 0.0;
    ebur128_loudness_global(state.get(), &loudness);
    return loudness;
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
