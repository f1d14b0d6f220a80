#include "dsp/StereoImager.h"

#include "support/BlockProcessing.h"
#include "support/TestSignals.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>

namespace lathe {
namespace {

constexpr int kRate = 48000;
constexpr std::size_t kBlock = 512;

AudioBuffer processed(const StereoSettings& settings, AudioBuffer audio) {
    StereoImager imager(settings);
    imager.prepare(kRate, kBlock, 2);
    test::processInBlocks(imager, audio, kBlock);
    return audio;
}

// A tone only in the side (L = s, R = -s) or only in the mid (L = R = s).
AudioBuffer tone(double hz, bool side, double seconds = 1.0) {
    AudioBuffer audio = test::sine(hz, 0.5, seconds, kRate, 2);
    if (side)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(1)[i] = -audio.channel(0)[i];
    return audio;
}

double midOrSide(const AudioBuffer& audio, std::size_t i, bool side) {
    const double l = audio.channel(0)[i], r = audio.channel(1)[i];
    return side ? 0.5 * (l - r) : 0.5 * (l + r);
}

// Amplitude of the `hz` component of the mid or side once the filters have settled:
// a least-squares sine fit over the last half second (a whole number of cycles for
// every frequency used here).
double settledAmplitude(const AudioBuffer& audio, double hz, bool side) {
    const std::size_t frames = kRate / 2;
    const std::size_t begin = audio.frameCount() - frames;
    double sinSum = 0.0, cosSum = 0.0;
    for (std::size_t i = begin; i < audio.frameCount(); ++i) {
        const double phase = 2.0 * std::numbers::pi * hz * double(i) / kRate;
        sinSum += midOrSide(audio, i, side) * std::sin(phase);
        cosSum += midOrSide(audio, i, side) * std::cos(phase);
    }
    return 2.0 * std::hypot(sinSum, cosSum) / double(frames);
}

double settledPeak(const AudioBuffer& audio, bool side) {
    double peak = 0.0;
    for (std::size_t i = audio.frameCount() / 2; i < audio.frameCount(); ++i)
        peak = std::max(peak, std::abs(midOrSide(audio, i, side)));
    return peak;
}

double toDb(double ratio) { return 20.0 * std::log10(ratio); }

TEST(StereoImager, DefaultsAreBitTransparent) {
    AudioBuffer audio = test::whiteNoise(1.0, 0.5, kRate, 2, 3);
    const AudioBuffer out = processed({}, audio);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            ASSERT_EQ(out.channel(c)[i], audio.channel(c)[i]);
}

TEST(StereoImager, WidthZeroIsMono) {
    const AudioBuffer audio = test::whiteNoise(0.9, 0.5, kRate, 2, 4);
    const AudioBuffer out = processed({.width = 0.0}, audio);
    for (std::size_t i = 0; i < audio.frameCount(); ++i) {
        ASSERT_EQ(out.channel(0)[i], out.channel(1)[i]);
        ASSERT_NEAR(out.channel(0)[i], 0.5 * (audio.channel(0)[i] + audio.channel(1)[i]), 1e-7);
    }
}

TEST(StereoImager, WidthTwoDoublesTheSideAndKeepsTheMid) {
    const AudioBuffer audio = test::whiteNoise(0.4, 0.5, kRate, 2, 5);
    const AudioBuffer out = processed({.width = 2.0}, audio);
    for (std::size_t i = 0; i < audio.frameCount(); ++i) {
        const double l = audio.channel(0)[i], r = audio.channel(1)[i];
        const double ol = out.channel(0)[i], orr = out.channel(1)[i];
        ASSERT_NEAR(0.5 * (ol - orr), 2.0 * 0.5 * (l - r), 1e-7);
        ASSERT_NEAR(0.5 * (ol + orr), 0.5 * (l + r), 1e-7);
    }
}

TEST(StereoImager, MonoBelowRemovesLowSideOnly) {
    const StereoSettings settings{.monoBelowHz = 120.0};
    const double side50 = settledAmplitude(processed(settings, tone(50.0, true)), 50.0, true) / 0.5;
    const double side1k = settledAmplitude(processed(settings, tone(1000.0, true)), 1000.0, true) / 0.5;
    EXPECT_LT(toDb(side50), -30.0);  // LR4 at 50/120 Hz: -30.7 dB
    EXPECT_NEAR(toDb(side1k), 0.0, 0.1);
    RecordProperty("side_50hz_db", std::to_string(toDb(side50)));
    RecordProperty("side_1khz_db", std::to_string(toDb(side1k)));

    // The mid goes through the LR4 sum (an all-pass): flat at every frequency, and
    // a mid-only signal gains no side.
    for (double hz : {30.0, 50.0, 120.0, 300.0, 1000.0, 8000.0}) {
        const AudioBuffer out = processed(settings, tone(hz, false));
        EXPECT_NEAR(toDb(settledAmplitude(out, hz, false) / 0.5), 0.0, 0.01) << hz << " Hz";
        EXPECT_EQ(settledPeak(out, true), 0.0) << hz << " Hz";
    }
}

TEST(StereoImager, MonoBelowKeepsTheImageAboveTheCrossover) {
    // Above the crossover mid and side see the same all-pass phase, so a hard-left
    // 5 kHz tone stays hard left: the right channel holds almost nothing.
    AudioBuffer audio = test::sine(5000.0, 0.5, 1.0, kRate, 2);
    std::fill_n(audio.channel(1), audio.frameCount(), 0.0f);
    const AudioBuffer out = processed({.monoBelowHz = 120.0}, audio);
    double right = 0.0;
    for (std::size_t i = out.frameCount() / 2; i < out.frameCount(); ++i)
        right = std::max(right, std::abs(double(out.channel(1)[i])));
    EXPECT_LT(toDb(right / 0.5), -40.0);
}

TEST(StereoImager, BalanceFadesTheFarChannelOnly) {
    const AudioBuffer audio = test::whiteNoise(0.5, 0.2, kRate, 2, 6);
    const AudioBuffer half = processed({.balance = 0.5}, audio);
    const AudioBuffer hardLeft = processed({.balance = -1.0}, audio);
    const double farGain = std::cos(0.25 * std::numbers::pi);  // -3 dB
    for (std::size_t i = 0; i < audio.frameCount(); ++i) {
        ASSERT_NEAR(half.channel(0)[i], audio.channel(0)[i] * farGain, 1e-7);
        ASSERT_NEAR(half.channel(1)[i], audio.channel(1)[i], 1e-7);
        ASSERT_NEAR(hardLeft.channel(0)[i], audio.channel(0)[i], 1e-7);
        ASSERT_NEAR(hardLeft.channel(1)[i], 0.0f, 1e-7);
    }
}

TEST(StereoImager, WidthChangeGlides) {
    AudioBuffer audio = tone(1000.0, true, 0.1);
    StereoImager imager;
    imager.prepare(kRate, kBlock, 2);
    imager.setSettings({.width = 0.0});
    test::processInBlocks(imager, audio, kBlock);
    const auto rampFrames = static_cast<std::size_t>(StereoImager::kRampSeconds * kRate);
    // Half way through the glide the side is about half; after it, none is left.
    const std::size_t middle = rampFrames / 2;
    double sideInMiddle = 0.0;
    for (std::size_t i = middle - 24; i < middle + 24; ++i)
        sideInMiddle = std::max(sideInMiddle, 0.5 * std::abs(double(audio.channel(0)[i]) - audio.channel(1)[i]));
    EXPECT_NEAR(sideInMiddle, 0.25, 0.02);
    for (std::size_t i = rampFrames; i < audio.frameCount(); ++i)
        ASSERT_EQ(audio.channel(0)[i], audio.channel(1)[i]);
}

TEST(StereoImager, MonoAudioPassesUntouched) {
    AudioBuffer audio = test::whiteNoise(0.5, 0.1, kRate, 1, 9);
    const AudioBuffer original = audio;
    StereoImager imager({.width = 0.0, .monoBelowHz = 200.0, .balance = 1.0});
    imager.prepare(kRate, kBlock, 1);
    imager.process(audio.view());
    for (std::size_t i = 0; i < audio.frameCount(); ++i)
        ASSERT_EQ(audio.channel(0)[i], original.channel(0)[i]);
}

}  // namespace
}  // namespace lathe
