// Fault injection: a source that is truncated or deleted after it was opened (and
// validated), as when a mix is re-exported or a network share drops during a render.
#include "io/AudioFileReader.h"

#include "core/Error.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kBlockFrames = 4096;
constexpr std::uintmax_t kWavHeaderBytes = 44;
constexpr std::uintmax_t kBytesPerFrame = 6;  // 24-bit stereo

// Reads to the end as the analysis and the renderer do, block by block.
std::int64_t readToEnd(AudioFileReader& reader) {
    std::vector<float> block(kBlockFrames * 2);
    std::int64_t total = 0;
    while (const std::size_t got = reader.readInterleaved(block.data(), kBlockFrames))
        total += static_cast<std::int64_t>(got);
    return total;
}

class SourceChangedWhileReading : public ::testing::Test {
protected:
    void SetUp() override { test::writeAudioFile(m_file, test::sine(997.0, 0.5, 2.0, kRate), kRate); }

    // Opens the source, reads a first block, then cuts the file to `bytes`.
    void expectTruncationToBeReported(std::uintmax_t bytes) {
        AudioFileReader reader(m_file);
        const std::int64_t declared = reader.info().frames;
        ASSERT_EQ(declared, 2 * kRate);
        std::vector<float> block(kBlockFrames * 2);
        ASSERT_EQ(reader.readInterleaved(block.data(), kBlockFrames), kBlockFrames);
        std::filesystem::resize_file(m_file, bytes);
        try {
            readToEnd(reader);
            FAIL() << "a source cut to " << bytes << " bytes was read as if complete";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::BadInput);
            const std::string text = error.what();
            EXPECT_EQ(text.rfind(m_file.string() + ": the file ended after ", 0), 0u) << text;
            EXPECT_NE(text.find("of its " + std::to_string(declared) + " frames"), std::string::npos) << text;
            EXPECT_EQ(text.find('\n'), std::string::npos) << text;
        }
    }

    test::TempDir m_dir;
    std::filesystem::path m_file = m_dir / "mix.wav";
};

TEST_F(SourceChangedWhileReading, TruncatedHalfwayIsABadInputNamingTheFileAndTheFrames) {
    expectTruncationToBeReported(kWavHeaderBytes + kBytesPerFrame * kRate);
}

TEST_F(SourceChangedWhileReading, TruncatedToTheHeaderIsABadInput) {
    expectTruncationToBeReported(kWavHeaderBytes);
}

TEST_F(SourceChangedWhileReading, TruncatedToNothingIsABadInput) { expectTruncationToBeReported(0); }

TEST_F(SourceChangedWhileReading, DeletedAfterOpeningStillReadsEveryFrame) {
    // POSIX keeps an open file's data until it is closed, so a deleted source is read
    // whole, sample for sample.
    AudioFileReader reader(m_file);
    std::filesystem::remove(m_file);
    AudioBuffer audio(2, static_cast<std::size_t>(reader.info().frames));
    EXPECT_EQ(reader.read(audio.view()), audio.frameCount());
    const AudioBuffer expected = test::sine(997.0, 0.5, 2.0, kRate);
    const std::vector<float> a = test::interleave(audio);
    const std::vector<float> b = test::interleave(expected);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        ASSERT_NEAR(a[i], b[i], 1.0 / (1 << 23)) << "sample " << i;
}

TEST_F(SourceChangedWhileReading, DeletedBeforeOpeningIsNoSuchFile) {
    std::filesystem::remove(m_file);
    try {
        AudioFileReader reader(m_file);
        FAIL() << "a deleted source was opened";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()), m_file.string() + ": no such file");
    }
}

TEST_F(SourceChangedWhileReading, ReadingPastTheEndAfterSeekingBackIsNotAnError) {
    AudioFileReader reader(m_file);
    EXPECT_EQ(readToEnd(reader), 2 * kRate);
    reader.seek(kRate);
    EXPECT_EQ(readToEnd(reader), kRate);
}

}  // namespace
}  // namespace lathe
