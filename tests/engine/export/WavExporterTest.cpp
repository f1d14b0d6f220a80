#include "core/Error.h"
#include "export/RiffInfo.h"
#include "export/WavExporter.h"

#include "support/RunProcess.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include <sndfile.h>

#include <fstream>

namespace lathe {
namespace {

constexpr int kRate = 44100;

std::string sndfileString(const std::filesystem::path& file, int type) {
    SF_INFO info{};
    SNDFILE* handle = sf_open(file.c_str(), SFM_READ, &info);
    const char* value = handle ? sf_get_string(handle, type) : nullptr;
    std::string text = value ? value : "";
    if (handle)
        sf_close(handle);
    return text;
}

// A 16-bit album whose samples lie on the grid, as the export stage renders it.
std::filesystem::path writeAlbum(const test::TempDir& dir) {
    const auto album = dir / "album.wav";
    test::writeAudioFile(album, test::whiteNoise(0.5, 2.0, kRate, 2, 3), kRate, SampleFormat::Int16);
    return album;
}

TEST(WavExporter, PiecesJoinIntoTheAlbumSampleForSample) {
    test::TempDir dir;
    const auto album = writeAlbum(dir);
    ReleaseTags tags;
    std::vector<WavExporter::Piece> pieces = {{0, 30000, dir / "01 A.wav", tags},
                                              {30000, 61111, dir / "02 B.wav", tags},
                                              {61111, 88200, dir / "03 C.wav", tags}};
    WavExporter::write(album, SampleFormat::Int16, pieces);
    const AudioBuffer original = test::readAudioFile(album);
    std::vector<AudioBuffer> parts;
    for (const auto& piece : pieces)
        parts.push_back(test::readAudioFile(piece.target));
    EXPECT_EQ(parts[1].frameCount(), 31111u);
    const AudioBuffer joined = test::concatenate({&parts[0], &parts[1], &parts[2]});
    ASSERT_EQ(joined.frameCount(), original.frameCount());
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < joined.frameCount(); ++i)
            ASSERT_EQ(joined.channel(c)[i], original.channel(c)[i]) << "channel " << c << " frame " << i;
}

TEST(WavExporter, TagsAndIsrcAreInTheRiffInfoChunk) {
    test::TempDir dir;
    const auto album = writeAlbum(dir);
    ReleaseTags tags;
    tags.title = "Night Drive";
    tags.artist = "The Examples";
    tags.album = "Test Pressing";
    tags.date = "2026-11-23";
    tags.genre = "Electronic";
    tags.isrc = "USXYZ2600001";
    tags.trackNumber = 3;
    tags.trackCount = 5;
    const auto target = dir / "03 Night Drive.wav";
    WavExporter::write(album, SampleFormat::Int16, {{0, 1000, target, tags}});

    EXPECT_EQ(sndfileString(target, SF_STR_TITLE), "Night Drive");
    EXPECT_EQ(sndfileString(target, SF_STR_ARTIST), "The Examples");
    EXPECT_EQ(sndfileString(target, SF_STR_ALBUM), "Test Pressing");
    EXPECT_EQ(sndfileString(target, SF_STR_TRACKNUMBER), "3");
    EXPECT_EQ(readRiffInfoItem(target, "ISRC"), "USXYZ2600001");
    EXPECT_EQ(readRiffInfoItem(target, "IART"), "The Examples");
    EXPECT_EQ(test::readAudioFile(target).frameCount(), 1000u);

    // ffmpeg reads it as a valid WAV and shows the ISRC under its INFO id.
    const auto probe = test::runProcess(
        "ffprobe", {"-v", "error", "-show_entries", "format_tags", "-of", "default=nw=1", target.string()});
    ASSERT_EQ(probe.exitCode, 0) << probe.err;
    EXPECT_NE(probe.out.find("TAG:ISRC=USXYZ2600001"), std::string::npos) << probe.out;
    EXPECT_NE(probe.out.find("TAG:title=Night Drive"), std::string::npos) << probe.out;
}

TEST(RiffInfo, AddsAListWhenTheFileHasNone) {
    test::TempDir dir;
    const auto file = dir / "plain.wav";
    test::writeAudioFile(file, test::sine(1000.0, 0.5, 0.1, kRate, 2), kRate, SampleFormat::Int24);
    EXPECT_EQ(readRiffInfoItem(file, "ISRC"), std::nullopt);
    addRiffInfoItem(file, "ISRC", "GBABC2612345");
    EXPECT_EQ(readRiffInfoItem(file, "ISRC"), "GBABC2612345");
    EXPECT_EQ(test::readAudioFile(file).frameCount(), 4410u);
}

TEST(RiffInfo, RefusesWhatIsNoWave) {
    test::TempDir dir;
    const auto file = dir / "text.wav";
    { std::ofstream(file) << "not a riff file at all"; }
    EXPECT_THROW(addRiffInfoItem(file, "ISRC", "GBABC2612345"), Error);
    EXPECT_THROW(readRiffInfoItem(file, "ISRC"), Error);
}

}  // namespace
}  // namespace lathe
