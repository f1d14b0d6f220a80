#include "export/CdTextPacks.h"

#include "core/Error.h"
#include "export/CdTextCrc.h"

#include <array>
#include <cstdint>
#include <vector>

namespace lathe::cdtext {
namespace {

constexpr std::size_t kHeaderBytes = 4;
constexpr std::size_t kPayloadBytes = 12;
constexpr std::size_t kCrcOffset = kHeaderBytes + kPayloadBytes;
constexpr std::uint8_t kCharPositionMax = 15;
constexpr std::uint8_t kSizeInfoType = 0x8F;
constexpr std::uint8_t kFirstPackType = 0x80;
constexpr std::size_t kPackTypes = 16;
constexpr std::size_t kSizeInfoPacks = 3;
constexpr std::size_t kBlocks = 8;
constexpr std::uint8_t kCharsetIso8859_1 = 0x00;
constexpr std::uint8_t kLanguageEnglish = 0x09;
constexpr char kReplacement = '?';
constexpr unsigned kLatin1Max = 0xFF;

struct TextType {
    std::uint8_t packType;
    std::string CdText::*field;
};

constexpr std::array<TextType, 6> kTextTypes{{
    {0x80, &CdText::title},
    {0x81, &CdText::performer},
    {0x82, &CdText::songwriter},
    {0x83, &CdText::composer},
    {0x84, &CdText::arranger},
    {0x85, &CdText::message},
}};

using Pack = std::array<std::uint8_t, kPackBytes>;

// Collects the block's packs, numbering them and counting them per type.
class PackSequence {
public:
    void add(std::uint8_t type, std::uint8_t trackOrPackNumber, std::uint8_t charPosition,
             std::span<const std::uint8_t, kPayloadBytes> payload) {
        Pack pack{};
        pack[0] = type;
        pack[1] = trackOrPackNumber;
        pack[2] = static_cast<std::uint8_t>(m_packs.size());  // checked against the limit below
        pack[3] = std::min(charPosition, kCharPositionMax);   // block 0, single-byte characters
        std::copy(payload.begin(), payload.end(), pack.begin() + kHeaderBytes);
        const std::uint16_t crc = cdTextCrc(std::span(pack.data(), kCrcOffset));
        pack[kCrcOffset] = static_cast<std::uint8_t>(crc >> 8);
        pack[kCrcOffset + 1] = static_cast<std::uint8_t>(crc & 0xFF);
        m_packs.push_back(pack);
        ++m_counts[type - kFirstPackType];
    }

    std::size_t size() const { return m_packs.size(); }
    std::uint8_t count(std::uint8_t type) const {
        return static_cast<std::uint8_t>(m_counts[type - kFirstPackType]);
    }

    std::string bytes() const {
        std::string out;
        for (const Pack& pack : m_packs)
            out.append(reinterpret_cast<const char*>(pack.data()), pack.size());
        return out;
    }

private:
    std::vector<Pack> m_packs;
    std::array<std::size_t, kPackTypes> m_counts{};
};

// One text type: album string, then each track's, each NUL-terminated, cut into
// 12-byte payloads. Each pack names the string its first byte belongs to and how many
// of that string's characters earlier packs already hold.
void addTextType(const TextType& type, const std::vector<std::string>& strings, PackSequence& packs) {
    struct Origin {
        std::uint8_t track;
        std::uint8_t charPosition;
    };
    std::vector<std::uint8_t> bytes;
    std::vector<Origin> origins;
    for (std::size_t s = 0; s < strings.size(); ++s) {
        for (std::size_t c = 0; c <= strings[s].size(); ++c) {
            bytes.push_back(c < strings[s].size() ? static_cast<std::uint8_t>(strings[s][c]) : 0);
            origins.push_back({static_cast<std::uint8_t>(s),
                               static_cast<std::uint8_t>(std::min<std::size_t>(c, kCharPositionMax))});
        }
    }
    bytes.resize((bytes.size() + kPayloadBytes - 1) / kPayloadBytes * kPayloadBytes, 0);
    for (std::size_t start = 0; start < origins.size(); start += kPayloadBytes)
        packs.add(type.packType, origins[start].track, origins[start].charPosition,
                  std::span<const std::uint8_t, kPayloadBytes>(bytes.data() + start, kPayloadBytes));
}

// The three 0x8F packs: charset, first and last track, copyright flags, the number of
// packs of each type (these three included), the last sequence number and the
// language of each of the eight blocks.
void addSizeInformation(std::size_t trackCount, PackSequence& packs) {
    std::array<std::uint8_t, kSizeInfoPacks * kPayloadBytes> info{};
    std::size_t at = 0;
    info[at++] = kCharsetIso8859_1;
    info[at++] = 1;
    info[at++] = static_cast<std::uint8_t>(trackCount);
    info[at++] = 0;  // no copyright flags
    for (std::size_t type = 0; type < kPackTypes; ++type) {
        const auto packType = static_cast<std::uint8_t>(kFirstPackType + type);
        info[at++] =
            packType == kSizeInfoType ? static_cast<std::uint8_t>(kSizeInfoPacks) : packs.count(packType);
    }
    info[at] =
        static_cast<std::uint8_t>(packs.size() + kSizeInfoPacks - 1);  // block 0's last sequence number
    at += kBlocks;
    info[at] = kLanguageEnglish;
    for (std::size_t p = 0; p < kSizeInfoPacks; ++p)
        packs.add(
            kSizeInfoType, static_cast<std::uint8_t>(p), 0,
            std::span<const std::uint8_t, kPayloadBytes>(info.data() + p * kPayloadBytes, kPayloadBytes));
}

}  // namespace

bool hasAnyText(const CdText& album, std::span<const CdText> tracks) {
    const auto anySet = [](const CdText& text) {
        for (const TextType& type : kTextTypes)
            if (!(text.*type.field).empty())
                return true;
        return false;
    };
    if (anySet(album))
        return true;
    for (const CdText& track : tracks)
        if (anySet(track))
            return true;
    return false;
}

std::string toLatin1(std::string_view utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 1;
        unsigned codePoint = lead;
        bool valid = length == 1 ? lead < 0x80 : i + length <= utf8.size();
        if (length > 1 && valid) {
            codePoint = lead & (0x7Fu >> length);
            for (std::size_t k = 1; k < length; ++k) {
                const auto next = static_cast<unsigned char>(utf8[i + k]);
                valid = valid && (next & 0xC0) == 0x80;
                codePoint = (codePoint << 6) | (next & 0x3Fu);
            }
        }
        // Control characters would be read as the TAB "same as before" marker or worse.
        const bool printable =
            codePoint >= 0x20 && codePoint != 0x7F && !(codePoint >= 0x80 && codePoint < 0xA0);
        out += valid && printable && codePoint <= kLatin1Max ? static_cast<char>(codePoint) : kReplacement;
        i += valid ? length : 1;
    }
    return out;
}

std::string encodePacks(const CdText& album, std::span<const CdText> tracks) {
    PackSequence packs;
    for (const TextType& type : kTextTypes) {
        std::vector<std::string> strings{toLatin1(album.*type.field)};
        bool any = !strings.front().empty();
        for (const CdText& track : tracks) {
            strings.push_back(toLatin1(track.*type.field));
            any = any || !strings.back().empty();
        }
        if (any)
            addTextType(type, strings, packs);
    }
    if (packs.size() + kSizeInfoPacks > kMaxPacksPerBlock)
        throw badInput("CD-Text", "the album's text needs " + std::to_string(packs.size() + kSizeInfoPacks) +
                                      " packs; a CD-Text block holds at most " +
                                      std::to_string(kMaxPacksPerBlock) + ": shorten titles or names");
    addSizeInformation(tracks.size(), packs);
    return packs.bytes();
}

}  // namespace lathe::cdtext
