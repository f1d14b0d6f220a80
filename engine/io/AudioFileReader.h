#pragma once

#include "core/AudioBuffer.h"
#include "io/AudioFileInfo.h"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace lathe {

// Reads any file libsndfile reads (8-32-bit integer and float, any rate) as float
// samples in [-1, 1). Hostile input is expected: anything unusable throws a BadInput
// Error naming the file and the reason. Files with more than two channels are refused
// because a stereo master cannot hold them.
class AudioFileReader {
public:
    static constexpr int kMaxChannels = 2;

    explicit AudioFileReader(const std::filesystem::path& path);
    ~AudioFileReader();
    AudioFileReader(const AudioFileReader&) = delete;
    AudioFileReader& operator=(const AudioFileReader&) = delete;

    const AudioFileInfo& info() const noexcept { return m_info; }

    // Reads up to `frames` interleaved frames; returns how many were read (fewer only
    // at the end of the file). Throws BadInput when the data cannot be decoded or the
    // file ends before the frames its header declared (truncated after opening).
    std::size_t readInterleaved(float* destination, std::size_t frames);

    // Reads into planar channels; `destination` must have info().channels channels.
    std::size_t read(const AudioView& destination);

    void seek(std::int64_t frame);

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    AudioFileInfo m_info;
    std::int64_t m_position = 0;
    std::vector<float> m_interleaved;
};

}  // namespace lathe
