#include "export/Mp3Writer.h"

#include "core/Error.h"
#include "io/AudioFileReader.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <cmath>
#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;

void encode(const std::filesystem::path& path, const AudioBuffer& audio, const Mp3Export& settings = {}) {
    Mp3Writer writer(path, kRate, static_cast<int>(audio.channelCount()), settings);
    const std::vector<float> samples = test::interleave(audio);
    // Uneven pieces, as a render delivers them.
    const std::size_t channels = audio.channelCount();
    for (std::size_t start = 0; start < audio.frameCount(); start += 1000)
        writer.writeInterleaved(samples.data() + start * channels, std::min<std::size_t>(1000, audio.frameCount() - start));
    writer.finish();
}

TEST(Mp3Writer, DecodesToTheSameFramesAndLevel) {
    test::TempDir dir;
    for (std::size_t channels : {1u, 2u}) {
        const AudioBuffer tone = test::sine(1000.0, 0.5, 1.3, kRate, channels);
        const auto path = dir / ("tone" + std::to_string(channels) + ".mp3");
        encode(path, tone);
        AudioFileReader reader(path);
        EXPECT_EQ(reader.info().format, "MPEG");
        EXPECT_EQ(reader.info().channels, static_cast<int>(channels));
        const AudioBuffer decoded = test::readAudioFile(path);
        ASSERT_EQ(decoded.frameCount(), tone.frameCount());
        float peak = 0.0f;
        for (std::size_t i = 1000; i + 1000 < decoded.frameCount(); ++i)
            peak = std::max(peak, std::abs(decoded.channel(0)[i]));
        EXPECT_NEAR(peak, 0.5f, 0.01f);
    }
}

TEST(Mp3Writer, VbrSettingsAreAccepted) {
    test::TempDir dir;
    Mp3Export vbr;
    vbr.mode = Mp3Mode::Vbr;
    vbr.vbrQuality = 2;
    encode(dir / "vbr.mp3", test::sine(440.0, 0.3, 0.5, kRate, 2), vbr);
    EXPECT_EQ(test::readAudioFile(dir / "vbr.mp3").frameCount(), static_cast<std::size_t>(kRate / 2));
}

TEST(Mp3Writer, RefusesRatesMp3CannotCarryAndLeavesNothingUnfinished) {
    test::TempDir dir;
    try {
        Mp3Writer writer(dir / "hi.mp3", 96000, 2);
        FAIL() << "96 kHz accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
    }
    {
        Mp3Writer writer(dir / "unfinished.mp3", kRate, 2);
        const std::vector<float> samples(2000, 0.1f);
        writer.writeInterleaved(samples.data(), 1000);
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace lathe
