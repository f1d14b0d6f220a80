#pragma once

#include "core/AudioBuffer.h"
#include "io/AtomicFile.h"
#include "io/AudioSink.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace lathe {

enum class SampleFormat { Int16, Int24, Float32 };

// Writes WAV, FLAC or AIFF (chosen by the extension) through an AtomicFile: nothing
// appears at the target until finish() succeeds. Integer output is quantised here by
// rounding; word-length reduction with dither happens before, in the DSP chain, so
// samples that arrive on the integer grid are written exactly.
class AudioFileWriter final : public AudioSink {
public:
    AudioFileWriter(const std::filesystem::path& target, int sampleRate, int channels,
                    SampleFormat format);
    ~AudioFileWriter() override;
    AudioFileWriter(const AudioFileWriter&) = delete;
    AudioFileWriter& operator=(const AudioFileWriter&) = delete;

    void write(const AudioView& audio);
    void writeInterleaved(const float* samples, std::size_t frames) override;
    // Title, artist and so on in the container's metadata (RIFF INFO for WAV).
    void setString(int sndfileStringType, const std::string& value);
    void finish() override;
    // Closes the file, lets `beforeCommit` edit the complete temporary file (a chunk
    // libsndfile cannot write), then renames it into place.
    void finish(const std::function<void(const std::filesystem::path& temporary)>& beforeCommit);

    static int bitsOf(SampleFormat format);

    // Throws the BadInput Error the constructor would (an unsupported extension, a
    // container that cannot hold the format), without creating anything: callers check
    // before long work so a bad target fails at once.
    static void checkFormat(const std::filesystem::path& target, int sampleRate, int channels,
                            SampleFormat format);

private:
    struct Handle;
    AtomicFile m_file;
    std::unique_ptr<Handle> m_handle;
    int m_channels;
    SampleFormat m_format;
    std::vector<int> m_intScratch;
    std::vector<float> m_floatScratch;
};

}  // namespace lathe
