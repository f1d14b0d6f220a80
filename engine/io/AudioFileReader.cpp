#include "io/AudioFileReader.h"

#include "core/Error.h"
#include "io/SoundFileFormatNames.h"

#include <sndfile.h>
#include <system_error>

namespace lathe {
namespace {

constexpr int kMaxSampleRate = 768000;

void checkIsReadableFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        throw badInput(path.string(), "no such file");
    if (std::filesystem::is_directory(status))
        throw badInput(path.string(), "is a directory, not an audio file");
    if (!std::filesystem::is_regular_file(status))
        throw badInput(path.string(), "is not a regular file");
    if (std::filesystem::file_size(path, ec) == 0)
        throw badInput(path.string(), "the file is empty");
}

}  // namespace

struct AudioFileReader::Handle {
    SNDFILE* file = nullptr;
    ~Handle() {
        if (file)
            sf_close(file);
    }
};

AudioFileReader::AudioFileReader(const std::filesystem::path& path)
    : m_handle(std::make_unique<Handle>()) {
    checkIsReadableFile(path);
    SF_INFO sfInfo{};
    m_handle->file = sf_open(path.c_str(), SFM_READ, &sfInfo);
    if (!m_handle->file)
        throw badInput(path.string(), std::string("not a readable audio file (") +
                                          sf_strerror(nullptr) + ")");

    m_info.path = path.string();
    m_info.format = majorFormatName(sfInfo.format);
    m_info.subtype = subtypeName(sfInfo.format);
    m_info.sampleRate = sfInfo.samplerate;
    m_info.channels = sfInfo.channels;
    m_info.frames = sfInfo.frames;
    m_info.bitsPerSample = subtypeBits(sfInfo.format);
    m_info.isFloat = subtypeIsFloat(sfInfo.format);

    if (m_info.channels < 1 || m_info.channels > kMaxChannels)
        throw badInput(path.string(), std::to_string(m_info.channels) +
                                          " channels: only mono and stereo sources can be mastered");
    if (m_info.sampleRate <= 0 || m_info.sampleRate > kMaxSampleRate)
        throw badInput(path.string(),
                       "unsupported sample rate " + std::to_string(m_info.sampleRate) + " Hz");
    if (m_info.frames <= 0)
        throw badInput(path.string(), "contains no audio frames");
    // Reading float from float files must not clip what lies beyond full scale: the
    // analysis has to see it.
    sf_command(m_handle->file, SFC_SET_CLIPPING, nullptr, SF_FALSE);
}

AudioFileReader::~AudioFileReader() = default;

std::size_t AudioFileReader::readInterleaved(float* destination, std::size_t frames) {
    const sf_count_t got =
        sf_readf_float(m_handle->file, destination, static_cast<sf_count_t>(frames));
    if (got < 0 || sf_error(m_handle->file) != SF_ERR_NO_ERROR)
        throw badInput(m_info.path, std::string("cannot decode audio data (") +
                                        sf_strerror(m_handle->file) + ")");
    m_position += got;
    // A short read before the declared end means the file was truncated (or replaced)
    // after it was opened: handing on fewer frames would silently shorten a master.
    if (static_cast<std::size_t>(got) < frames && m_position < m_info.frames)
        throw badInput(m_info.path, "the file ended after " + std::to_string(m_position) + " of its " +
                                        std::to_string(m_info.frames) +
                                        " frames (truncated or changed while it was read)");
    return static_cast<std::size_t>(got);
}

std::size_t AudioFileReader::read(const AudioView& destination) {
    const auto channels = static_cast<std::size_t>(m_info.channels);
    const std::size_t frames = destination.frameCount();
    m_interleaved.resize(frames * channels);
    const std::size_t got = readInterleaved(m_interleaved.data(), frames);
    for (std::size_t c = 0; c < channels; ++c) {
        float* out = destination.channel(c);
        for (std::size_t i = 0; i < got; ++i)
            out[i] = m_interleaved[i * channels + c];
    }
    return got;
}

void AudioFileReader::seek(std::int64_t frame) {
    if (sf_seek(m_handle->file, frame, SEEK_SET) < 0)
        throw badInput(m_info.path, "cannot seek to frame " + std::to_string(frame));
    m_position = frame;
}

}  // namespace lathe
