#include "export/DdpReader.h"

#include "DdpTestData.h"
#include "core/Error.h"
#include "export/DdpWriter.h"
#include "support/TempDir.h"
#include "timeline/CdFrames.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lathe {
namespace {

namespace fs = std::filesystem;

bool mentions(const DdpInspection& inspection, const std::string& words) {
    return std::any_of(inspection.problems.begin(), inspection.problems.end(),
                       [&](const std::string& problem) { return problem.find(words) != std::string::npos; });
}

#define EXPECT_MENTIONS(inspection, words) \
    EXPECT_TRUE(mentions(inspection, words)) << ::testing::PrintToString((inspection).problems)

class DdpReaderTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_samples = test::countingSignal(test::textedAlbumFrames());
        writeDdp(m_ddp, test::textedDisc(), m_samples);
    }
    std::string file(const std::string& name) const { return test::readBytes(m_ddp / name); }
    void replaceIn(const std::string& name, std::size_t offset, const std::string& bytes) {
        std::string content = file(name);
        content.replace(offset, bytes.size(), bytes);
        test::writeBytes(m_ddp / name, content);
    }

    test::TempDir m_dir;
    fs::path m_ddp = m_dir / "DDP";
    std::vector<std::int16_t> m_samples;
};

TEST_F(DdpReaderTest, ReadsBackTheTimelinesTableOfContents) {
    const DdpInspection inspection = DdpReader::inspect(m_ddp);
    EXPECT_TRUE(inspection.problems.empty()) << ::testing::PrintToString(inspection.problems);
    EXPECT_TRUE(inspection.checksumsOk);
    EXPECT_EQ(inspection.level, "DDP 2.00");
    EXPECT_EQ(inspection.upcEan, "0123456789012");
    EXPECT_EQ(inspection.masterId, "Night Drive master");
    EXPECT_EQ(inspection.imageFile, "IMAGE.DAT");
    EXPECT_EQ(inspection.imageSectors, 1613);
    EXPECT_EQ(inspection.leadOutSector, 1613);
    EXPECT_EQ(inspection.albumText.title, "Night Drive");
    EXPECT_EQ(inspection.albumText.performer, "The Examples");

    const CdTableOfContents toc = test::textedDisc().toc;
    const char* const titles[] = {"One", "Two", "Three"};
    const char* const isrcs[] = {"USXYZ2600001", "USXYZ2600002", ""};
    ASSERT_EQ(inspection.tracks.size(), toc.tracks.size());
    for (std::size_t t = 0; t < toc.tracks.size(); ++t) {
        const DdpTrackInfo& track = inspection.tracks[t];
        SCOPED_TRACE(t);
        EXPECT_EQ(track.number, toc.tracks[t].number);
        EXPECT_EQ(track.index0Sector, toc.tracks[t].index0);
        EXPECT_EQ(track.index1Sector, toc.tracks[t].index1);
        EXPECT_EQ(track.extraIndexSectors, toc.tracks[t].extraIndexes);
        EXPECT_EQ(track.endSector, toc.tracks[t].end);
        EXPECT_EQ(track.isrc, isrcs[t]);
        EXPECT_EQ(track.text.title, titles[t]);
        EXPECT_EQ(track.text.performer, "");
    }
}

TEST_F(DdpReaderTest, ExtractedTracksTileTheImageFromTrackOnesIndexOne) {
    DdpInspection inspection = DdpReader::inspect(m_ddp);
    const auto files = DdpReader::extractTracks(m_ddp, inspection, m_dir / "wav");
    ASSERT_EQ(files.size(), 3u);
    EXPECT_EQ(files[0].filename(), "Track 01.wav");
    std::vector<std::int16_t> joined;
    for (const fs::path& path : files) {
        const auto samples = test::readSixteenBit(path);
        joined.insert(joined.end(), samples.begin(), samples.end());
    }
    // The image from sector 150: the album's samples after the pregap, then the padding.
    std::vector<std::int16_t> expected(m_samples.begin() + 150 * 588 * 2, m_samples.end());
    expected.resize(expected.size() + 294 * 2, 0);
    EXPECT_TRUE(joined == expected);
    EXPECT_TRUE(inspection.problems.empty()) << ::testing::PrintToString(inspection.problems);
}

// An album whose positions all fall on CD frames: each extracted track is exactly
// the timeline's track file, sample for sample.
TEST(DdpRoundTrip, EachExtractedTrackEqualsItsTimelineFileExactly) {
    const test::TempDir dir;
    Track first = test::plainTrack("A", 2.0);
    Track second = test::plainTrack("B", 1.0);
    second.isrc = "GBAAA2600007";
    Track third = test::plainTrack("C", 0.0);
    third.crossfadeSeconds = 0.4;  // 30 frames
    third.indexMarksSeconds = {1.0};
    const Project project = test::albumOf({first, second, third});
    const std::vector<std::int64_t> sources{588 * 400, 588 * 375, 588 * 333};
    const AlbumTimeline timeline(project, sources);
    ASSERT_EQ(timeline.totalFrames() % 588, 0);
    const auto samples = test::countingSignal(timeline.totalFrames());
    writeDdp(dir / "DDP", makeDdpDisc(project, timeline, ""), samples);

    DdpInspection inspection = DdpReader::inspect(dir / "DDP");
    EXPECT_TRUE(inspection.problems.empty()) << ::testing::PrintToString(inspection.problems);
    ASSERT_EQ(inspection.tracks.size(), 3u);
    EXPECT_EQ(inspection.tracks[1].isrc, "GBAAA2600007");
    EXPECT_EQ(inspection.tracks[2].extraIndexSectors,
              (std::vector<std::int64_t>{timeline.tracks()[2].index1 / 588 + 75}));
    const auto files = DdpReader::extractTracks(dir / "DDP", inspection, dir / "wav");
    ASSERT_EQ(files.size(), 3u);
    for (std::size_t t = 0; t < 3; ++t) {
        const TrackPlacement& placement = timeline.tracks()[t];
        EXPECT_EQ(inspection.tracks[t].index1Sector * 588, placement.index1) << t;
        const std::vector<std::int16_t> expected(samples.begin() + placement.fileStart * 2,
                                                 samples.begin() + placement.fileEnd * 2);
        EXPECT_TRUE(test::readSixteenBit(files[t]) == expected) << "track " << t + 1;
    }
}

TEST_F(DdpReaderTest, ACorruptImageByteIsAChecksumProblem) {
    std::string image = file("IMAGE.DAT");
    image[123456] = static_cast<char>(image[123456] ^ 0x01);
    test::writeBytes(m_ddp / "IMAGE.DAT", image);
    const DdpInspection inspection = DdpReader::inspect(m_ddp);
    EXPECT_FALSE(inspection.checksumsOk);
    EXPECT_MENTIONS(inspection, "checksums: IMAGE.DAT: MD5 mismatch");
    EXPECT_EQ(inspection.problems.size(), 1u) << ::testing::PrintToString(inspection.problems);
}

TEST_F(DdpReaderTest, AcceptsSpacePaddedNumbersOtherNamesAndOneLeadOut) {
    // As cue2ddp writes them: numbers padded with spaces, the PQ file named SD, HRS "00".
    std::string map = file("DDPMS");
    for (std::size_t packet = 0; packet < 3; ++packet) {
        const std::size_t base = packet * 128;
        const std::string length = map.substr(base + 14, 8);
        const std::size_t digits = length.find_first_not_of('0');
        map.replace(base + 14, 8, std::string(digits, ' ') + length.substr(digits));
        map.replace(base + 71, 3, " 17");
    }
    map.replace(256 + 46, 4, " 150");
    map.replace(128 + 74, 17, "SD               ");
    map.replace(256 + 74, 17, "IMAGE01.DAT      ");
    std::string pq = file("PQDESCR");
    pq.resize(pq.size() - 64);  // one lead-out
    pq.replace(64 + 8, 2, "00");
    map.replace(128 + 14, 8, "     512");
    test::writeBytes(m_ddp / "DDPMS", map);
    test::writeBytes(m_ddp / "SD", pq);
    fs::remove(m_ddp / "PQDESCR");
    fs::rename(m_ddp / "IMAGE.DAT", m_ddp / "IMAGE01.DAT");
    test::rewriteChecksums(m_ddp, {"DDPID", "DDPMS", "CDTEXT.BIN", "SD", "IMAGE01.DAT"});

    const DdpInspection inspection = DdpReader::inspect(m_ddp);
    EXPECT_TRUE(inspection.problems.empty()) << ::testing::PrintToString(inspection.problems);
    EXPECT_EQ(inspection.imageFile, "IMAGE01.DAT");
    ASSERT_EQ(inspection.tracks.size(), 3u);
    EXPECT_EQ(inspection.tracks[1].index1Sector, 863);
}

TEST_F(DdpReaderTest, ReadsOtherChecksumListFormats) {
    std::string bsd;
    for (const std::string& name : test::kWrittenFiles)
        bsd += "MD5 (" + name + ") = " + Md5::hexOfFile(m_ddp / name) + "\r\n";
    fs::remove(m_ddp / "checksum.md5");
    test::writeBytes(m_ddp / "MD5_CHECKSUM.MD5", "; made by hand\r\n" + bsd);
    const DdpInspection inspection = DdpReader::inspect(m_ddp);
    EXPECT_TRUE(inspection.checksumsOk) << ::testing::PrintToString(inspection.problems);
    EXPECT_TRUE(inspection.problems.empty()) << ::testing::PrintToString(inspection.problems);
}

TEST_F(DdpReaderTest, NamesAFileMissingFromTheChecksumsAndAMissingChecksumFile) {
    std::string list = file("checksum.md5");
    list.erase(list.find("*PQDESCR") - 33, 42);  // drop the PQDESCR line
    test::writeBytes(m_ddp / "checksum.md5", list + "garbage line\n");
    DdpInspection inspection = DdpReader::inspect(m_ddp);
    EXPECT_FALSE(inspection.checksumsOk);
    EXPECT_MENTIONS(inspection, "checksums: PQDESCR is not in any checksum file");
    EXPECT_MENTIONS(inspection, "checksum.md5: line 5: not a checksum line");
    fs::remove(m_ddp / "checksum.md5");
    inspection = DdpReader::inspect(m_ddp);
    EXPECT_MENTIONS(inspection, "no MD5 checksum file");
}

TEST_F(DdpReaderTest, ACorruptCdTextPackIsNamed) {
    replaceIn("CDTEXT.BIN", 18 + 5, "X");
    test::rewriteChecksums(m_ddp, test::kWrittenFiles);
    const DdpInspection inspection = DdpReader::inspect(m_ddp);
    EXPECT_MENTIONS(inspection, "CDTEXT.BIN: pack 1: CRC mismatch");
    EXPECT_EQ(inspection.problems.size(), 1u) << ::testing::PrintToString(inspection.problems);
}

TEST_F(DdpReaderTest, RedBookProblemsOfAForeignImageAreListed) {
    // Track 1's index 01 at 00:01:74, a UPC that differs from DDPID's, a data-track control.
    replaceIn("PQDESCR", 2 * 64 + 10, "000174");
    replaceIn("PQDESCR", 32, "4006381333931");
    replaceIn("PQDESCR", 5 * 64 + 16, "41");
    test::rewriteChecksums(m_ddp, test::kWrittenFiles);
    const DdpInspection inspection = DdpReader::inspect(m_ddp);
    EXPECT_MENTIONS(inspection, "Red Book: track 1's index 01 is at sector 149");
    EXPECT_MENTIONS(inspection, "UPC/EAN 4006381333931 differs from DDPID's 0123456789012");
    EXPECT_MENTIONS(inspection, "PQDESCR: packet 5: CB1 \"41\" marks a data track");
    EXPECT_MENTIONS(inspection, "PRE2 says the image holds a 150-sector pregap");
    EXPECT_EQ(inspection.problems.size(), 4u) << ::testing::PrintToString(inspection.problems);
}

TEST(DdpReaderRedBook, AShortTrackIsAProblem) {
    const test::TempDir dir;
    DdpDisc disc;
    disc.tracks.resize(2);
    // Track 1 lasts 3 s (150..375), track 2 4 s.
    disc.toc.tracks = {CdTrackEntry{1, 0, 150, {}, 375}, CdTrackEntry{2, 375, 375, {}, 675}};
    disc.toc.leadOut = 675;
    writeDdp(dir / "DDP", disc, std::vector<std::int16_t>(675 * 588 * 2, 0));
    const DdpInspection inspection = DdpReader::inspect(dir / "DDP");
    EXPECT_MENTIONS(inspection, "Red Book: track 1 lasts 225 sectors");
    EXPECT_EQ(inspection.problems.size(), 1u) << ::testing::PrintToString(inspection.problems);
}

TEST_F(DdpReaderTest, ADiscPast7957IsAProblem) {
    // The lead-out moved to 80:00:00 (360000) in the PQ and DDPMS; the image stays short.
    replaceIn("PQDESCR", 7 * 64 + 10, "800000");
    replaceIn("PQDESCR", 8 * 64 + 10, "800000");
    replaceIn("DDPMS", 256 + 14, "00360000");
    test::rewriteChecksums(m_ddp, test::kWrittenFiles);
    const DdpInspection inspection = DdpReader::inspect(m_ddp);
    EXPECT_MENTIONS(inspection, "Red Book: the lead-out at sector 360000 is past 79:57:00");
    EXPECT_MENTIONS(inspection, "IMAGE.DAT: 3793776 bytes, DDPMS gives DSL 360000 sectors");
    EXPECT_EQ(inspection.problems.size(), 2u) << ::testing::PrintToString(inspection.problems);
}

TEST_F(DdpReaderTest, TruncatedOrGarbageFilesGiveProblemsNeverACrash) {
    const std::vector<std::string> names{"DDPID",      "DDPMS",     "PQDESCR",
                                         "CDTEXT.BIN", "IMAGE.DAT", "checksum.md5"};
    std::map<std::string, std::string> originals;
    for (const std::string& name : names)
        originals[name] = file(name);
    std::uint32_t state = 99;
    const auto garbage = [&](std::size_t size) {
        std::string bytes(size, '\0');
        for (char& c : bytes) {
            state = state * 1664525u + 1013904223u;
            c = static_cast<char>(state >> 24);
        }
        return bytes;
    };
    for (const std::string& name : names) {
        const std::string& original = originals[name];
        const std::vector<std::string> variants{original.substr(0, original.size() / 2),
                                                original.substr(0, 7), "", garbage(original.size()),
                                                garbage(original.size() + 3)};
        for (std::size_t v = 0; v < variants.size(); ++v) {
            SCOPED_TRACE(name + " variant " + std::to_string(v));
            test::writeBytes(m_ddp / name, variants[v]);
            DdpInspection inspection = DdpReader::inspect(m_ddp);
            EXPECT_FALSE(inspection.problems.empty());
            // Only these decide what extraction reads.
            if (name == "DDPMS" || name == "PQDESCR" || name == "IMAGE.DAT")
                DdpReader::extractTracks(m_ddp, inspection, m_dir / "wav");
        }
        test::writeBytes(m_ddp / name, original);
    }
    EXPECT_TRUE(DdpReader::inspect(m_ddp).problems.empty());
}

TEST(DdpReaderFolder, AMissingFolderIsBadInputAndAnEmptyOneIsAListOfProblems) {
    const test::TempDir dir;
    try {
        DdpReader::inspect(dir / "nothing here");
        ADD_FAILURE() << "a missing folder was inspected";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
    }
    const DdpInspection empty = DdpReader::inspect(dir.path());
    EXPECT_MENTIONS(empty, "DDPID: missing");
    EXPECT_MENTIONS(empty, "DDPMS: missing");
    EXPECT_MENTIONS(empty, "no MD5 checksum file");
}

}  // namespace
}  // namespace lathe
