#pragma once

#include "core/AudioBuffer.h"
#include "export/DdpDisc.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>

namespace lathe {

// Writes a DDP 2.00 image of an audio CD (cd-ddp.md, section 11): DDPID, DDPMS,
// PQDESCR, IMAGE.DAT, CDTEXT.BIN when any CD-Text is set, and checksum.md5.
//
// The audio is the whole album from its first sample (track 1's pregap included, as
// exact zeros), already rendered to 16 bits, 44.1 kHz stereo; it is streamed in with
// write() in any block sizes. finish() pads it to whole CD frames and writes the other
// files. Everything goes into a hidden folder beside the target that is renamed into
// place only when complete (replacing an older image), so the DDP folder appears
// complete or not at all; a writer destroyed before finish() leaves nothing behind.
class DdpWriter {
public:
    static constexpr const char* kIdFileName = "DDPID";
    static constexpr const char* kMapFileName = "DDPMS";
    static constexpr const char* kPqFileName = "PQDESCR";
    static constexpr const char* kImageFileName = "IMAGE.DAT";
    static constexpr const char* kCdTextFileName = "CDTEXT.BIN";
    static constexpr const char* kChecksumFileName = "checksum.md5";

    // albumFrames: how many stereo frames write() will deliver in total; the disc's
    // lead-out must be that length padded to whole CD frames. A disc that breaks the
    // format (track 1 index 1 before 00:02:00, disordered indexes, a bad ISRC or
    // barcode, more than 99 tracks) is a BadInput error before anything is written.
    DdpWriter(std::filesystem::path target, DdpDisc disc, std::int64_t albumFrames);
    ~DdpWriter();
    DdpWriter(const DdpWriter&) = delete;
    DdpWriter& operator=(const DdpWriter&) = delete;

    // Interleaved left, right.
    void write(std::span<const std::int16_t> interleavedStereo);
    // Two channels of float samples on the 16-bit grid (k / 32768), rounded to it.
    void write(const AudioView& stereo);
    void finish();

    std::int64_t framesWritten() const noexcept;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The whole image in one call.
void writeDdp(const std::filesystem::path& target, const DdpDisc& disc,
              std::span<const std::int16_t> interleavedStereo);

}  // namespace lathe
