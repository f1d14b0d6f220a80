#include "export/CdTextPacks.h"

#include "core/Error.h"
#include "export/CdTextCrc.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <vector>

namespace lathe {
namespace {

using Bytes = std::vector<std::uint8_t>;

// An independent CRC: libburn's crc_11021, the message times x^16 divided by
// x^16 + x^12 + x^5 + 1 bit by bit; CD-Text stores the remainder inverted.
std::uint16_t polynomialDivisionCrc(const std::uint8_t* data, std::size_t count) {
    std::uint32_t remainder = 0;
    for (std::size_t bit = 0; bit < count * 8 + 16; ++bit) {
        remainder <<= 1;
        if (bit < count * 8)
            remainder |= (data[bit / 8] >> (7 - bit % 8)) & 1u;
        if (remainder & 0x10000u)
            remainder ^= 0x11021u;
    }
    return static_cast<std::uint16_t>(~remainder & 0xFFFFu);
}

Bytes bytesOf(const std::string& text) {
    return Bytes(text.begin(), text.end());
}

// A pack as the document draws it: header, 12 payload bytes (text NUL-padded).
Bytes pack(std::uint8_t type, std::uint8_t track, std::uint8_t sequence, std::uint8_t charPosition,
           const std::string& payload) {
    Bytes bytes(18, 0);
    bytes[0] = type;
    bytes[1] = track;
    bytes[2] = sequence;
    bytes[3] = charPosition;
    for (std::size_t i = 0; i < payload.size() && i < 12; ++i)
        bytes[4 + i] = static_cast<std::uint8_t>(payload[i]);
    const std::uint16_t crc = polynomialDivisionCrc(bytes.data(), 16);
    bytes[16] = static_cast<std::uint8_t>(crc >> 8);
    bytes[17] = static_cast<std::uint8_t>(crc & 0xFF);
    return bytes;
}

TEST(CdTextCrc, MatchesPacksFromARealMaster) {
    // The size-information packs of a Suntrip Records master, quoted in ddpLib's
    // LeadInBlockSize.java (13 tracks, 0x2E packs): bytes 0-15, then the stored CRC.
    const std::array<std::array<std::uint8_t, 18>, 3> packs{{
        {0x8F, 0x00, 0x2B, 0x00, 0x01, 0x01, 0x0D, 0x03, 0x0C, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x7B,
         0x3D},
        {0x8F, 0x01, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x12, 0x03, 0x2D, 0x00, 0x00, 0x00, 0xDA,
         0xB7},
        {0x8F, 0x02, 0x2D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x6A,
         0x24},
    }};
    for (const auto& real : packs) {
        const std::uint16_t stored = static_cast<std::uint16_t>(real[16] << 8 | real[17]);
        EXPECT_EQ(cdTextCrc(std::span(real.data(), 16)), stored);
        EXPECT_EQ(polynomialDivisionCrc(real.data(), 16), stored);
    }
}

TEST(CdTextCrc, AgreesWithPolynomialDivisionOnManyPacks) {
    std::uint8_t data[16];
    std::uint32_t state = 12345;
    for (int trial = 0; trial < 2000; ++trial) {
        for (std::uint8_t& byte : data) {
            state = state * 1664525u + 1013904223u;
            byte = static_cast<std::uint8_t>(state >> 24);
        }
        ASSERT_EQ(cdTextCrc(std::span(data, 16)), polynomialDivisionCrc(data, 16)) << trial;
    }
}

TEST(CdTextPacks, AlbumAndTrackTextsBecomeTheDocumentsPacks) {
    CdText album;
    album.title = "Night Drive";
    album.performer = "The Examples";
    std::vector<CdText> tracks(2);
    tracks[0].title = "One";
    tracks[1].title = "Two";
    const std::string packs = cdtext::encodePacks(album, tracks);

    // Titles: "Night Drive\0" fills pack 0; pack 1 starts with track 1's title.
    // Performers: "The Examples" fills pack 2; pack 3 starts with its NUL (12
    // characters of the album's string already sent), then the tracks' empty strings.
    // Size information: charset 0, tracks 1-2, 2 title and 2 performer packs, 3 size
    // packs, last sequence number 6, language 9 (English) for block 0.
    std::vector<Bytes> expected{
        pack(0x80, 0, 0, 0, std::string("Night Drive\0", 12)),
        pack(0x80, 1, 1, 0, std::string("One\0Two\0", 8)),
        pack(0x81, 0, 2, 0, "The Examples"),
        pack(0x81, 0, 3, 12, std::string("\0\0\0", 3)),
        pack(0x8F, 0, 4, 0, std::string("\x00\x01\x02\x00\x02\x02\x00\x00\x00\x00\x00\x00", 12)),
        pack(0x8F, 1, 5, 0, std::string("\x00\x00\x00\x00\x00\x00\x00\x03\x06\x00\x00\x00", 12)),
        pack(0x8F, 2, 6, 0, std::string("\x00\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00", 12)),
    };
    ASSERT_EQ(packs.size(), expected.size() * 18);
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(bytesOf(packs.substr(i * 18, 18)), expected[i]) << "pack " << i;
}

TEST(CdTextPacks, LongStringsCountTheirCharactersAlreadySentUpToFifteen) {
    CdText album;
    album.message = std::string(40, 'm');
    const std::string packs = cdtext::encodePacks(album, std::vector<CdText>(1));
    // 40 characters and a NUL, then track 1's empty string: 43 bytes, 4 packs.
    ASSERT_EQ(packs.size(), (4u + 3u) * 18u);
    const std::uint8_t expectedPositions[] = {0, 12, 15, 15};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(static_cast<std::uint8_t>(packs[i * 18]), 0x85);
        EXPECT_EQ(static_cast<std::uint8_t>(packs[i * 18 + 3]), expectedPositions[i]) << i;
    }
}

TEST(CdTextPacks, Utf8IsStoredAsLatin1) {
    EXPECT_EQ(cdtext::toLatin1("Caf\xC3\xA9 \xE2\x82\xAC"), "Caf\xE9 ?");  // the euro sign is not Latin-1
    EXPECT_EQ(cdtext::toLatin1("tab\there"), "tab?here");
    EXPECT_EQ(cdtext::toLatin1("\xC3"), "?");  // cut-off sequence
}

TEST(CdTextPacks, KnowsWhenThereIsNoText) {
    std::vector<CdText> tracks(3);
    EXPECT_FALSE(cdtext::hasAnyText({}, tracks));
    tracks[2].arranger.push_back('A');
    EXPECT_TRUE(cdtext::hasAnyText({}, tracks));
}

TEST(CdTextPacks, TooMuchTextForOneBlockIsAnError) {
    std::vector<CdText> tracks(99);
    for (CdText& text : tracks)
        text.title = std::string(30, 't');  // 99 x 31 bytes = 256 packs
    EXPECT_THROW(cdtext::encodePacks({}, tracks), Error);
}

}  // namespace
}  // namespace lathe
