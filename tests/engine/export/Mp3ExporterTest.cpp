#include "export/Mp3Exporter.h"

#include "analysis/TruePeakMeter.h"
#include "core/Decibels.h"
#include "core/Error.h"
#include "support/RunProcess.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

#include <cstring>

namespace lathe {
namespace {

constexpr int kRate = 44100;

// Frames ffmpeg decodes from a file (it honours the LAME tag's delay and padding).
std::size_t ffmpegFrames(const std::filesystem::path& file) {
    const auto result =
        test::runProcess("ffmpeg", {"-v", "error", "-i", file.string(), "-f", "f32le", "-ac", "2", "-"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return result.out.size() / (2 * sizeof(float));
}

std::string ffprobeTags(const std::filesystem::path& file) {
    const auto result = test::runProcess(
        "ffprobe", {"-v", "error", "-show_entries", "format_tags", "-of", "default=nw=1", file.string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return result.out;
}

// Noise limited close to full scale: its decoded MP3 overshoots a -1 dBTP ceiling.
AudioBuffer hotTrack(double seconds, std::size_t frames) {
    AudioBuffer audio = test::whiteNoise(1.0, seconds, kRate, 2, 5);
    AudioBuffer result(2, frames);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < frames; ++i)
            result.channel(c)[i] = std::clamp(audio.channel(c)[i] * 1.4f, -0.89f, 0.89f);
    return result;
}

ReleaseTags tags() {
    ReleaseTags tags;
    tags.title = "Night Drive";
    tags.artist = "The Examples";
    tags.album = "Test Pressing";
    tags.albumArtist = "Various";
    tags.date = "2026-11-23";
    tags.genre = "Electronic";
    tags.isrc = "USXYZ2600001";
    tags.trackNumber = 2;
    tags.trackCount = 5;
    return tags;
}

TEST(Mp3Exporter, DecodesToExactlyTheInputLengthWithAllTags) {
    test::TempDir dir;
    const std::size_t frames = 130'001;  // not a multiple of the 1152-sample MP3 frame
    const AudioBuffer audio = test::sineSegments(997.0, {{-6.0, 3.0}}, kRate);
    AudioBuffer track(2, frames);
    for (std::size_t c = 0; c < 2; ++c)
        std::copy_n(audio.channel(c), frames, track.channel(c));
    const auto target = dir / "02 Night Drive.mp3";
    const Mp3Exporter::Result result =
        Mp3Exporter::write(track.view(), kRate, {true, Mp3Mode::Cbr, 320, 0}, tags(), -1.0, target);
    EXPECT_EQ(result.decodedFrames, static_cast<std::int64_t>(frames));
    EXPECT_TRUE(result.lengthOk);
    EXPECT_TRUE(result.tagsOk);
    EXPECT_TRUE(result.peakOk);
    EXPECT_EQ(result.attempts, 1);
    EXPECT_EQ(ffmpegFrames(target), frames);

    const std::string probed = ffprobeTags(target);
    for (const char* expected :
         {"TAG:title=Night Drive", "TAG:artist=The Examples", "TAG:album=Test Pressing",
          "TAG:album_artist=Various", "TAG:track=2/5", "TAG:date=2026-11-23", "TAG:genre=Electronic",
          "TAG:TSRC=USXYZ2600001", "TAG:REPLAYGAIN_TRACK_GAIN=", "TAG:REPLAYGAIN_TRACK_PEAK="})
        EXPECT_NE(probed.find(expected), std::string::npos) << expected << " missing in\n" << probed;
    // A -6 dBFS 1 kHz sine in both channels is -6 LUFS (BS.1770): 12 dB above the
    // ReplayGain 2.0 reference of -18 LUFS; its peak is 0.5 (linear).
    EXPECT_NE(probed.find("TAG:REPLAYGAIN_TRACK_GAIN=-12.0"), std::string::npos) << probed;
    EXPECT_NE(probed.find("TAG:REPLAYGAIN_TRACK_PEAK=0.50"), std::string::npos) << probed;
}

TEST(Mp3Exporter, LowersTheEncodeGainUntilTheDecodedPeakHoldsTheCeiling) {
    test::TempDir dir;
    const std::size_t frames = 2 * kRate;
    const auto target = dir / "hot.mp3";
    const Mp3Exporter::Result result = Mp3Exporter::write(hotTrack(2.0, frames).view(), kRate,
                                                          {true, Mp3Mode::Cbr, 128, 0}, tags(), -1.0, target);
    EXPECT_GT(result.attempts, 1);
    EXPECT_LT(result.encodeGainDb, 0.0);
    EXPECT_TRUE(result.peakOk);
    EXPECT_LE(result.decodedTruePeakDbtp, -1.0);
    EXPECT_TRUE(result.lengthOk);

    // Measured independently on ffmpeg's decode.
    const auto decoded =
        test::runProcess("ffmpeg", {"-v", "error", "-i", target.string(), "-f", "f32le", "-"});
    ASSERT_EQ(decoded.exitCode, 0);
    std::vector<float> samples(decoded.out.size() / sizeof(float));
    std::memcpy(samples.data(), decoded.out.data(), samples.size() * sizeof(float));
    TruePeakMeter meter(2);
    meter.processInterleaved(samples.data(), samples.size() / 2);
    meter.finish();
    EXPECT_LE(gainToDb(meter.peak()), -1.0 + 0.05);
    EXPECT_EQ(samples.size() / 2, frames);
}

TEST(Mp3Exporter, VbrIsGaplessToo) {
    test::TempDir dir;
    const std::size_t frames = 77'777;
    AudioBuffer audio = test::pinkNoise(0.3, 2.0, kRate, 2, 9);
    const auto target = dir / "vbr.mp3";
    const Mp3Exporter::Result result = Mp3Exporter::write(audio.view().slice(0, frames), kRate,
                                                          {true, Mp3Mode::Vbr, 320, 2}, tags(), -1.0, target);
    EXPECT_TRUE(result.lengthOk);
    EXPECT_EQ(ffmpegFrames(target), frames);
}

TEST(Mp3Exporter, RefusesARateMp3CannotHold) {
    test::TempDir dir;
    AudioBuffer audio = test::sine(1000.0, 0.5, 0.1, 96000, 2);
    EXPECT_THROW(Mp3Exporter::write(audio.view(), 96000, {}, tags(), -1.0, dir / "x.mp3"), Error);
    EXPECT_FALSE(std::filesystem::exists(dir / "x.mp3"));
}

TEST(Mp3Exporter, PicksTheMpegRateForAnAlbumRate) {
    EXPECT_EQ(Mp3Exporter::encodeRateFor(44100), 44100);
    EXPECT_EQ(Mp3Exporter::encodeRateFor(48000), 48000);
    EXPECT_EQ(Mp3Exporter::encodeRateFor(88200), 44100);
    EXPECT_EQ(Mp3Exporter::encodeRateFor(96000), 48000);
}

}  // namespace
}  // namespace lathe
