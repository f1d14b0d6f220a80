#include "export/DdpWriter.h"

#include "DdpTestData.h"
#include "core/Error.h"
#include "core/Md5.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <set>

namespace lathe {
namespace {

namespace fs = std::filesystem;

std::string spaces(std::size_t count) {
    return std::string(count, ' ');
}

std::string padded(const std::string& text, std::size_t width) {
    return text + spaces(width - text.size());
}

// The bytes at `offset` of a record, for field-by-field checks against cd-ddp.md.
std::string field(const std::string& record, std::size_t offset, std::size_t length) {
    return record.substr(offset, length);
}

std::set<std::string> namesIn(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

class DdpWriterTest : public ::testing::Test {
protected:
    void writeImage(const DdpDisc& disc = test::textedDisc()) {
        m_samples = test::countingSignal(test::textedAlbumFrames());
        writeDdp(m_ddp, disc, m_samples);
    }
    std::string file(const char* name) const { return test::readBytes(m_ddp / name); }

    test::TempDir m_dir;
    fs::path m_ddp = m_dir / "DDP";
    std::vector<std::int16_t> m_samples;
};

TEST_F(DdpWriterTest, WritesTheFilesetAndNothingElse) {
    writeImage();
    EXPECT_EQ(namesIn(m_ddp), (std::set<std::string>{"DDPID", "DDPMS", "PQDESCR", "IMAGE.DAT", "CDTEXT.BIN",
                                                     "checksum.md5"}));
    EXPECT_EQ(namesIn(m_dir.path()), (std::set<std::string>{"DDP"}));  // no temporary folder left
}

TEST_F(DdpWriterTest, DdpIdIsExactlyTheDocumentsLayout) {
    writeImage();
    const std::string expected = std::string("DDP 2.00") + "0123456789012" + spaces(8) + spaces(8) +
                                 spaces(1) + padded("Night Drive master", 48) + spaces(1) + "CD" + spaces(4) +
                                 spaces(2) + spaces(33);
    ASSERT_EQ(expected.size(), 128u);
    EXPECT_EQ(file("DDPID"), expected);
}

TEST_F(DdpWriterTest, UpcAIsWrittenAsEan13) {
    DdpDisc disc = test::textedDisc();
    disc.upcEan = "036000291452";  // a UPC-A with a correct check digit
    writeImage(disc);
    EXPECT_EQ(field(file("DDPID"), 8, 13), "0036000291452");
    EXPECT_EQ(field(file("PQDESCR"), 32, 13), "0036000291452");
}

TEST_F(DdpWriterTest, MapPacketsNameEveryStream) {
    writeImage();
    const std::string map = file("DDPMS");
    ASSERT_EQ(map.size(), 3u * 128u);
    const std::string cdText = map.substr(0, 128);
    const std::string pq = map.substr(128, 128);
    const std::string audio = map.substr(256, 128);
    const std::size_t cdTextBytes = file("CDTEXT.BIN").size();

    EXPECT_EQ(field(cdText, 0, 4), "VVVM");
    EXPECT_EQ(field(cdText, 4, 2), "S0");
    EXPECT_EQ(field(cdText, 6, 8), spaces(8));
    EXPECT_EQ(std::stoul(field(cdText, 14, 8)), cdTextBytes);
    EXPECT_EQ(field(cdText, 22, 8), spaces(8));
    EXPECT_EQ(field(cdText, 30, 8), "CDTEXT  ");
    EXPECT_EQ(field(cdText, 38, 17), spaces(17));  // CDM SSM SCR PRE1 PRE2 PST MED
    EXPECT_EQ(field(cdText, 55, 2), "00");
    EXPECT_EQ(field(cdText, 71, 3), "017");
    EXPECT_EQ(field(cdText, 74, 17), padded("CDTEXT.BIN", 17));
    EXPECT_EQ(field(cdText, 91, 37), spaces(37));

    EXPECT_EQ(field(pq, 0, 6), "VVVMS0");
    EXPECT_EQ(field(pq, 14, 8), "00000576");  // 9 packets of 64 bytes
    EXPECT_EQ(field(pq, 30, 8), "PQ DESCR");
    EXPECT_EQ(field(pq, 55, 2), spaces(2));
    EXPECT_EQ(field(pq, 71, 20), "017" + padded("PQDESCR", 17));

    EXPECT_EQ(field(audio, 0, 6), "VVVMD0");
    EXPECT_EQ(field(audio, 14, 8), "00001613");  // sectors = the lead-out
    EXPECT_EQ(field(audio, 22, 8), spaces(8));   // DSS: the image starts at 00:00:00
    EXPECT_EQ(field(audio, 30, 8), spaces(8));
    EXPECT_EQ(field(audio, 38, 2), "DA");
    EXPECT_EQ(field(audio, 40, 1), "7");
    EXPECT_EQ(field(audio, 41, 1), "0");
    EXPECT_EQ(field(audio, 42, 4), spaces(4));
    EXPECT_EQ(field(audio, 46, 4), "0150");  // PRE2: track 1's pregap is in the image
    EXPECT_EQ(field(audio, 50, 21), spaces(21));
    EXPECT_EQ(field(audio, 71, 20), "017" + padded("IMAGE.DAT", 17));
    EXPECT_EQ(field(audio, 91, 37), spaces(37));
}

TEST_F(DdpWriterTest, PqDescriptorHasLeadInTracksIndexesAndTwoLeadOuts) {
    writeImage();
    const std::string pq = file("PQDESCR");
    // track, index, MSF, ISRC, UPC of each packet; the timeline test derives the frames.
    struct Expected {
        const char* trackIndex;
        const char* msf;
        const char* isrc;
        const char* upc;
    };
    const std::vector<Expected> expected{
        {"0000", "000000", "", "0123456789012"},
        {"0100", "000000", "USXYZ2600001", ""},
        {"0101", "000200", "USXYZ2600001", ""},
        {"0102", "000438", "", ""},              // frame 338
        {"0200", "001000", "USXYZ2600002", ""},  // frame 750
        {"0201", "001138", "USXYZ2600002", ""},  // frame 863
        {"0301", "001638", "", ""},              // frame 1238: the crossfaded track has no index 0
        {"AA01", "002138", "", ""},              // frame 1613
        {"AA01", "002138", "", ""},
    };
    ASSERT_EQ(pq.size(), expected.size() * 64);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const std::string packet = pq.substr(i * 64, 64);
        SCOPED_TRACE("packet " + std::to_string(i) + ": " + packet);
        EXPECT_EQ(field(packet, 0, 4), "VVVS");
        EXPECT_EQ(field(packet, 4, 4), expected[i].trackIndex);
        EXPECT_EQ(field(packet, 8, 2), spaces(2));
        EXPECT_EQ(field(packet, 10, 6), expected[i].msf);
        EXPECT_EQ(field(packet, 16, 2), "01");
        EXPECT_EQ(field(packet, 18, 2), spaces(2));
        EXPECT_EQ(field(packet, 20, 12), padded(expected[i].isrc, 12));
        EXPECT_EQ(field(packet, 32, 13), padded(expected[i].upc, 13));
        EXPECT_EQ(field(packet, 45, 19), spaces(19));
    }
}

TEST_F(DdpWriterTest, ImageIsLittleEndianStereoPaddedToWholeSectors) {
    writeImage();
    const std::string image = file("IMAGE.DAT");
    ASSERT_EQ(image.size(), 1613u * 2352u);
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(image[i]); };
    // Frame 0 is (1, 0); frame 0x1234 is (0x1235, 0).
    EXPECT_EQ(byte(0), 0x01);
    EXPECT_EQ(byte(1), 0x00);
    EXPECT_EQ(byte(2), 0x00);
    EXPECT_EQ(byte(0x1234 * 4), 0x35);
    EXPECT_EQ(byte(0x1234 * 4 + 1), 0x12);
    // Frame 0x10000 has its high word 1 in the right channel.
    EXPECT_EQ(byte(0x10000 * 4 + 2), 0x01);
    // 948150 frames of audio, then 294 frames of digital silence.
    const std::size_t audioBytes = 948150u * 4u;
    EXPECT_NE(image.substr(audioBytes - 4, 4), std::string(4, '\0'));
    EXPECT_EQ(image.substr(audioBytes), std::string(294u * 4u, '\0'));
}

TEST_F(DdpWriterTest, ChecksumFileListsEveryFileInMd5sumFormat) {
    writeImage();
    std::string expected;
    for (const char* name : {"DDPID", "DDPMS", "CDTEXT.BIN", "PQDESCR", "IMAGE.DAT"})
        expected += Md5::hexOfFile(m_ddp / name) + " *" + name + "\n";
    EXPECT_EQ(file("checksum.md5"), expected);
}

TEST_F(DdpWriterTest, NoCdTextFileWhenNoTextIsSet) {
    DdpDisc disc = test::textedDisc();
    disc.albumText = {};
    for (DdpTrack& track : disc.tracks)
        track.text = {};
    writeImage(disc);
    EXPECT_FALSE(fs::exists(m_ddp / "CDTEXT.BIN"));
    EXPECT_EQ(file("DDPMS").size(), 2u * 128u);
    EXPECT_EQ(file("DDPMS").substr(30, 8), "PQ DESCR");
    EXPECT_EQ(file("checksum.md5").find("CDTEXT"), std::string::npos);
}

TEST_F(DdpWriterTest, ReplacesAnOlderImageWhole) {
    fs::create_directories(m_ddp);
    test::writeBytes(m_ddp / "STALE.DAT", "old");
    writeImage();
    EXPECT_FALSE(fs::exists(m_ddp / "STALE.DAT"));
    EXPECT_TRUE(fs::exists(m_ddp / "IMAGE.DAT"));
    EXPECT_EQ(namesIn(m_dir.path()), (std::set<std::string>{"DDP"}));
}

TEST_F(DdpWriterTest, AnUnfinishedWriteLeavesNothing) {
    {
        DdpWriter writer(m_ddp, test::textedDisc(), test::textedAlbumFrames());
        const auto samples = test::countingSignal(1000);
        writer.write(samples);
        EXPECT_EQ(writer.framesWritten(), 1000);
        EXPECT_THROW(writer.finish(), Error);  // the audio is short
    }
    EXPECT_TRUE(namesIn(m_dir.path()).empty());
}

TEST_F(DdpWriterTest, AnUnwritablePlaceIsWriteFailed) {
    test::writeBytes(m_dir / "plain file", "not a folder");
    try {
        DdpWriter writer(m_dir / "plain file" / "DDP", test::textedDisc(), test::textedAlbumFrames());
        ADD_FAILURE() << "a DDP was begun below a plain file";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::WriteFailed);
        EXPECT_NE(std::string(error.what()).find("plain file"), std::string::npos) << error.what();
    }
}

TEST_F(DdpWriterTest, FloatAudioOnTheSixteenBitGridIsWrittenExactly) {
    const std::int64_t frames = test::textedAlbumFrames();
    AudioBuffer audio(2, static_cast<std::size_t>(frames));
    const auto samples = test::countingSignal(frames);
    for (std::size_t i = 0; i < audio.frameCount(); ++i)
        for (std::size_t c = 0; c < 2; ++c)
            audio.channel(c)[i] = static_cast<float>(samples[i * 2 + c] / 32768.0);
    DdpWriter writer(m_ddp, test::textedDisc(), frames);
    writer.write(audio.view());
    writer.finish();
    const std::string image = file("IMAGE.DAT");
    EXPECT_EQ(image.substr(0, samples.size() * 2),
              std::string(reinterpret_cast<const char*>(samples.data()), samples.size() * 2));
}

TEST_F(DdpWriterTest, RefusesADiscThatBreaksTheFormatBeforeWritingAnything) {
    const auto refuses = [&](const DdpDisc& disc, const std::string& words) {
        try {
            DdpWriter writer(m_ddp, disc, test::textedAlbumFrames());
            ADD_FAILURE() << "accepted a disc that should fail with: " << words;
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::BadInput);
            EXPECT_NE(std::string(error.what()).find(words), std::string::npos) << error.what();
        }
        EXPECT_TRUE(namesIn(m_dir.path()).empty());
    };
    DdpDisc early = test::textedDisc();
    early.toc.tracks[0].index1 = 149;
    refuses(early, "00:02:00");
    DdpDisc badIsrc = test::textedDisc();
    badIsrc.tracks[1].isrc = "US-XYZ";
    refuses(badIsrc, "track 2 ISRC");
    DdpDisc badUpc = test::textedDisc();
    badUpc.upcEan = "0123456789013";
    refuses(badUpc, "UPC/EAN");
    DdpDisc shortLeadOut = test::textedDisc();
    shortLeadOut.toc.leadOut -= 1;
    shortLeadOut.toc.tracks.back().end -= 1;
    refuses(shortLeadOut, "lead-out");
    DdpDisc disordered = test::textedDisc();
    disordered.toc.tracks[0].extraIndexes = {100};  // before index 1
    refuses(disordered, "track 1: its indexes");
}

}  // namespace
}  // namespace lathe
