#include "io/AudioFileWriter.h"

#include "core/Error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sndfile.h>

namespace lathe {
namespace {

std::string lowerExtension(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

int containerFor(const std::filesystem::path& target) {
    const std::string extension = lowerExtension(target);
    if (extension == ".wav")
        return SF_FORMAT_WAV;
    if (extension == ".flac")
        return SF_FORMAT_FLAC;
    if (extension == ".aif" || extension == ".aiff")
        return SF_FORMAT_AIFF;
    throw badInput(target.string(), "unsupported output extension '" + extension +
                                        "' (use .wav, .flac or .aiff)");
}

int subtypeFor(SampleFormat format) {
    switch (format) {
    case SampleFormat::Int16: return SF_FORMAT_PCM_16;
    case SampleFormat::Int24: return SF_FORMAT_PCM_24;
    case SampleFormat::Float32: return SF_FORMAT_FLOAT;
    }
    return SF_FORMAT_FLOAT;
}

// Rounds to the format's integer grid and left-aligns in 32 bits, as sf_write_int
// expects. Doing it here (not in libsndfile) keeps the float<->int scale symmetric
// with the reader, so 16- and 24-bit material round-trips bit for bit.
int quantise(float sample, double fullScale, int shift) {
    const double code = std::clamp(std::nearbyint(static_cast<double>(sample) * fullScale),
                                   -fullScale, fullScale - 1.0);
    return static_cast<int>(code) * (1 << shift);
}

}  // namespace

struct AudioFileWriter::Handle {
    SNDFILE* file = nullptr;
    ~Handle() {
        if (file)
            sf_close(file);
    }
};

int AudioFileWriter::bitsOf(SampleFormat format) {
    switch (format) {
    case SampleFormat::Int16: return 16;
    case SampleFormat::Int24: return 24;
    case SampleFormat::Float32: return 32;
    }
    return 32;
}

namespace {

SF_INFO checkedInfo(const std::filesystem::path& target, int sampleRate, int channels,
                    SampleFormat format) {
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = channels;
    info.format = containerFor(target) | subtypeFor(format);
    if (!sf_format_check(&info))
        throw badInput(target.string(), "this container cannot hold " +
                                            std::to_string(AudioFileWriter::bitsOf(format)) + "-bit " +
                                            (format == SampleFormat::Float32 ? "float" : "integer") +
                                            " samples");
    return info;
}

}  // namespace

void AudioFileWriter::checkFormat(const std::filesystem::path& target, int sampleRate, int channels,
                                  SampleFormat format) {
    checkedInfo(target, sampleRate, channels, format);
}

AudioFileWriter::AudioFileWriter(const std::filesystem::path& target, int sampleRate,
                                 int channels, SampleFormat format)
    : m_file(target), m_handle(std::make_unique<Handle>()), m_channels(channels),
      m_format(format) {
    SF_INFO info = checkedInfo(target, sampleRate, channels, format);
    m_handle->file = sf_open(m_file.tempPath().c_str(), SFM_WRITE, &info);
    if (!m_handle->file)
        throw writeFailed(target.string(), sf_strerror(nullptr));
    // libsndfile's PEAK chunk of float files carries the time of writing: without it the
    // same render gives the same bytes.
    sf_command(m_handle->file, SFC_SET_ADD_PEAK_CHUNK, nullptr, SF_FALSE);
}

AudioFileWriter::~AudioFileWriter() = default;

void AudioFileWriter::setString(int sndfileStringType, const std::string& value) {
    if (!value.empty())
        sf_set_string(m_handle->file, sndfileStringType, value.c_str());
}

void AudioFileWriter::writeInterleaved(const float* samples, std::size_t frames) {
    const std::size_t count = frames * static_cast<std::size_t>(m_channels);
    sf_count_t written = 0;
    if (m_format == SampleFormat::Float32) {
        written = sf_write_float(m_handle->file, samples, static_cast<sf_count_t>(count));
    } else {
        const int bits = bitsOf(m_format);
        const double fullScale = std::ldexp(1.0, bits - 1);
        m_intScratch.resize(count);
        for (std::size_t i = 0; i < count; ++i)
            m_intScratch[i] = quantise(samples[i], fullScale, 32 - bits);
        written = sf_write_int(m_handle->file, m_intScratch.data(), static_cast<sf_count_t>(count));
    }
    if (written != static_cast<sf_count_t>(count))
        throw writeFailed(m_file.targetPath().string(), sf_strerror(m_handle->file));
}

void AudioFileWriter::write(const AudioView& audio) {
    const auto channels = static_cast<std::size_t>(m_channels);
    const std::size_t frames = audio.frameCount();
    m_floatScratch.resize(frames * channels);
    for (std::size_t c = 0; c < channels; ++c) {
        const float* in = audio.channel(c);
        for (std::size_t i = 0; i < frames; ++i)
            m_floatScratch[i * channels + c] = in[i];
    }
    writeInterleaved(m_floatScratch.data(), frames);
}

void AudioFileWriter::finish() {
    finish({});
}

void AudioFileWriter::finish(const std::function<void(const std::filesystem::path&)>& beforeCommit) {
    const int closeResult = sf_close(m_handle->file);
    m_handle->file = nullptr;
    if (closeResult != 0)
        throw writeFailed(m_file.targetPath().string(), sf_error_number(closeResult));
    if (beforeCommit)
        beforeCommit(m_file.tempPath());
    m_file.commit();
}

}  // namespace lathe
