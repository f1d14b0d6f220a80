#pragma once

#include "../timeline/TimelineTestData.h"
#include "export/DdpDisc.h"
#include "timeline/AlbumTimeline.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

// A disc and its audio for the DDP tests: the timeline tests' three-track album with
// texts, ISRCs and a barcode, and a signal in which every sample frame differs.
namespace lathe::test {

inline Project textedThreeTrackAlbum() {
    Project project = threeTrackAlbum();
    project.album.upcEan = "0123456789012";
    project.album.text.title = "Night Drive";
    project.album.text.performer = "The Examples";
    project.tracks[0].isrc = "USXYZ2600001";
    project.tracks[1].isrc = "USXYZ2600002";
    return project;
}

inline DdpDisc textedDisc() {
    const Project project = textedThreeTrackAlbum();
    return makeDdpDisc(project, AlbumTimeline(project, kThreeTrackSources), "Night Drive master");
}

inline std::int64_t textedAlbumFrames() {
    return AlbumTimeline(textedThreeTrackAlbum(), kThreeTrackSources).totalFrames();
}

// Frame i holds (i & 0xFFFF, i >> 16) as ddp-reverse-eng's test signal does, offset so
// that no frame is silent: any misplaced, lost or swapped sample shows.
inline std::vector<std::int16_t> countingSignal(std::int64_t frames) {
    std::vector<std::int16_t> samples;
    samples.reserve(static_cast<std::size_t>(frames) * 2);
    for (std::int64_t i = 0; i < frames; ++i) {
        const auto value = static_cast<std::uint32_t>(i + 1);
        samples.push_back(static_cast<std::int16_t>(static_cast<std::uint16_t>(value & 0xFFFF)));
        samples.push_back(static_cast<std::int16_t>(static_cast<std::uint16_t>(value >> 16)));
    }
    return samples;
}

inline std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace lathe::test

#include "core/Md5.h"
#include "support/TestSignals.h"

namespace lathe::test {

// Recomputes checksum.md5 after a test edits an image on purpose.
inline void rewriteChecksums(const std::filesystem::path& ddp, const std::vector<std::string>& names) {
    std::string list;
    for (const std::string& name : names)
        list += Md5::hexOfFile(ddp / name) + " *" + name + "\n";
    writeBytes(ddp / "checksum.md5", list);
}

inline const std::vector<std::string> kWrittenFiles{"DDPID", "DDPMS", "CDTEXT.BIN", "PQDESCR", "IMAGE.DAT"};

// A 16-bit WAV's samples, interleaved, as the integers they hold.
inline std::vector<std::int16_t> readSixteenBit(const std::filesystem::path& path) {
    const AudioBuffer audio = readAudioFile(path);
    std::vector<std::int16_t> samples;
    for (std::size_t i = 0; i < audio.frameCount(); ++i)
        for (std::size_t c = 0; c < audio.channelCount(); ++c)
            samples.push_back(static_cast<std::int16_t>(std::lround(audio.channel(c)[i] * 32768.0)));
    return samples;
}

}  // namespace lathe::test
