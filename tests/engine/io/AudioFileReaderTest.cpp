#include "io/AudioFileReader.h"

#include "core/Error.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <fstream>
#include <gtest/gtest.h>
#include <random>

namespace lathe {
namespace {

void expectBadInput(const std::filesystem::path& path, const std::string& reasonPart) {
    try {
        AudioFileReader reader(path);
        FAIL() << "expected " << path << " to be refused";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        const std::string text = error.what();
        EXPECT_NE(text.find(path.string()), std::string::npos) << text;
        EXPECT_NE(text.find(reasonPart), std::string::npos) << text;
    }
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// Every integer code a format can hold survives write -> read -> write unchanged,
// which is what makes an empty chain bit-transparent.
void expectExactRoundTrip(SampleFormat format, int bits) {
    test::TempDir dir;
    const double step = std::ldexp(1.0, -(bits - 1));
    AudioBuffer codes(2, 4096);
    std::mt19937 generator(7);
    std::uniform_int_distribution<long> code(-(1L << (bits - 1)), (1L << (bits - 1)) - 1);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < codes.frameCount(); ++i)
            codes.channel(c)[i] = static_cast<float>(static_cast<double>(code(generator)) * step);
    codes.channel(0)[0] = -1.0f;
    codes.channel(1)[0] = static_cast<float>(1.0 - step);

    test::writeAudioFile(dir / "a.wav", codes, 44100, format);
    const AudioBuffer back = test::readAudioFile(dir / "a.wav");
    ASSERT_EQ(back.frameCount(), codes.frameCount());
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < codes.frameCount(); ++i)
            ASSERT_EQ(back.channel(c)[i], codes.channel(c)[i]) << "channel " << c << " frame " << i;
}

TEST(AudioFileReader, SixteenBitCodesRoundTripExactly) { expectExactRoundTrip(SampleFormat::Int16, 16); }
TEST(AudioFileReader, TwentyFourBitCodesRoundTripExactly) { expectExactRoundTrip(SampleFormat::Int24, 24); }

TEST(AudioFileReader, ReportsFormatAndLength) {
    test::TempDir dir;
    test::writeAudioFile(dir / "a.wav", test::sine(1000, 0.5, 1.5, 48000), 48000);
    AudioFileReader reader(dir / "a.wav");
    EXPECT_EQ(reader.info().format, "WAV");
    EXPECT_EQ(reader.info().subtype, "PCM_24");
    EXPECT_EQ(reader.info().sampleRate, 48000);
    EXPECT_EQ(reader.info().channels, 2);
    EXPECT_EQ(reader.info().frames, 72000);
    EXPECT_EQ(reader.info().bitsPerSample, 24);
    EXPECT_FALSE(reader.info().isFloat);
}

TEST(AudioFileReader, FloatFilesKeepOvers) {
    test::TempDir dir;
    test::writeAudioFile(dir / "hot.wav", test::sine(100, 1.5, 0.1, 44100), 44100, SampleFormat::Float32);
    const AudioBuffer back = test::readAudioFile(dir / "hot.wav");
    float peak = 0;
    for (std::size_t i = 0; i < back.frameCount(); ++i)
        peak = std::max(peak, std::abs(back.channel(0)[i]));
    EXPECT_NEAR(peak, 1.5f, 1e-3f);
}

TEST(AudioFileReader, RefusesAMissingFile) { expectBadInput("/nonexistent/mix.wav", "no such file"); }

TEST(AudioFileReader, RefusesADirectory) {
    test::TempDir dir;
    expectBadInput(dir.path(), "is a directory");
}

TEST(AudioFileReader, RefusesAnEmptyFile) {
    test::TempDir dir;
    writeBytes(dir / "empty.wav", "");
    expectBadInput(dir / "empty.wav", "empty");
}

TEST(AudioFileReader, RefusesRandomBytes) {
    test::TempDir dir;
    std::string noise(8192, '\0');
    std::mt19937 generator(3);
    for (char& byte : noise)
        byte = static_cast<char>(generator());
    writeBytes(dir / "noise.wav", noise);
    expectBadInput(dir / "noise.wav", "not a readable audio file");
}

TEST(AudioFileReader, RefusesAText) {
    test::TempDir dir;
    writeBytes(dir / "notes.wav", "These are my mix notes, not audio.\n");
    expectBadInput(dir / "notes.wav", "not a readable audio file");
}

TEST(AudioFileReader, RefusesATruncatedHeader) {
    test::TempDir dir;
    test::writeAudioFile(dir / "full.wav", test::sine(440, 0.5, 0.5, 44100), 44100);
    std::ifstream in(dir / "full.wav", std::ios::binary);
    std::string head(20, '\0');
    in.read(head.data(), 20);
    writeBytes(dir / "cut.wav", head);
    expectBadInput(dir / "cut.wav", "not a readable audio file");
}

TEST(AudioFileReader, RefusesMoreThanTwoChannels) {
    test::TempDir dir;
    test::writeAudioFile(dir / "surround.wav", test::sine(440, 0.5, 0.1, 44100, 6), 44100);
    expectBadInput(dir / "surround.wav", "6 channels");
}

}  // namespace
}  // namespace lathe
