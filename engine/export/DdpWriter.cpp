#include "export/DdpWriter.h"

#include "core/Error.h"
#include "core/Md5.h"
#include "export/CdTextPacks.h"
#include "io/AtomicDirectory.h"
#include "project/Isrc.h"
#include "project/UpcEan.h"
#include "timeline/CdFrames.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

namespace lathe {
namespace {

namespace fs = std::filesystem;

// The fields Lathe writes, from cd-ddp.md's tables (offset, length); every other byte
// of a record is a space.
struct Field {
    std::size_t offset;
    std::size_t length;
};

namespace ddpid {
constexpr std::size_t kSize = 128;
constexpr Field kLevel{0, 8};
constexpr Field kUpc{8, 13};
constexpr Field kMasterId{38, 48};
constexpr Field kType{87, 2};
constexpr const char* kLevelDdp200 = "DDP 2.00";
constexpr const char* kTypeCd = "CD";
}  // namespace ddpid

namespace ddpms {
constexpr std::size_t kSize = 128;
constexpr Field kValid{0, 4};
constexpr Field kStreamType{4, 2};
constexpr Field kLength{14, 8};
constexpr Field kSubcode{30, 8};
constexpr Field kCdMode{38, 2};
constexpr Field kStorageMode{40, 1};
constexpr Field kScrambled{41, 1};
constexpr Field kPregap2{46, 4};
constexpr Field kTrack{55, 2};
constexpr Field kNameSize{71, 3};
constexpr Field kName{74, 17};
constexpr const char* kValidMark = "VVVM";
constexpr const char* kMainData = "D0";
constexpr const char* kSubcodeData = "S0";
constexpr const char* kPqSubcode = "PQ DESCR";
constexpr const char* kCdTextSubcode = "CDTEXT";
constexpr const char* kAudioMode = "DA";
constexpr const char* kComplete2352 = "7";
constexpr const char* kNotScrambled = "0";
constexpr int kCdTextTrack = 0;
}  // namespace ddpms

namespace pq {
constexpr std::size_t kSize = 64;
constexpr Field kValid{0, 4};
constexpr Field kTrack{4, 2};
constexpr Field kIndex{6, 2};
constexpr Field kMinutes{10, 2};
constexpr Field kSeconds{12, 2};
constexpr Field kFrames{14, 2};
constexpr Field kControl{16, 2};
constexpr Field kIsrc{20, 12};
constexpr Field kUpc{32, 13};
constexpr const char* kValidMark = "VVVS";
constexpr const char* kLeadOutTrack = "AA";
constexpr const char* kAudioControlAdr1 = "01";  // control 0 (2-channel audio, no copy, no emphasis), ADR 1
constexpr int kLeadInTrack = 0;
constexpr int kLeadOutIndex = 1;
constexpr int kLeadOutCopies = 2;  // as every writer seen does
constexpr int kMaxIndex = 99;
}  // namespace pq

constexpr int kMaxTracks = 99;
constexpr std::size_t kUpcADigits = 12;
constexpr std::int64_t kMaxMsfFrames = (99 * 60 + 59) * 75 + 74;  // 99:59:74
constexpr double kSixteenBitScale = 32768.0;

// A fixed-size ASCII record: left-aligned text, zero-padded numbers, spaces elsewhere.
class AsciiRecord {
public:
    explicit AsciiRecord(std::size_t size) : m_text(size, ' ') {}

    AsciiRecord& text(const Field& field, std::string_view value) {
        if (value.size() > field.length)
            throw Error(ErrorKind::Internal, "DDP",
                        "\"" + std::string(value) + "\" does not fit a " + std::to_string(field.length) +
                            "-byte field");
        m_text.replace(field.offset, value.size(), value);
        return *this;
    }

    AsciiRecord& number(const Field& field, std::int64_t value) {
        char digits[32];
        std::snprintf(digits, sizeof digits, "%0*lld", static_cast<int>(field.length),
                      static_cast<long long>(value));
        return text(field, digits);
    }

    const std::string& str() const { return m_text; }

private:
    std::string m_text;
};

std::string ean13(const std::string& upcEan) {
    return upcEan.size() == kUpcADigits ? "0" + upcEan : upcEan;
}

std::string idFile(const DdpDisc& disc) {
    return AsciiRecord(ddpid::kSize)
        .text(ddpid::kLevel, ddpid::kLevelDdp200)
        .text(ddpid::kUpc, ean13(disc.upcEan))
        .text(ddpid::kMasterId, disc.masterId)
        .text(ddpid::kType, ddpid::kTypeCd)
        .str();
}

std::string subcodeMapPacket(const char* subcode, std::size_t bytes, const std::string& name,
                             bool withTrack) {
    AsciiRecord packet(ddpms::kSize);
    packet.text(ddpms::kValid, ddpms::kValidMark)
        .text(ddpms::kStreamType, ddpms::kSubcodeData)
        .number(ddpms::kLength, static_cast<std::int64_t>(bytes))
        .text(ddpms::kSubcode, subcode)
        .number(ddpms::kNameSize, static_cast<std::int64_t>(ddpms::kName.length))
        .text(ddpms::kName, name);
    if (withTrack)
        packet.number(ddpms::kTrack, ddpms::kCdTextTrack);
    return packet.str();
}

std::string audioMapPacket(const CdTableOfContents& toc) {
    return AsciiRecord(ddpms::kSize)
        .text(ddpms::kValid, ddpms::kValidMark)
        .text(ddpms::kStreamType, ddpms::kMainData)
        .number(ddpms::kLength, toc.leadOut)
        .text(ddpms::kCdMode, ddpms::kAudioMode)
        .text(ddpms::kStorageMode, ddpms::kComplete2352)
        .text(ddpms::kScrambled, ddpms::kNotScrambled)
        .number(ddpms::kPregap2, toc.tracks.front().index1)
        .number(ddpms::kNameSize, static_cast<std::int64_t>(ddpms::kName.length))
        .text(ddpms::kName, DdpWriter::kImageFileName)
        .str();
}

std::string mapFile(const DdpDisc& disc, std::size_t cdTextBytes, std::size_t pqBytes) {
    std::string map;
    if (cdTextBytes > 0)
        map += subcodeMapPacket(ddpms::kCdTextSubcode, cdTextBytes, DdpWriter::kCdTextFileName, true);
    map += subcodeMapPacket(ddpms::kPqSubcode, pqBytes, DdpWriter::kPqFileName, false);
    map += audioMapPacket(disc.toc);
    return map;
}

std::string pqPacket(const std::string& track, int index, std::int64_t frames, const std::string& isrc,
                     const std::string& upc) {
    const Msf msf = CdFrames::toMsf(frames);
    return AsciiRecord(pq::kSize)
        .text(pq::kValid, pq::kValidMark)
        .text(pq::kTrack, track)
        .number(pq::kIndex, index)
        .number(pq::kMinutes, msf.minutes)
        .number(pq::kSeconds, msf.seconds)
        .number(pq::kFrames, msf.frames)
        .text(pq::kControl, pq::kAudioControlAdr1)
        .text(pq::kIsrc, isrc)
        .text(pq::kUpc, upc)
        .str();
}

std::string twoDigits(int value) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d", value);
    return text;
}

// Lead-in with the barcode; per track index 00 (when there is a pregap; track 1
// always), 01 and the marks, its ISRC on 00 and 01; the lead-out twice.
std::string pqFile(const DdpDisc& disc) {
    std::string packets = pqPacket(twoDigits(pq::kLeadInTrack), 0, 0, "", ean13(disc.upcEan));
    for (std::size_t t = 0; t < disc.toc.tracks.size(); ++t) {
        const CdTrackEntry& entry = disc.toc.tracks[t];
        const std::string number = twoDigits(entry.number);
        const std::string& isrc = disc.tracks[t].isrc;
        if (entry.hasPregap())
            packets += pqPacket(number, 0, entry.index0, isrc, "");
        packets += pqPacket(number, 1, entry.index1, isrc, "");
        for (std::size_t k = 0; k < entry.extraIndexes.size(); ++k)
            packets += pqPacket(number, static_cast<int>(k + 2), entry.extraIndexes[k], "", "");
    }
    for (int copy = 0; copy < pq::kLeadOutCopies; ++copy)
        packets += pqPacket(pq::kLeadOutTrack, pq::kLeadOutIndex, disc.toc.leadOut, "", "");
    return packets;
}

// What would make the image wrong, checked before anything is written.
void checkDisc(const DdpDisc& disc, std::int64_t albumFrames) {
    const auto bad = [](const std::string& why) { throw badInput("DDP", why); };
    const auto& tracks = disc.toc.tracks;
    if (tracks.empty() || tracks.size() > kMaxTracks)
        bad("a CD holds 1 to 99 tracks, got " + std::to_string(tracks.size()));
    if (disc.tracks.size() != tracks.size())
        bad("texts for " + std::to_string(disc.tracks.size()) + " tracks, table of contents for " +
            std::to_string(tracks.size()));
    if (tracks.front().index0 != 0 || tracks.front().index1 < CdFrames::kMinFirstPregapFrames)
        bad("track 1 must start at 00:00:00 with index 1 at 00:02:00 or later");
    if (disc.toc.leadOut != CdFrames::framesCovering(albumFrames))
        bad("the lead-out (" + std::to_string(disc.toc.leadOut) + ") is not the audio's length (" +
            std::to_string(CdFrames::framesCovering(albumFrames)) + " frames)");
    if (disc.toc.leadOut > kMaxMsfFrames)
        bad("the audio is too long for a CD address");
    std::int64_t previous = 0;
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        const CdTrackEntry& entry = tracks[t];
        const std::string name = "track " + std::to_string(t + 1);
        if (entry.number != static_cast<int>(t + 1))
            bad(name + " is numbered " + std::to_string(entry.number));
        std::vector<std::int64_t> positions{entry.index0, entry.index1};
        positions.insert(positions.end(), entry.extraIndexes.begin(), entry.extraIndexes.end());
        if (positions.size() > pq::kMaxIndex + 1)
            bad(name + " has more than 99 indexes");
        if (entry.index0 < previous || entry.index1 < entry.index0 ||
            !std::is_sorted(positions.begin() + 1, positions.end(), std::less_equal<>()) ||
            std::adjacent_find(positions.begin() + 1, positions.end()) != positions.end() ||
            positions.back() >= entry.end || entry.end > disc.toc.leadOut)
            bad(name + ": its indexes are out of order or outside the track");
        previous = entry.end;
        if (!disc.tracks[t].isrc.empty())
            if (const auto why = isrc::problem(disc.tracks[t].isrc))
                bad(name + " ISRC: " + *why);
    }
    if (!disc.upcEan.empty())
        if (const auto why = upcean::problem(disc.upcEan))
            bad("UPC/EAN: " + *why);
    if (disc.masterId.size() > ddpid::kMasterId.length ||
        std::any_of(disc.masterId.begin(), disc.masterId.end(), [](char c) { return c < 0x20 || c > 0x7E; }))
        bad("the master ID must be at most 48 printable ASCII characters");
}

// A file of the image: written in full and flushed to disk, or an error.
class OutputFile {
public:
    OutputFile(const fs::path& path, const fs::path& target) : m_target(target) {
        m_file = std::fopen(path.c_str(), "wb");
        if (m_file == nullptr)
            throw writeFailed(target.string(), std::strerror(errno));
    }
    ~OutputFile() {
        if (m_file != nullptr)
            std::fclose(m_file);
    }
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(std::string_view bytes) {
        if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size())
            throw writeFailed(m_target.string(), std::strerror(errno));
        m_md5.update(bytes);
    }

    // Flushed, synced and closed; returns the file's MD5.
    std::string close() {
        const bool ok = std::fflush(m_file) == 0 && ::fsync(::fileno(m_file)) == 0;
        const int error = errno;
        const bool closed = std::fclose(m_file) == 0;
        m_file = nullptr;
        if (!ok || !closed)
            throw writeFailed(m_target.string(), std::strerror(ok ? errno : error));
        return Md5::hex(m_md5.finish());
    }

private:
    fs::path m_target;
    std::FILE* m_file = nullptr;
    Md5 m_md5;
};

}  // namespace

struct DdpWriter::State {
    State(fs::path targetPath, DdpDisc ddpDisc, std::int64_t frames)
        : target(std::move(targetPath)),
          disc(std::move(ddpDisc)),
          albumFrames(frames),
          folder(target),
          image(folder.tempPath() / kImageFileName, target / kImageFileName) {}

    fs::path target;
    DdpDisc disc;
    std::int64_t albumFrames;
    AtomicDirectory folder;
    OutputFile image;
    std::int64_t framesWritten = 0;
    std::string scratch;
    bool finished = false;

    void writeSmallFile(const char* name, std::string_view bytes,
                        std::vector<std::pair<std::string, std::string>>& checksums) {
        OutputFile file(folder.tempPath() / name, target / name);
        file.write(bytes);
        checksums.emplace_back(file.close(), name);
    }
};

DdpWriter::DdpWriter(fs::path target, DdpDisc disc, std::int64_t albumFrames) {
    checkDisc(disc, albumFrames);
    m_state = std::make_unique<State>(std::move(target), std::move(disc), albumFrames);
}

DdpWriter::~DdpWriter() = default;

std::int64_t DdpWriter::framesWritten() const noexcept {
    return m_state->framesWritten;
}

void DdpWriter::write(std::span<const std::int16_t> interleavedStereo) {
    State& state = *m_state;
    const auto frames = static_cast<std::int64_t>(interleavedStereo.size() / CdFrames::kChannels);
    if (state.finished || interleavedStereo.size() % CdFrames::kChannels != 0 ||
        state.framesWritten + frames > state.albumFrames)
        throw Error(ErrorKind::Internal, state.target.string(),
                    "DDP audio beyond the album's " + std::to_string(state.albumFrames) + " frames");
    // Little-endian whatever the machine (cd-ddp.md section 6).
    state.scratch.resize(interleavedStereo.size() * CdFrames::kBytesPerSample);
    for (std::size_t i = 0; i < interleavedStereo.size(); ++i) {
        const auto sample = static_cast<std::uint16_t>(interleavedStereo[i]);
        state.scratch[2 * i] = static_cast<char>(sample & 0xFF);
        state.scratch[2 * i + 1] = static_cast<char>(sample >> 8);
    }
    state.image.write(state.scratch);
    state.framesWritten += frames;
}

void DdpWriter::write(const AudioView& stereo) {
    if (stereo.channelCount() != static_cast<std::size_t>(CdFrames::kChannels))
        throw Error(ErrorKind::Internal, m_state->target.string(), "DDP audio must be stereo");
    std::vector<std::int16_t> samples(stereo.frameCount() * CdFrames::kChannels);
    for (std::size_t c = 0; c < stereo.channelCount(); ++c)
        for (std::size_t i = 0; i < stereo.frameCount(); ++i)
            samples[i * CdFrames::kChannels + c] = static_cast<std::int16_t>(
                std::clamp(std::nearbyint(static_cast<double>(stereo.channel(c)[i]) * kSixteenBitScale),
                           -kSixteenBitScale, kSixteenBitScale - 1.0));
    write(std::span<const std::int16_t>(samples));
}

void DdpWriter::finish() {
    State& state = *m_state;
    if (state.framesWritten != state.albumFrames)
        throw Error(ErrorKind::Internal, state.target.string(),
                    "DDP audio ends after " + std::to_string(state.framesWritten) + " of " +
                        std::to_string(state.albumFrames) + " frames");
    const std::int64_t padding = state.disc.toc.leadOut * CdFrames::kSamplesPerFrame - state.albumFrames;
    state.image.write(std::string(
        static_cast<std::size_t>(padding) * CdFrames::kChannels * CdFrames::kBytesPerSample, '\0'));
    const std::string imageMd5 = state.image.close();
    state.finished = true;

    std::vector<CdText> trackTexts;
    for (const DdpTrack& track : state.disc.tracks)
        trackTexts.push_back(track.text);
    const std::string cdText = cdtext::hasAnyText(state.disc.albumText, trackTexts)
                                   ? cdtext::encodePacks(state.disc.albumText, trackTexts)
                                   : std::string();
    const std::string pqBytes = pqFile(state.disc);

    // checksum.md5 lists the files in cue2ddp's order.
    std::vector<std::pair<std::string, std::string>> checksums;
    state.writeSmallFile(kIdFileName, idFile(state.disc), checksums);
    state.writeSmallFile(kMapFileName, mapFile(state.disc, cdText.size(), pqBytes.size()), checksums);
    if (!cdText.empty())
        state.writeSmallFile(kCdTextFileName, cdText, checksums);
    state.writeSmallFile(kPqFileName, pqBytes, checksums);
    checksums.emplace_back(imageMd5, kImageFileName);
    std::string list;
    for (const auto& [md5, name] : checksums)
        list += md5 + " *" + name + "\n";
    std::vector<std::pair<std::string, std::string>> ignored;
    state.writeSmallFile(kChecksumFileName, list, ignored);
    state.folder.commit();
}

void writeDdp(const fs::path& target, const DdpDisc& disc, std::span<const std::int16_t> interleavedStereo) {
    DdpWriter writer(target, disc, static_cast<std::int64_t>(interleavedStereo.size() / CdFrames::kChannels));
    writer.write(interleavedStereo);
    writer.finish();
}

}  // namespace lathe
