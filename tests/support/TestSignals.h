#pragma once

#include "core/AudioBuffer.h"
#include "io/AudioFileWriter.h"

#include <filesystem>
#include <vector>

namespace lathe::test {

// Test material is synthesised, never stored: these make the common signals.

// A sine of `amplitude` (linear, 1.0 = full scale) in every channel.
AudioBuffer sine(double frequencyHz, double amplitude, double seconds, int sampleRate,
                 std::size_t channels = 2, double phaseRadians = 0.0);

// Seeded white noise, uniform in [-amplitude, amplitude), independent per channel.
AudioBuffer whiteNoise(double amplitude, double seconds, int sampleRate, std::size_t channels,
                       unsigned seed);

AudioBuffer silence(double seconds, int sampleRate, std::size_t channels = 2);

// Seeded pink-ish noise (-3 dB per octave from about 20 Hz to 20 kHz), peaking near
// `amplitude`, independent per channel.
AudioBuffer pinkNoise(double amplitude, double seconds, int sampleRate, std::size_t channels,
                      unsigned seed);

// A sine whose level steps through `segments` (dBFS of the peak, seconds each), as
// the EBU test signals are defined; phase-continuous across the steps.
struct LevelSegment {
    double dbfs;
    double seconds;
};
AudioBuffer sineSegments(double frequencyHz, const std::vector<LevelSegment>& segments,
                         int sampleRate, std::size_t channels = 2);

// Frame-interleaved copy, as the file reader delivers audio to the meters.
std::vector<float> interleave(const AudioBuffer& audio);

// Joins buffers of the same channel count end to end.
AudioBuffer concatenate(const std::vector<const AudioBuffer*>& parts);

void writeAudioFile(const std::filesystem::path& path, const AudioBuffer& audio, int sampleRate,
                    SampleFormat format = SampleFormat::Int24);

AudioBuffer readAudioFile(const std::filesystem::path& path);

}  // namespace lathe::test
