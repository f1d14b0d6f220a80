#include "export/Mp3Writer.h"

#include "core/Error.h"

#include <lame/lame.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

namespace lathe {
namespace {

constexpr std::array<int, 9> kMp3Rates{8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000};
constexpr int kLameQuality = 2;  // LAME's recommended near-best (-q 2)

// LAME's documented worst case: 1.25 x samples + 7200 bytes.
std::size_t encodedCapacity(std::size_t frames) { return frames + frames / 4 + 7200; }

}  // namespace

bool Mp3Writer::supportsRate(int sampleRate) noexcept {
    return std::find(kMp3Rates.begin(), kMp3Rates.end(), sampleRate) != kMp3Rates.end();
}

Mp3Writer::Mp3Writer(const std::filesystem::path& target, int sampleRate, int channels,
                     const Mp3Export& settings)
    : m_file(target), m_channels(channels) {
    const std::string name = target.string();
    if (!supportsRate(sampleRate))
        throw badInput(name, "MP3 cannot carry " + std::to_string(sampleRate) +
                                 " Hz; choose a rate of 48000 Hz or below (e.g. --rate 44100)");
    if (channels < 1 || channels > 2)
        throw badInput(name, "MP3 holds one or two channels");
    m_lame = lame_init();
    if (!m_lame)
        throw writeFailed(name, "cannot start the MP3 encoder");
    lame_set_in_samplerate(m_lame, sampleRate);
    lame_set_out_samplerate(m_lame, sampleRate);
    lame_set_num_channels(m_lame, channels);
    lame_set_mode(m_lame, channels == 1 ? MONO : JOINT_STEREO);
    lame_set_quality(m_lame, kLameQuality);
    lame_set_bWriteVbrTag(m_lame, 1);
    if (settings.mode == Mp3Mode::Vbr) {
        lame_set_VBR(m_lame, vbr_default);
        lame_set_VBR_quality(m_lame, static_cast<float>(settings.vbrQuality));
    } else {
        lame_set_VBR(m_lame, vbr_off);
        lame_set_brate(m_lame, settings.bitrateKbps);
    }
    if (lame_init_params(m_lame) < 0) {
        lame_close(m_lame);
        m_lame = nullptr;
        throw badInput(name, "the MP3 encoder refuses these settings");
    }
    m_stream = std::fopen(m_file.tempPath().c_str(), "wb");
    if (!m_stream)
        throw writeFailed(name, std::strerror(errno));
}

Mp3Writer::~Mp3Writer() {
    if (m_stream)
        std::fclose(m_stream);
    if (m_lame)
        lame_close(m_lame);
}

void Mp3Writer::writeBytes(const unsigned char* bytes, std::size_t count) {
    if (count > 0 && std::fwrite(bytes, 1, count, m_stream) != count)
        throw writeFailed(m_file.targetPath().string(), std::strerror(errno));
}

void Mp3Writer::writeInterleaved(const float* samples, std::size_t frames) {
    if (frames == 0)
        return;
    m_encoded.resize(encodedCapacity(frames));
    if (m_channels == 1) {
        // Mono: the same samples as both "channels"; LAME encodes only the first.
        m_mono.resize(2 * frames);
        for (std::size_t i = 0; i < frames; ++i)
            m_mono[2 * i] = m_mono[2 * i + 1] = samples[i];
        samples = m_mono.data();
    }
    const int bytes = lame_encode_buffer_interleaved_ieee_float(
        m_lame, samples, static_cast<int>(frames), m_encoded.data(), static_cast<int>(m_encoded.size()));
    if (bytes < 0)
        throw writeFailed(m_file.targetPath().string(), "the MP3 encoder failed (" + std::to_string(bytes) + ")");
    writeBytes(m_encoded.data(), static_cast<std::size_t>(bytes));
}

void Mp3Writer::finish() {
    const std::string name = m_file.targetPath().string();
    m_encoded.resize(encodedCapacity(0));
    const int bytes = lame_encode_flush(m_lame, m_encoded.data(), static_cast<int>(m_encoded.size()));
    if (bytes < 0)
        throw writeFailed(name, "the MP3 encoder failed to flush");
    writeBytes(m_encoded.data(), static_cast<std::size_t>(bytes));
    // The info tag (delay, padding, length) replaces the placeholder first frame.
    std::vector<unsigned char> tag(lame_get_lametag_frame(m_lame, nullptr, 0));
    if (!tag.empty() && lame_get_lametag_frame(m_lame, tag.data(), tag.size()) == tag.size()) {
        if (std::fseek(m_stream, 0, SEEK_SET) != 0)
            throw writeFailed(name, std::strerror(errno));
        writeBytes(tag.data(), tag.size());
    }
    const bool closed = std::fclose(m_stream) == 0;
    m_stream = nullptr;
    if (!closed)
        throw writeFailed(name, std::strerror(errno));
    m_file.commit();
}

}  // namespace lathe
