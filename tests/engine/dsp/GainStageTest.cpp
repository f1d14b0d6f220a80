#include "dsp/GainStage.h"

#include "support/BlockProcessing.h"
#include "support/TestSignals.h"

#include <cmath>
#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 48000;
constexpr std::size_t kBlock = 256;

TEST(GainStage, ZeroDecibelsIsBitTransparent) {
    AudioBuffer audio = test::whiteNoise(1.0, 0.5, kRate, 2, 7);
    const AudioBuffer original = audio;
    GainStage gain(GainSettings{0.0});
    gain.prepare(kRate, kBlock, 2);
    test::processInBlocks(gain, audio, kBlock);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            ASSERT_EQ(audio.channel(c)[i], original.channel(c)[i]);
}

TEST(GainStage, SixPointZeroTwoDecibelsDoubles) {
    AudioBuffer audio = test::whiteNoise(0.4, 0.5, kRate, 2, 8);
    const AudioBuffer original = audio;
    GainStage gain(GainSettings{20.0 * std::log10(2.0)});  // 6.0206 dB
    gain.prepare(kRate, kBlock, 2);
    test::processInBlocks(gain, audio, kBlock);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            ASSERT_EQ(audio.channel(c)[i], 2.0f * original.channel(c)[i]);
}

TEST(GainStage, ChangeGlidesOverTheRampThenHoldsExactly) {
    AudioBuffer audio(1, kRate / 10);
    std::fill_n(audio.channel(0), audio.frameCount(), 0.5f);
    GainStage gain;
    gain.prepare(kRate, kBlock, 1);
    gain.setSettings(GainSettings{-6.0});
    test::processInBlocks(gain, audio, kBlock);

    const double target = 0.5 * std::pow(10.0, -6.0 / 20.0);
    const auto rampFrames = static_cast<std::size_t>(GainStage::kRampSeconds * kRate);
    EXPECT_GT(audio.channel(0)[0], 0.499f);  // starts where it was
    double largestStep = 0.0;
    for (std::size_t i = 1; i < rampFrames; ++i)
        largestStep = std::max(largestStep, std::abs(double(audio.channel(0)[i]) - audio.channel(0)[i - 1]));
    EXPECT_LT(largestStep, (0.5 - target) / static_cast<double>(rampFrames) * 1.01);  // a linear glide
    for (std::size_t i = rampFrames; i < audio.frameCount(); ++i)
        ASSERT_NEAR(audio.channel(0)[i], target, 1e-7);
}

}  // namespace
}  // namespace lathe
