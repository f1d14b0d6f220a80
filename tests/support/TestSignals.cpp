#include "support/TestSignals.h"

#include "io/AudioFileReader.h"

#include <cmath>
#include <numbers>
#include <random>

namespace lathe::test {

AudioBuffer sine(double frequencyHz, double amplitude, double seconds, int sampleRate,
                 std::size_t channels, double phaseRadians) {
    const auto frames = static_cast<std::size_t>(std::llround(seconds * sampleRate));
    AudioBuffer buffer(channels, frames);
    const double step = 2.0 * std::numbers::pi * frequencyHz / sampleRate;
    for (std::size_t i = 0; i < frames; ++i) {
        const auto value = static_cast<float>(amplitude * std::sin(step * static_cast<double>(i) + phaseRadians));
        for (std::size_t c = 0; c < channels; ++c)
            buffer.channel(c)[i] = value;
    }
    return buffer;
}

AudioBuffer whiteNoise(double amplitude, double seconds, int sampleRate, std::size_t channels,
                       unsigned seed) {
    const auto frames = static_cast<std::size_t>(std::llround(seconds * sampleRate));
    AudioBuffer buffer(channels, frames);
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> distribution(-amplitude, amplitude);
    for (std::size_t c = 0; c < channels; ++c)
        for (std::size_t i = 0; i < frames; ++i)
            buffer.channel(c)[i] = static_cast<float>(distribution(generator));
    return buffer;
}

AudioBuffer silence(double seconds, int sampleRate, std::size_t channels) {
    return AudioBuffer(channels, static_cast<std::size_t>(std::llround(seconds * sampleRate)));
}

AudioBuffer pinkNoise(double amplitude, double seconds, int sampleRate, std::size_t channels,
                      unsigned seed) {
    // Paul Kellet's economy pink filter: three one-pole sections summed with white.
    constexpr double kPoles[3] = {0.99765, 0.96300, 0.57000};
    constexpr double kGains[3] = {0.0990460, 0.2965164, 1.0526913};
    constexpr double kWhiteGain = 0.1848;
    // Scales the filter's output (about 4x its white input's) so peaks land near 1.
    constexpr double kNormalise = 0.25;
    AudioBuffer buffer = whiteNoise(1.0, seconds, sampleRate, channels, seed);
    for (std::size_t c = 0; c < channels; ++c) {
        double state[3] = {};
        float* samples = buffer.channel(c);
        for (std::size_t i = 0; i < buffer.frameCount(); ++i) {
            const double white = samples[i];
            double sum = white * kWhiteGain;
            for (std::size_t k = 0; k < 3; ++k) {
                state[k] = kPoles[k] * state[k] + kGains[k] * white;
                sum += state[k];
            }
            samples[i] = static_cast<float>(amplitude * kNormalise * sum);
        }
    }
    return buffer;
}

AudioBuffer sineSegments(double frequencyHz, const std::vector<LevelSegment>& segments,
                         int sampleRate, std::size_t channels) {
    std::size_t frames = 0;
    for (const LevelSegment& segment : segments)
        frames += static_cast<std::size_t>(std::llround(segment.seconds * sampleRate));
    AudioBuffer buffer(channels, frames);
    const double step = 2.0 * std::numbers::pi * frequencyHz / sampleRate;
    std::size_t i = 0;
    for (const LevelSegment& segment : segments) {
        const double amplitude = std::pow(10.0, segment.dbfs / 20.0);
        const auto end = i + static_cast<std::size_t>(std::llround(segment.seconds * sampleRate));
        for (; i < end; ++i) {
            const auto value = static_cast<float>(amplitude * std::sin(step * static_cast<double>(i)));
            for (std::size_t c = 0; c < channels; ++c)
                buffer.channel(c)[i] = value;
        }
    }
    return buffer;
}

std::vector<float> interleave(const AudioBuffer& audio) {
    const std::size_t channels = audio.channelCount();
    std::vector<float> samples(audio.frameCount() * channels);
    for (std::size_t i = 0; i < audio.frameCount(); ++i)
        for (std::size_t c = 0; c < channels; ++c)
            samples[i * channels + c] = audio.channel(c)[i];
    return samples;
}

AudioBuffer concatenate(const std::vector<const AudioBuffer*>& parts) {
    std::size_t frames = 0;
    for (const AudioBuffer* part : parts)
        frames += part->frameCount();
    const std::size_t channels = parts.empty() ? 0 : parts.front()->channelCount();
    AudioBuffer joined(channels, frames);
    std::size_t offset = 0;
    for (const AudioBuffer* part : parts) {
        for (std::size_t c = 0; c < channels; ++c)
            std::copy_n(part->channel(c), part->frameCount(), joined.channel(c) + offset);
        offset += part->frameCount();
    }
    return joined;
}

void writeAudioFile(const std::filesystem::path& path, const AudioBuffer& audio, int sampleRate,
                    SampleFormat format) {
    AudioFileWriter writer(path, sampleRate, static_cast<int>(audio.channelCount()), format);
    AudioBuffer copy = audio;
    writer.write(copy.view());
    writer.finish();
}

AudioBuffer readAudioFile(const std::filesystem::path& path) {
    AudioFileReader reader(path);
    AudioBuffer audio(static_cast<std::size_t>(reader.info().channels),
                      static_cast<std::size_t>(reader.info().frames));
    const std::size_t got = reader.read(audio.view());
    AudioBuffer exact(audio.channelCount(), got);
    for (std::size_t c = 0; c < audio.channelCount(); ++c)
        std::copy_n(audio.channel(c), got, exact.channel(c));
    return exact;
}

}  // namespace lathe::test
