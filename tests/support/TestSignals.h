#pragma once

#include "core/AudioBuffer.h"
#include "io/AudioFileWriter.h"

#include <filesystem>

namespace lathe::test {

// Test material is synthesised, never stored: these make the common signals.

// A sine of `amplitude` (linear, 1.0 = full scale) in every channel.
AudioBuffer sine(double frequencyHz, double amplitude, double seconds, int sampleRate,
                 std::size_t channels = 2, double phaseRadians = 0.0);

// Seeded white noise, uniform in [-amplitude, amplitude), independent per channel.
AudioBuffer whiteNoise(double amplitude, double seconds, int sampleRate, std::size_t channels,
                       unsigned seed);

AudioBuffer silence(double seconds, int sampleRate, std::size_t channels = 2);

// Joins buffers of the same channel count end to end.
AudioBuffer concatenate(const std::vector<const AudioBuffer*>& parts);

void writeAudioFile(const std::filesystem::path& path, const AudioBuffer& audio, int sampleRate,
                    SampleFormat format = SampleFormat::Int24);

AudioBuffer readAudioFile(const std::filesystem::path& path);

}  // namespace lathe::test
