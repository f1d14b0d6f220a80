#include "export/DdpReader.h"

#include "core/Error.h"
#include "core/Md5.h"
#include "export/CdTextReader.h"
#include "export/ChecksumList.h"
#include "export/DdpFields.h"
#include "io/AudioFileWriter.h"
#include "project/Isrc.h"
#include "project/UpcEan.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <system_error>

namespace lathe {
namespace {

namespace fs = std::filesystem;
using ddpfields::at;
using ddpfields::isBlank;
using ddpfields::number;
using ddpfields::shown;
using ddpfields::text;

// The CD as the reader checks it.
constexpr std::int64_t kSectorBytes = 2352;
constexpr std::int64_t kSectorsPerSecond = 75;
constexpr std::int64_t kFirstIndex1Sector = 2 * kSectorsPerSecond;
constexpr std::int64_t kMinTrackSectors = 4 * kSectorsPerSecond;
constexpr std::int64_t kMaxLeadOutSector = (79 * 60 + 57) * kSectorsPerSecond;
constexpr int kMaxTrackNumber = 99;
constexpr int kCdRate = 44100;
constexpr int kCdChannels = 2;

// Records of the three ASCII files; the offsets are cd-ddp.md's, read here on their own.
constexpr std::size_t kIdRecord = 128;
constexpr std::size_t kMapRecord = 128;
constexpr std::size_t kPqRecord = 64;
// Files other than the image are small; anything larger is not what it claims to be.
constexpr std::uintmax_t kMaxSmallFile = 16u << 20;
constexpr std::size_t kImageReadBlock = 1u << 20;

struct MapStream {
    std::size_t packet = 0;
    std::string type;                     // DST
    std::string subcode;                  // SUB
    std::string cdMode;                   // CDM
    std::optional<std::int64_t> length;   // DSL
    std::int64_t start = 0;               // DSS
    std::optional<std::int64_t> pregap2;  // PRE2
    std::string name;                     // DSI
};

struct PqEntry {
    std::size_t packet = 0;
    std::string track;  // "00", "01".."99", "AA"
    int index = 0;
    std::int64_t sector = 0;
    std::string isrc;
    std::string upc;
};

class Inspector {
public:
    explicit Inspector(fs::path folder) : m_folder(std::move(folder)) {}

    DdpInspection run() {
        readId();
        readMap();
        if (m_pq)
            readPq();
        checkAudioStream();
        checkRedBook();
        if (m_cdText)
            readCdText();
        checkChecksums();
        return std::move(m_result);
    }

private:
    void problem(const std::string& what) { m_result.problems.push_back(what); }

    // A small file of the image, or nullopt with a problem.
    std::optional<std::string> readSmall(const std::string& name) {
        const fs::path path = m_folder / name;
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) {
            problem(name + ": missing");
            return std::nullopt;
        }
        const std::uintmax_t size = fs::file_size(path, ec);
        if (ec || size > kMaxSmallFile) {
            problem(name + ": " + (ec ? ec.message() : "too large (" + std::to_string(size) + " bytes)"));
            return std::nullopt;
        }
        std::ifstream in(path, std::ios::binary);
        std::string bytes(static_cast<std::size_t>(size), '\0');
        if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
            problem(name + ": cannot be read");
            return std::nullopt;
        }
        return bytes;
    }

    // Whole records of a file; a trailing part is a problem.
    std::vector<std::string_view> records(const std::string& name, const std::string& bytes,
                                          std::size_t size) {
        if (bytes.empty() || bytes.size() % size != 0)
            problem(name + ": " + std::to_string(bytes.size()) + " bytes is not a whole number of " +
                    std::to_string(size) + "-byte packets");
        std::vector<std::string_view> out;
        for (std::size_t i = 0; i + size <= bytes.size(); i += size)
            out.emplace_back(std::string_view(bytes).substr(i, size));
        return out;
    }

    void readId() {
        const auto bytes = readSmall("DDPID");
        if (!bytes)
            return;
        if (bytes->size() != kIdRecord) {
            problem("DDPID: " + std::to_string(bytes->size()) + " bytes, expected 128");
            if (bytes->size() < kIdRecord)
                return;
        }
        const std::string_view id(*bytes);
        m_result.level = text(at(id, 0, 8));
        if (m_result.level != "DDP 2.00" && m_result.level != "DDP 1.01" && m_result.level != "DDP 1.00")
            problem("DDPID: level " + shown(at(id, 0, 8)) + " is not a CD DDP level (DDP 2.00)");
        const std::string_view upc = at(id, 8, 13);
        if (!isBlank(upc)) {
            m_result.upcEan = text(upc);
            if (const auto why = upcean::problem(m_result.upcEan))
                problem("DDPID: UPC " + shown(upc) + ": " + *why);
        }
        m_result.masterId = text(at(id, 38, 48));
        if (at(id, 87, 2) != "CD")
            problem("DDPID: TYPE " + shown(at(id, 87, 2)) + ", expected \"CD\"");
    }

    std::optional<std::string> streamName(std::string_view packet, const std::string& where) {
        const auto size = number(at(packet, 71, 3));
        const std::string_view field = at(packet, 74, 17);
        std::string name = size && *size > 0 && *size <= 17
                               ? text(field.substr(0, static_cast<std::size_t>(*size)))
                               : text(field);
        const bool plain = !name.empty() && name != "." && name != ".." &&
                           std::all_of(name.begin(), name.end(),
                                       [](char c) { return c > 0x20 && c < 0x7F && c != '/' && c != '\\'; });
        if (!plain) {
            problem(where + "DSI " + shown(field) + " is not a file name");
            return std::nullopt;
        }
        return name;
    }

    // The size a stream's DSL promises against the file's.
    void checkStreamFile(const MapStream& stream, std::int64_t unitBytes, const char* unit) {
        std::error_code ec;
        const fs::path path = m_folder / stream.name;
        if (!fs::is_regular_file(path, ec)) {
            problem(stream.name + ": missing (named by DDPMS packet " + std::to_string(stream.packet) + ")");
            return;
        }
        const auto size = static_cast<std::int64_t>(fs::file_size(path, ec));
        if (stream.length && !ec && size != *stream.length * unitBytes)
            problem(stream.name + ": " + std::to_string(size) + " bytes, DDPMS gives DSL " +
                    std::to_string(*stream.length) + " " + unit);
    }

    void readMap() {
        const auto bytes = readSmall("DDPMS");
        if (!bytes)
            return;
        std::vector<MapStream> audio;
        for (std::string_view packet : records("DDPMS", *bytes, kMapRecord)) {
            MapStream stream;
            stream.packet = m_streamCount++;
            const std::string where = "DDPMS: packet " + std::to_string(stream.packet) + ": ";
            if (at(packet, 0, 4) != "VVVM") {
                problem(where + "starts " + shown(at(packet, 0, 4)) + ", not \"VVVM\"");
                continue;
            }
            stream.type = text(at(packet, 4, 2));
            stream.length = number(at(packet, 14, 8));
            if (!stream.length)
                problem(where + "DSL " + shown(at(packet, 14, 8)) + " is not a number");
            const std::string_view start = at(packet, 22, 8);
            if (!isBlank(start)) {
                if (const auto value = number(start))
                    stream.start = *value;
                else
                    problem(where + "DSS " + shown(start) + " is not a number");
            }
            stream.subcode = text(at(packet, 30, 8));
            stream.cdMode = text(at(packet, 38, 2));
            stream.pregap2 = number(at(packet, 46, 4));
            const auto name = streamName(packet, where);
            if (!name)
                continue;
            stream.name = *name;
            classify(stream, packet, where, audio);
        }
        if (!m_pq)
            problem("DDPMS: no PQ descriptor stream (S0 \"PQ DESCR\")");
        if (audio.empty())
            problem("DDPMS: no audio stream (D0 \"DA\")");
        else if (audio.size() > 1)
            problem("DDPMS: " + std::to_string(audio.size()) +
                    " audio streams; only an image in one audio stream can be checked");
        else
            m_audio = audio.front();
    }

    void classify(const MapStream& stream, std::string_view packet, const std::string& where,
                  std::vector<MapStream>& audio) {
        if (stream.type == "S0" && (stream.subcode == "PQ DESCR" || stream.subcode == "CDTEXT")) {
            std::optional<MapStream>& slot = stream.subcode == "CDTEXT" ? m_cdText : m_pq;
            if (slot)
                problem(where + "a second " + stream.subcode + " stream");
            else
                slot = stream;
            checkStreamFile(stream, 1, "bytes");
        } else if (stream.type == "D0" && stream.cdMode == "DA") {
            const std::string storage = text(at(packet, 40, 1));
            if (storage != "7" && storage != "0" && storage != "4")
                problem(where + "SSM " + shown(at(packet, 40, 1)) + " is not an audio storage mode");
            const std::string_view scrambled = at(packet, 41, 1);
            if (scrambled != "0" && scrambled != "1" && !isBlank(scrambled))
                problem(where + "SCR " + shown(scrambled) + ", expected 0 or 1");
            audio.push_back(stream);
            checkStreamFile(stream, kSectorBytes, "sectors");
        } else if (stream.type == "D0") {
            problem(where + "data stream (CDM " + shown(stream.cdMode) + "): not an audio CD");
        } else {
            problem(where + "stream type " + shown(stream.type) + " with SUB " + shown(stream.subcode) +
                    " is not part of an audio CD master");
        }
    }

    std::optional<PqEntry> pqEntry(std::string_view packet, std::size_t index) {
        PqEntry entry;
        entry.packet = index;
        const std::string where = m_pq->name + ": packet " + std::to_string(index) + ": ";
        if (at(packet, 0, 4) != "VVVS") {
            problem(where + "starts " + shown(at(packet, 0, 4)) + ", not \"VVVS\"");
            return std::nullopt;
        }
        entry.track = std::string(at(packet, 4, 2));
        const auto trackNumber = number(entry.track);
        if (entry.track != "AA" &&
            !(trackNumber && entry.track.find(' ') == std::string::npos && *trackNumber <= kMaxTrackNumber)) {
            problem(where + "TRK " + shown(entry.track) + " is not 00-99 or AA");
            return std::nullopt;
        }
        const auto index2 = number(at(packet, 6, 2));
        const auto minutes = number(at(packet, 10, 2));
        const auto seconds = number(at(packet, 12, 2));
        const auto frames = number(at(packet, 14, 2));
        if (!index2 || !minutes || !seconds || !frames || *seconds >= 60 || *frames >= kSectorsPerSecond) {
            problem(where + "index " + shown(at(packet, 6, 2)) + " at " + shown(at(packet, 10, 6)) +
                    " is not a valid index and MM:SS:FF time");
            return std::nullopt;
        }
        entry.index = static_cast<int>(*index2);
        entry.sector = (*minutes * 60 + *seconds) * kSectorsPerSecond + *frames;
        checkControl(at(packet, 16, 2), where);
        const std::string_view isrc = at(packet, 20, 12);
        if (!isBlank(isrc)) {
            entry.isrc = text(isrc);
            if (const auto why = isrc::problem(entry.isrc))
                problem(where + "ISRC " + shown(isrc) + ": " + *why);
        }
        const std::string_view upc = at(packet, 32, 13);
        if (!isBlank(upc))
            entry.upc = text(upc);
        return entry;
    }

    void checkControl(std::string_view control, const std::string& where) {
        const char nibble = control.empty() ? ' ' : control[0];
        const bool hex = std::isxdigit(static_cast<unsigned char>(nibble)) != 0;
        const int value = hex ? std::stoi(std::string(1, nibble), nullptr, 16) : -1;
        constexpr int kDataTrack = 4;
        constexpr int kFourChannel = 8;
        if (control.size() != 2 || !hex || (control[1] != '1' && control[1] != 'S'))
            problem(where + "CB1 " + shown(control) + " is not a control nibble and ADR 1");
        else if (value & kDataTrack)
            problem(where + "CB1 " + shown(control) + " marks a data track");
        else if (value & kFourChannel)
            problem(where + "CB1 " + shown(control) + " asks for four-channel audio, which players reject");
    }

    void readPq() {
        const auto bytes = readSmall(m_pq->name);
        if (!bytes)
            return;
        std::vector<PqEntry> entries;
        const auto packets = records(m_pq->name, *bytes, kPqRecord);
        for (std::size_t i = 0; i < packets.size(); ++i)
            if (auto entry = pqEntry(packets[i], i))
                entries.push_back(std::move(*entry));
        buildToc(entries);
    }

    // Lead-in, tracks 1, 2, ... with indexes in order, then one or two lead-outs.
    void buildToc(const std::vector<PqEntry>& entries) {
        const std::string file = m_pq->name + ": ";
        std::size_t i = 0;
        if (entries.empty() || entries[0].track != "00" || entries[0].index != 0 || entries[0].sector != 0)
            problem(file + "the first packet is not the lead-in (track 00, index 00 at 00:00:00)");
        else
            ++i;
        std::set<std::string> upcs;
        for (const PqEntry& entry : entries)
            if (!entry.upc.empty())
                upcs.insert(entry.upc);
        checkPqUpc(upcs, file);

        std::int64_t previousSector = 0;
        std::vector<std::int64_t> leadOuts;
        for (; i < entries.size(); ++i) {
            const PqEntry& entry = entries[i];
            const std::string where = file + "packet " + std::to_string(entry.packet) + ": ";
            if (entry.sector < previousSector)
                problem(where + "track " + entry.track + " index " + std::to_string(entry.index) +
                        " lies before the packet before it");
            previousSector = std::max(previousSector, entry.sector);
            if (entry.track == "AA") {
                leadOuts.push_back(entry.sector);
                continue;
            }
            if (!leadOuts.empty()) {
                problem(where + "a track after the lead-out");
                continue;
            }
            addToTrack(entry, where);
        }
        finishTracks(leadOuts, file);
    }

    void checkPqUpc(const std::set<std::string>& upcs, const std::string& file) {
        if (upcs.size() > 1)
            problem(file + "the packets give " + std::to_string(upcs.size()) + " different UPC/EAN codes");
        if (!upcs.empty() && !m_result.upcEan.empty() && *upcs.begin() != m_result.upcEan)
            problem(file + "UPC/EAN " + *upcs.begin() + " differs from DDPID's " + m_result.upcEan);
        if (upcs.empty() && !m_result.upcEan.empty())
            problem(file + "no UPC/EAN, though DDPID has " + m_result.upcEan +
                    ": the disc would carry no MCN");
        if (!upcs.empty() && m_result.upcEan.empty()) {
            m_result.upcEan = *upcs.begin();
            if (const auto why = upcean::problem(m_result.upcEan))
                problem(file + "UPC/EAN " + m_result.upcEan + ": " + *why);
        }
    }

    void addToTrack(const PqEntry& entry, const std::string& where) {
        const int number = std::stoi(entry.track);
        auto& tracks = m_result.tracks;
        if (tracks.empty() || tracks.back().number != number) {
            const int expected = tracks.empty() ? 1 : tracks.back().number + 1;
            if (number != expected || entry.index > 1) {
                problem(where + "track " + entry.track + " index " + std::to_string(entry.index) +
                        " where track " + std::to_string(expected) + " index 00 or 01 should start");
                return;
            }
            DdpTrackInfo track;
            track.number = number;
            track.index0Sector = entry.sector;
            track.index1Sector = entry.index == 1 ? entry.sector : -1;
            tracks.push_back(std::move(track));
            m_lastIndex = entry.index;
            m_isrcs.emplace_back();
        } else {
            if (entry.index != m_lastIndex + 1) {
                problem(where + "track " + entry.track + " index " + std::to_string(entry.index) +
                        " follows index " + std::to_string(m_lastIndex));
                return;
            }
            m_lastIndex = entry.index;
            if (entry.index == 1)
                tracks.back().index1Sector = entry.sector;
            else
                tracks.back().extraIndexSectors.push_back(entry.sector);
        }
        if (!entry.isrc.empty())
            m_isrcs.back().insert(entry.isrc);
    }

    void finishTracks(const std::vector<std::int64_t>& leadOuts, const std::string& file) {
        if (leadOuts.empty())
            problem(file + "no lead-out (track AA)");
        else if (leadOuts.size() > 2 || leadOuts.front() != leadOuts.back())
            problem(file + "expected one lead-out or two at the same address, found " +
                    std::to_string(leadOuts.size()));
        m_result.leadOutSector = leadOuts.empty() ? 0 : leadOuts.front();
        auto& tracks = m_result.tracks;
        for (std::size_t t = 0; t < tracks.size(); ++t) {
            DdpTrackInfo& track = tracks[t];
            if (track.index1Sector < 0) {
                problem(file + "track " + std::to_string(track.number) + " has no index 01");
                track.index1Sector = track.index0Sector;
            }
            track.endSector = t + 1 < tracks.size() ? tracks[t + 1].index0Sector : m_result.leadOutSector;
            if (m_isrcs[t].size() > 1)
                problem(file + "track " + std::to_string(track.number) +
                        " has different ISRCs on its packets");
            if (!m_isrcs[t].empty())
                track.isrc = *m_isrcs[t].begin();
        }
    }

    void checkAudioStream() {
        if (!m_audio)
            return;
        m_result.imageFile = m_audio->name;
        m_result.imageStartSector = m_audio->start;
        m_result.imageSectors = m_audio->length.value_or(0);
        if (!m_pq || m_result.tracks.empty())
            return;
        const std::int64_t imageEnd = m_audio->start + m_result.imageSectors;
        if (m_result.leadOutSector != imageEnd)
            problem("DDPMS: the audio stream ends at sector " + std::to_string(imageEnd) +
                    ", the lead-out is at " + std::to_string(m_result.leadOutSector));
        const std::int64_t index1 = m_result.tracks.front().index1Sector;
        if (m_audio->start > index1)
            problem("DDPMS: the audio stream starts at sector " + std::to_string(m_audio->start) +
                    ", after track 1's index 01 (" + std::to_string(index1) + ")");
        if (m_audio->pregap2 && m_audio->start == 0 && *m_audio->pregap2 != index1)
            problem("DDPMS: PRE2 says the image holds a " + std::to_string(*m_audio->pregap2) +
                    "-sector pregap, but track 1's index 01 is at sector " + std::to_string(index1));
    }

    void checkRedBook() {
        const auto& tracks = m_result.tracks;
        if (!m_pq)
            return;
        if (tracks.empty())
            problem("Red Book: the disc has no tracks");
        if (tracks.size() > static_cast<std::size_t>(kMaxTrackNumber))
            problem("Red Book: more than 99 tracks");
        if (!tracks.empty() && tracks.front().index1Sector < kFirstIndex1Sector)
            problem("Red Book: track 1's index 01 is at sector " +
                    std::to_string(tracks.front().index1Sector) + ", before 00:02:00 (150)");
        for (const DdpTrackInfo& track : tracks)
            if (track.endSector - track.index1Sector < kMinTrackSectors)
                problem("Red Book: track " + std::to_string(track.number) + " lasts " +
                        std::to_string(track.endSector - track.index1Sector) +
                        " sectors from index 01 to the next track's index 00; at least 300 (4 s)");
        if (m_result.leadOutSector > kMaxLeadOutSector)
            problem("Red Book: the lead-out at sector " + std::to_string(m_result.leadOutSector) +
                    " is past 79:57:00 (" + std::to_string(kMaxLeadOutSector) + ")");
    }

    void readCdText() {
        const auto bytes = readSmall(m_cdText->name);
        if (!bytes)
            return;
        CdTextContent content =
            CdTextReader::read(*bytes, m_result.tracks.size(), m_cdText->name, m_result.problems);
        m_result.albumText = std::move(content.album);
        for (std::size_t t = 0; t < m_result.tracks.size(); ++t)
            m_result.tracks[t].text = std::move(content.tracks[t]);
    }

    // Every file DDPMS names, and DDPID and DDPMS, must be listed with a matching MD5.
    void checkChecksums() {
        std::vector<fs::path> lists;
        std::error_code ec;
        for (fs::directory_iterator it(m_folder, ec), end; !ec && it != end; it.increment(ec)) {
            std::string extension = it->path().extension().string();
            std::transform(extension.begin(), extension.end(), extension.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (extension == ".md5" && it->is_regular_file())
                lists.push_back(it->path());
        }
        if (lists.empty()) {
            problem("checksums: no MD5 checksum file (*.md5) in the image's folder");
            return;
        }
        std::sort(lists.begin(), lists.end());
        const std::size_t problemsBefore = m_result.problems.size();
        std::set<std::string> listed;
        for (const fs::path& list : lists) {
            const std::string listName = list.filename().string();
            const auto bytes = readSmall(listName);
            if (!bytes)
                continue;
            for (const ChecksumEntry& entry : ChecksumList::parse(*bytes, listName, m_result.problems)) {
                listed.insert(entry.fileName);
                verify(entry, listName);
            }
        }
        for (const std::string& name : ddpFileNames())
            if (!listed.count(name))
                problem("checksums: " + name + " is not in any checksum file");
        m_result.checksumsOk = m_result.problems.size() == problemsBefore && !listed.empty();
    }

    std::vector<std::string> ddpFileNames() const {
        std::vector<std::string> names{"DDPID", "DDPMS"};
        for (const auto* stream : {&m_cdText, &m_pq, &m_audio})
            if (*stream)
                names.push_back((*stream)->name);
        return names;
    }

    void verify(const ChecksumEntry& entry, const std::string& listName) {
        const fs::path path = m_folder / entry.fileName;
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) {
            problem("checksums: " + listName + " lists " + entry.fileName + ", which is missing");
            return;
        }
        try {
            const std::string actual = Md5::hexOfFile(path);
            if (actual != entry.md5)
                problem("checksums: " + entry.fileName + ": MD5 mismatch: " + listName + " says " +
                        entry.md5 + ", the file has " + actual);
        } catch (const Error& error) {
            problem("checksums: " + std::string(error.what()));
        }
    }

    fs::path m_folder;
    DdpInspection m_result;
    std::size_t m_streamCount = 0;
    std::optional<MapStream> m_pq;
    std::optional<MapStream> m_cdText;
    std::optional<MapStream> m_audio;
    int m_lastIndex = 0;
    std::vector<std::set<std::string>> m_isrcs;
};

std::string trackFileName(int number) {
    char name[32];
    std::snprintf(name, sizeof name, "Track %02d.wav", number);
    return name;
}

// Sectors [first, last) of the image as a WAV, read block by block.
void extractSectors(std::ifstream& image, std::int64_t first, std::int64_t last, const fs::path& target) {
    AudioFileWriter writer(target, kCdRate, kCdChannels, SampleFormat::Int16);
    image.clear();
    image.seekg(first * kSectorBytes);
    std::vector<unsigned char> bytes(kImageReadBlock);
    std::vector<float> samples;
    std::int64_t remaining = (last - first) * kSectorBytes;
    while (remaining > 0) {
        const auto chunk = static_cast<std::size_t>(std::min<std::int64_t>(remaining, kImageReadBlock));
        if (!image.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(chunk)))
            throw badInput(target.string(), "the image ended early");
        samples.resize(chunk / 2);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const auto value =
                static_cast<std::int16_t>(static_cast<std::uint16_t>(bytes[2 * i] | bytes[2 * i + 1] << 8));
            samples[i] = static_cast<float>(value / 32768.0);
        }
        writer.writeInterleaved(samples.data(), samples.size() / kCdChannels);
        remaining -= static_cast<std::int64_t>(chunk);
    }
    writer.finish();
}

}  // namespace

DdpInspection DdpReader::inspect(const fs::path& folder) {
    std::error_code ec;
    if (!fs::exists(folder, ec))
        throw badInput(folder.string(), "no such folder");
    if (!fs::is_directory(folder, ec))
        throw badInput(folder.string(), "not a folder (a DDP image is a folder of files)");
    if (fs::directory_iterator(folder, ec); ec)
        throw badInput(folder.string(), "cannot be listed: " + ec.message());
    return Inspector(folder).run();
}

std::vector<fs::path> DdpReader::extractTracks(const fs::path& folder, DdpInspection& inspection,
                                               const fs::path& outFolder) {
    std::vector<fs::path> written;
    if (inspection.imageFile.empty() || inspection.tracks.empty())
        return written;
    std::ifstream image(folder / inspection.imageFile, std::ios::binary);
    if (!image) {
        inspection.problems.push_back("extract: " + inspection.imageFile + " cannot be read");
        return written;
    }
    std::error_code ec;
    fs::create_directories(outFolder, ec);
    if (ec)
        throw writeFailed(outFolder.string(), ec.message());
    const auto& tracks = inspection.tracks;
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        const std::int64_t first = tracks[t].index1Sector - inspection.imageStartSector;
        const std::int64_t last =
            (t + 1 < tracks.size() ? tracks[t + 1].index1Sector : inspection.leadOutSector) -
            inspection.imageStartSector;
        if (first < 0 || last <= first || last > inspection.imageSectors) {
            inspection.problems.push_back("extract: track " + std::to_string(tracks[t].number) +
                                          " lies outside the image");
            continue;
        }
        const fs::path target = outFolder / trackFileName(tracks[t].number);
        try {
            extractSectors(image, first, last, target);
            written.push_back(target);
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::BadInput)
                throw;
            inspection.problems.push_back("extract: " + std::string(error.what()));
        }
    }
    return written;
}

}  // namespace lathe
