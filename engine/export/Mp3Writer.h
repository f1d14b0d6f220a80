#pragma once

#include "io/AtomicFile.h"
#include "io/AudioSink.h"
#include "project/Project.h"

#include <cstdio>
#include <filesystem>
#include <vector>

struct lame_global_struct;

namespace lathe {

// Encodes MP3 with LAME (CBR at bitrate_kbps, or VBR -V vbr_quality; quality 2, joint
// stereo) through an AtomicFile. The first frame is the Xing/LAME info tag, rewritten at
// finish() with the encoder delay and padding, so gapless decoders (libmpg123, foobar,
// iTunes) give back exactly the frames that were written. MP3 has no 88.2/96 kHz: the
// constructor refuses a rate MP3 cannot carry rather than let LAME resample silently.
class Mp3Writer final : public AudioSink {
public:
    Mp3Writer(const std::filesystem::path& target, int sampleRate, int channels,
              const Mp3Export& settings = {});
    ~Mp3Writer() override;
    Mp3Writer(const Mp3Writer&) = delete;
    Mp3Writer& operator=(const Mp3Writer&) = delete;

    void writeInterleaved(const float* samples, std::size_t frames) override;
    void finish() override;

    // The rates MPEG-1/2/2.5 Layer III carries.
    static bool supportsRate(int sampleRate) noexcept;

private:
    void writeBytes(const unsigned char* bytes, std::size_t count);

    AtomicFile m_file;
    std::FILE* m_stream = nullptr;
    lame_global_struct* m_lame = nullptr;
    int m_channels;
    std::vector<unsigned char> m_encoded;
    std::vector<float> m_mono;  // LAME's interleaved entry point wants two channels
};

}  // namespace lathe
