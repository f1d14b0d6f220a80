#include "dsp/Compressor.h"

#include "DynamicsTestSupport.h"
#include "core/Decibels.h"
#include "dsp/GainComputer.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include <memory>

namespace lathe {
namespace {

using test::kRate;
constexpr std::size_t kBlock = 512;

CompressorSettings curveSettings(Detector detector) {
    CompressorSettings settings;
    settings.thresholdDb = -20.0;
    settings.ratio = 4.0;
    settings.kneeDb = 6.0;
    settings.detector = detector;
    return settings;
}

std::unique_ptr<Compressor> prepared(const CompressorSettings& settings) {
    auto compressor = std::make_unique<Compressor>(settings);
    compressor->prepare(kRate, kBlock, 2);
    return compressor;
}

double expectedOutputDb(const CompressorSettings& settings, double detectedDb, double inputDb) {
    GainComputer curve;
    curve.setRatio(settings.ratio);
    curve.setKneeDb(settings.kneeDb);
    return inputDb - curve.gainReductionDb(detectedDb, settings.thresholdDb) + settings.makeupDb;
}

// Steady 1 kHz sines from -40 to 0 dBFS (through the knee at -23..-17 dB): the settled
// output level sits on the static curve.
void expectStaticCurve(Detector detector, double detectorOffsetDb) {
    const CompressorSettings settings = curveSettings(detector);
    for (double inputDb = -40.0; inputDb <= 0.0; inputDb += 1.0) {
        auto compressor = prepared(settings);
        AudioBuffer audio = test::sine(1000.0, dbToGain(inputDb), 1.0, kRate);
        test::processInBlocks(*compressor, audio, kBlock);
        const double outputDb = test::peakDb(audio.channel(0), kRate * 3 / 4, kRate);
        EXPECT_NEAR(outputDb, expectedOutputDb(settings, inputDb + detectorOffsetDb, inputDb), 0.1)
            << "input " << inputDb << " dB";
        EXPECT_NEAR(inputDb - outputDb, compressor->gainReductionDb(), 0.1) << "meter at " << inputDb;
    }
}

TEST(Compressor, PeakDetectorFollowsTheStaticCurveIncludingTheKnee) {
    expectStaticCurve(Detector::Peak, 0.0);
}

TEST(Compressor, RmsDetectorAppliesTheCurveToTheRmsLevel) {
    expectStaticCurve(Detector::Rms, -20.0 * std::log10(std::sqrt(2.0)));
}

TEST(Compressor, BelowTheKneeWithoutMakeupTheSignalPassesBitForBit) {
    auto compressor = prepared(curveSettings(Detector::Peak));
    const AudioBuffer input = test::whiteNoise(dbToGain(-24.0), 0.5, kRate, 2, 7);  // peaks < -23 dB
    AudioBuffer audio = input;
    test::processInBlocks(*compressor, audio, kBlock);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            ASSERT_EQ(audio.channel(c)[i], input.channel(c)[i]) << i;
    EXPECT_EQ(compressor->gainReductionDb(), 0.0f);
}

TEST(Compressor, MakeupGainIsExactBelowTheKnee) {
    CompressorSettings settings = curveSettings(Detector::Peak);
    settings.makeupDb = 6.0;
    auto compressor = prepared(settings);
    const AudioBuffer input = test::sine(440.0, 0.01, 0.2, kRate);
    AudioBuffer audio = input;
    test::processInBlocks(*compressor, audio, kBlock);
    for (std::size_t i = 0; i < audio.frameCount(); ++i)
        ASSERT_FLOAT_EQ(audio.channel(0)[i], input.channel(0)[i] * static_cast<float>(dbToGain(6.0)));
}

// A loud left channel and a quiet right one (below the knee).
AudioBuffer unbalancedStereo() {
    AudioBuffer audio = test::sine(300.0, 0.9, 0.5, kRate);
    const AudioBuffer quiet = test::sine(2000.0, 0.02, 0.5, kRate, 1);
    std::copy_n(quiet.channel(0), quiet.frameCount(), audio.channel(1));
    return audio;
}

TEST(Compressor, FullStereoLinkAppliesTheSameGainToBothChannels) {
    CompressorSettings settings = curveSettings(Detector::Peak);
    settings.stereoLink = 1.0;
    auto compressor = prepared(settings);
    const AudioBuffer input = unbalancedStereo();
    AudioBuffer audio = input;
    test::processInBlocks(*compressor, audio, kBlock);
    std::size_t compared = 0;
    for (std::size_t i = 0; i < audio.frameCount(); ++i) {
        if (std::abs(input.channel(0)[i]) < 1e-3f || std::abs(input.channel(1)[i]) < 1e-3f)
            continue;
        const double left = audio.channel(0)[i] / input.channel(0)[i];
        const double right = audio.channel(1)[i] / input.channel(1)[i];
        ASSERT_NEAR(left, right, 1e-6) << i;
        ++compared;
    }
    EXPECT_GT(compared, audio.frameCount() / 2);
    EXPECT_LT(test::peakDb(audio.channel(1), kRate / 4, kRate / 2), -34.0 - 5.0);  // pulled down with the left
}

TEST(Compressor, UnlinkedChannelsCompressIndependently) {
    CompressorSettings settings = curveSettings(Detector::Peak);
    settings.stereoLink = 0.0;
    auto compressor = prepared(settings);
    const AudioBuffer input = unbalancedStereo();
    AudioBuffer audio = input;
    test::processInBlocks(*compressor, audio, kBlock);
    for (std::size_t i = 0; i < audio.frameCount(); ++i)
        ASSERT_EQ(audio.channel(1)[i], input.channel(1)[i]);
    EXPECT_LT(test::peakDb(audio.channel(0), kRate / 4, kRate / 2), -5.0);
}

TEST(Compressor, SidechainHighPassKeepsBassFromTriggering) {
    CompressorSettings settings = curveSettings(Detector::Peak);
    const double inputDb = -6.0;
    for (double highPassHz : {0.0, 300.0}) {
        settings.sidechainHighPassHz = highPassHz;
        auto compressor = prepared(settings);
        AudioBuffer audio = test::sine(50.0, dbToGain(inputDb), 1.0, kRate);
        test::processInBlocks(*compressor, audio, kBlock);
        const double outputDb = test::peakDb(audio.channel(0), kRate / 2, kRate);
        if (highPassHz == 0.0)
            EXPECT_NEAR(outputDb, expectedOutputDb(settings, inputDb, inputDb), 0.2);  // ~10 dB down
        else
            EXPECT_NEAR(outputDb, inputDb, 0.05);  // 50 Hz is 31 dB down in the side chain
    }
}

TEST(Compressor, MakeupChangesGlideInsteadOfStepping) {
    CompressorSettings settings = curveSettings(Detector::Peak);
    auto compressor = prepared(settings);
    AudioBuffer audio(2, 4 * kBlock);
    for (std::size_t c = 0; c < 2; ++c)
        std::fill_n(audio.channel(c), audio.frameCount(), 0.01f);
    compressor->process(audio.view().slice(0, kBlock));
    settings.makeupDb = 12.0;
    compressor->setSettings(settings);
    for (std::size_t b = 1; b < 4; ++b)
        compressor->process(audio.view().slice(b * kBlock, kBlock));
    const float* out = audio.channel(0);
    const double rampFrames = Compressor::kParameterRampSeconds * kRate;
    const double maxStep = 0.01 * (dbToGain(12.0) - 1.0) / rampFrames * 1.01;
    for (std::size_t i = 1; i < audio.frameCount(); ++i)
        ASSERT_LE(std::abs(out[i] - out[i - 1]), maxStep) << i;
    EXPECT_FLOAT_EQ(out[audio.frameCount() - 1], static_cast<float>(0.01 * dbToGain(12.0)));
}

}  // namespace
}  // namespace lathe
