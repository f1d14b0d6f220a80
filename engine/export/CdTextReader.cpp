#include "export/CdTextReader.h"

#include "export/CdTextCrc.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <map>

namespace lathe {
namespace {

// Sony's lead-in pack, as the reader knows it.
constexpr std::size_t kPack = 18;
constexpr std::size_t kPayloadStart = 4;
constexpr std::size_t kPayload = 12;
constexpr std::size_t kCrcAt = 16;
constexpr std::uint8_t kTypeFirst = 0x80;
constexpr std::uint8_t kTypeLast = 0x8F;
constexpr std::uint8_t kSizeInfo = 0x8F;
constexpr std::uint8_t kDoubleByteFlag = 0x80;
constexpr int kBlockShift = 4;
constexpr std::uint8_t kBlockMask = 0x07;
constexpr std::size_t kSizeInfoPacks = 3;
constexpr std::size_t kSizeInfoCountsAt = 4;
constexpr std::size_t kSizeInfoLastSequenceAt = 20;
constexpr std::size_t kTypes = 16;
constexpr std::uint8_t kCharsetMsJis = 0x80;
constexpr std::string_view kSameAsBefore = "\t";

struct TextKind {
    std::uint8_t type;
    std::string CdText::*field;
    const char* name;
};

constexpr std::array<TextKind, 6> kKinds{{
    {0x80, &CdText::title, "title"},
    {0x81, &CdText::performer, "performer"},
    {0x82, &CdText::songwriter, "songwriter"},
    {0x83, &CdText::composer, "composer"},
    {0x84, &CdText::arranger, "arranger"},
    {0x85, &CdText::message, "message"},
}};

std::string hex(unsigned value, int digits) {
    char text[16];
    std::snprintf(text, sizeof text, "%0*X", digits, value);
    return text;
}

std::string latin1ToUtf8(std::string_view latin1) {
    std::string out;
    for (char c : latin1) {
        const auto code = static_cast<unsigned char>(c);
        if (code < 0x80) {
            out += c;
        } else {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }
    return out;
}

using Pack = std::string_view;

std::uint8_t byteAt(Pack pack, std::size_t i) {
    return static_cast<std::uint8_t>(pack[i]);
}

class Decoder {
public:
    Decoder(std::size_t trackCount, const std::string& fileName, std::vector<std::string>& problems)
        : m_trackCount(trackCount), m_file(fileName), m_problems(problems) {
        m_content.tracks.resize(trackCount);
    }

    CdTextContent run(std::string_view bytes) {
        if (bytes.size() % kPack == 1 && bytes.back() == '\0')
            bytes.remove_suffix(1);  // Sonoris' terminator
        else if (bytes.size() % kPack != 0)
            problem("its " + std::to_string(bytes.size()) + " bytes are not a whole number of 18-byte packs");
        for (std::size_t i = 0; i + kPack <= bytes.size(); i += kPack)
            checkPack(i / kPack, bytes.substr(i, kPack));
        if (m_block0.empty()) {
            problem("no CD-Text packs in block 0");
            return m_content;
        }
        checkSizeInformation();
        if (!m_doubleByte && m_charset != kCharsetMsJis)
            for (const TextKind& kind : kKinds)
                decode(kind);
        return m_content;
    }

private:
    void problem(const std::string& why) { m_problems.push_back(m_file + ": " + why); }

    void checkPack(std::size_t index, Pack pack) {
        const std::string where = "pack " + std::to_string(index) + ": ";
        const std::uint16_t stored =
            static_cast<std::uint16_t>(byteAt(pack, kCrcAt) << 8 | byteAt(pack, kCrcAt + 1));
        const std::uint16_t computed =
            cdTextCrc(std::span(reinterpret_cast<const std::uint8_t*>(pack.data()), kCrcAt));
        if (stored != computed)
            problem(where + "CRC mismatch (stored " + hex(stored, 4) + ", computed " + hex(computed, 4) +
                    ")");
        const std::uint8_t type = byteAt(pack, 0);
        if (type < kTypeFirst || type > kTypeLast) {
            problem(where + "unknown pack type 0x" + hex(type, 2));
            return;
        }
        const int block = (byteAt(pack, 3) >> kBlockShift) & kBlockMask;
        const std::size_t expectedSequence = m_sequence[block]++;
        if (byteAt(pack, 2) != expectedSequence)
            problem(where + "sequence number " + std::to_string(byteAt(pack, 2)) + ", expected " +
                    std::to_string(expectedSequence));
        if (block != 0)
            return;
        if (byteAt(pack, 3) & kDoubleByteFlag)
            m_doubleByte = true;
        ++m_counts[type - kTypeFirst];
        m_block0.push_back(pack);
    }

    void checkSizeInformation() {
        std::string info;
        for (Pack pack : m_block0)
            if (byteAt(pack, 0) == kSizeInfo)
                info += pack.substr(kPayloadStart, kPayload);
        if (info.size() != kSizeInfoPacks * kPayload) {
            problem("expected 3 size-information packs (0x8F), found " +
                    std::to_string(info.size() / kPayload));
            return;
        }
        const auto at = [&](std::size_t i) { return static_cast<std::uint8_t>(info[i]); };
        m_charset = at(0);
        if (at(1) != 1 || at(2) != m_trackCount)
            problem("size information says tracks " + std::to_string(at(1)) + " to " + std::to_string(at(2)) +
                    ", the disc has 1 to " + std::to_string(m_trackCount));
        for (std::size_t type = 0; type < kTypes; ++type)
            if (at(kSizeInfoCountsAt + type) != m_counts[type])
                problem("size information counts " + std::to_string(at(kSizeInfoCountsAt + type)) +
                        " packs of type 0x" + hex(static_cast<unsigned>(kTypeFirst + type), 2) +
                        ", the file has " + std::to_string(m_counts[type]));
        if (at(kSizeInfoLastSequenceAt) + 1u != m_block0.size())
            problem("size information gives block 0's last sequence number as " +
                    std::to_string(at(kSizeInfoLastSequenceAt)) + ", the block has " +
                    std::to_string(m_block0.size()) + " packs");
    }

    // The strings of one type follow each other, album first, each NUL-terminated.
    void decode(const TextKind& kind) {
        std::string stream;
        for (Pack pack : m_block0)
            if (byteAt(pack, 0) == kind.type)
                stream += pack.substr(kPayloadStart, kPayload);
        if (stream.empty())
            return;
        std::vector<std::string> strings;
        std::size_t start = 0;
        for (std::size_t end = stream.find('\0'); end != std::string::npos; end = stream.find('\0', start)) {
            strings.push_back(stream.substr(start, end - start));
            start = end + 1;
        }
        if (start < stream.size())
            problem(std::string(kind.name) + " text does not end with a NUL");
        for (std::size_t i = 0; i < strings.size(); ++i) {
            if (i > m_trackCount) {
                if (!strings[i].empty())
                    problem(std::string(kind.name) + " text for track " + std::to_string(i) +
                            ", but the disc has " + std::to_string(m_trackCount) + " tracks");
                continue;
            }
            if (strings[i] == kSameAsBefore && i > 1)
                strings[i] = strings[i - 1];
            CdText& target = i == 0 ? m_content.album : m_content.tracks[i - 1];
            target.*kind.field = latin1ToUtf8(strings[i]);
        }
    }

    std::size_t m_trackCount;
    const std::string& m_file;
    std::vector<std::string>& m_problems;
    CdTextContent m_content;
    std::map<int, std::size_t> m_sequence;
    std::array<std::size_t, kTypes> m_counts{};
    std::vector<Pack> m_block0;
    bool m_doubleByte = false;
    std::uint8_t m_charset = 0;
};

}  // namespace

CdTextContent CdTextReader::read(std::string_view bytes, std::size_t trackCount, const std::string& fileName,
                                 std::vector<std::string>& problems) {
    return Decoder(trackCount, fileName, problems).run(bytes);
}

}  // namespace lathe
