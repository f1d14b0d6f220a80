#include "render/ChainRenderer.h"

#include "analysis/LoudnessMeter.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;

EqSettings eqWithBells(EqPhase phase, double gainDb) {
    EqSettings eq;
    eq.phase = phase;
    for (double hz : {100.0, 1000.0, 8000.0})
        eq.bands.push_back(EqBand{EqShape::Bell, hz, gainDb, 1.0});
    return eq;
}

struct Rendered {
    AudioBuffer input;
    AudioBuffer output;
    ChainRenderer::Report report;
};

Rendered render(const AudioBuffer& input, const ChainRenderer::Options& options,
                SampleFormat inputFormat = SampleFormat::Int24, const char* outputName = "out.wav") {
    test::TempDir dir;
    test::writeAudioFile(dir / "in.wav", input, kRate, inputFormat);
    ChainRenderer renderer(options);
    Rendered result;
    result.report = renderer.render(dir / "in.wav", dir / outputName);
    result.input = test::readAudioFile(dir / "in.wav");
    result.output = test::readAudioFile(dir / outputName);
    return result;
}

void expectIdentical(const AudioBuffer& a, const AudioBuffer& b) {
    ASSERT_EQ(a.channelCount(), b.channelCount());
    ASSERT_EQ(a.frameCount(), b.frameCount());
    for (std::size_t c = 0; c < a.channelCount(); ++c)
        for (std::size_t i = 0; i < a.frameCount(); ++i)
            ASSERT_EQ(a.channel(c)[i], b.channel(c)[i]) << "channel " << c << " frame " << i;
}

// The lag (output relative to input) with the largest cross-correlation, within +-maxLag.
long correlationPeakLag(const float* input, const float* output, std::size_t frames, long maxLag) {
    long bestLag = 0;
    double best = -1.0;
    for (long lag = -maxLag; lag <= maxLag; ++lag) {
        double sum = 0.0;
        for (std::size_t i = static_cast<std::size_t>(std::max(0L, -lag));
             i < frames && static_cast<long>(i) + lag < static_cast<long>(frames); ++i)
            sum +=
                static_cast<double>(input[i]) * output[static_cast<std::size_t>(static_cast<long>(i) + lag)];
        if (sum > best) {
            best = sum;
            bestLag = lag;
        }
    }
    return bestLag;
}

ChainRenderer::Options options24(Chain chain) {
    ChainRenderer::Options options;
    options.chain = std::move(chain);
    options.sampleFormat = SampleFormat::Int24;
    options.dither = DitherKind::Tpdf;
    return options;
}

TEST(ChainRenderer, EmptyAllDisabledAndNeutralChainsAreBitTransparentAt24Bits) {
    const AudioBuffer noise = test::pinkNoise(0.8, 1.5, kRate, 2, 11);
    Chain allDisabled;
    for (const auto name : moduleTypeNames())
        allDisabled.modules.push_back(Module{*defaultModuleParameters(name), false});
    const Chain neutral{{Module{GainSettings{0.0}, true}, Module{eqWithBells(EqPhase::Minimum, 0.0), true},
                         Module{StereoSettings{1.0, 0.0, 0.0}, true}}};
    for (const Chain& chain : {Chain{}, allDisabled, neutral}) {
        const Rendered rendered = render(noise, options24(chain));
        expectIdentical(rendered.output, rendered.input);
    }
}

TEST(ChainRenderer, LatencyIsCompensatedExactly) {
    // Neutral linear-phase EQ, declicker on clean noise and a limiter far below its
    // ceiling are each an exact delay: compensated, the output is the input.
    const AudioBuffer noise = test::whiteNoise(0.1, 1.3, kRate, 2, 5);
    const Chain delays{{Module{eqWithBells(EqPhase::Linear, 0.0), true}, Module{DeclickSettings{}, true},
                        Module{LimiterSettings{}, true}}};
    const Rendered rendered = render(noise, options24(delays));
    expectIdentical(rendered.output, rendered.input);
    EXPECT_TRUE(rendered.report.hasLimiter);
    EXPECT_EQ(rendered.report.limiterMaxReductionDb, 0.0);
}

TEST(ChainRenderer, FilteringChainKeepsLengthAndAlignment) {
    // Odd length, not a multiple of the block; a boosting linear-phase EQ, declicker and
    // limiter below threshold: same frame count, cross-correlation peak at lag 0.
    const AudioBuffer noise = test::whiteNoise(0.1, 1.234567, kRate, 2, 6);
    const Chain chain{{Module{eqWithBells(EqPhase::Linear, 4.0), true}, Module{DeclickSettings{}, true},
                       Module{LimiterSettings{}, true}}};
    ChainRenderer::Options options = options24(chain);
    options.sampleFormat = SampleFormat::Float32;
    options.dither = DitherKind::None;
    const Rendered rendered = render(noise, options);
    ASSERT_EQ(rendered.output.frameCount(), rendered.input.frameCount());
    EXPECT_EQ(rendered.report.outputFrames, static_cast<std::int64_t>(rendered.input.frameCount()));
    for (std::size_t c = 0; c < 2; ++c)
        EXPECT_EQ(correlationPeakLag(rendered.input.channel(c), rendered.output.channel(c),
                                     rendered.input.frameCount(), 64),
                  0);
}

TEST(ChainRenderer, ShapedDitherKeepsDigitalSilenceExactlyZero) {
    AudioBuffer audio = test::silence(1.0, kRate, 2);
    ChainRenderer::Options options =
        options24(Chain{{Module{eqWithBells(EqPhase::Minimum, 3.0), true}, Module{LimiterSettings{}, true}}});
    options.sampleFormat = SampleFormat::Int16;
    options.dither = DitherKind::Shaped;
    const Rendered rendered = render(audio, options);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < rendered.output.frameCount(); ++i)
            ASSERT_EQ(rendered.output.channel(c)[i], 0.0f);
}

TEST(ChainRenderer, ShapedDitherReducesProcessedAudioToTheSixteenBitGrid) {
    const AudioBuffer noise = test::pinkNoise(0.5, 0.5, kRate, 2, 9);
    ChainRenderer::Options options = options24(Chain{{Module{GainSettings{-3.0}, true}}});
    options.sampleFormat = SampleFormat::Int16;
    options.dither = DitherKind::Shaped;
    const Rendered rendered = render(noise, options, SampleFormat::Float32, "out.flac");
    std::size_t differing = 0;
    for (std::size_t i = 0; i < rendered.output.frameCount(); ++i) {
        const double code = rendered.output.channel(0)[i] * 32768.0;
        ASSERT_EQ(code, std::nearbyint(code));
        differing += rendered.output.channel(0)[i] != rendered.input.channel(0)[i];
    }
    EXPECT_GT(differing, rendered.output.frameCount() * 9 / 10);
}

TEST(ChainRenderer, ResamplingScalesTheFrameCount) {
    test::TempDir dir;
    const int inputRate = 96000;
    test::writeAudioFile(dir / "in.wav", test::whiteNoise(0.3, 1.0 + 17.0 / inputRate, inputRate, 2, 2),
                         inputRate);
    ChainRenderer::Options options = options24(Chain{{Module{LimiterSettings{}, true}}});
    options.outputRate = 44100;
    const auto report = ChainRenderer(options).render(dir / "in.wav", dir / "out.wav");
    const AudioBuffer output = test::readAudioFile(dir / "out.wav");
    const std::size_t expected =
        static_cast<std::size_t>(std::llround((inputRate + 17) * 44100.0 / inputRate));
    EXPECT_EQ(output.frameCount(), expected);
    EXPECT_EQ(report.outputFrames, static_cast<std::int64_t>(expected));
    EXPECT_EQ(report.outputRate, 44100);
}

TEST(ChainRenderer, LoudnessTargetIsReachedThroughTheLimiter) {
    const AudioBuffer noise = test::pinkNoise(0.25, 6.0, kRate, 2, 4);
    ChainRenderer::Options options = options24(Chain{{Module{LimiterSettings{}, true}}});
    options.targetLufs = -9.0;  // loud: the limiter works hard
    options.sampleFormat = SampleFormat::Float32;
    options.dither = DitherKind::None;
    const Rendered rendered = render(noise, options);
    ASSERT_TRUE(rendered.report.measuredLufs);
    EXPECT_NEAR(*rendered.report.measuredLufs, -9.0, ChainRenderer::kLoudnessToleranceLu);
    EXPECT_TRUE(rendered.report.targetReached);
    EXPECT_GT(rendered.report.limiterMaxReductionDb, 1.0);
    EXPECT_LE(rendered.report.passes, ChainRenderer::kMaxLoudnessPasses);
    LoudnessMeter meter(2, kRate);
    const std::vector<float> samples = test::interleave(rendered.output);
    meter.processInterleaved(samples.data(), rendered.output.frameCount());
    EXPECT_NEAR(*meter.integratedLufs(), -9.0, ChainRenderer::kLoudnessToleranceLu);
}

TEST(ChainRenderer, SilenceCannotBeNormalisedAndStaysSilent) {
    ChainRenderer::Options options = options24(Chain{});
    options.targetLufs = -14.0;
    const Rendered rendered = render(test::silence(0.5, kRate, 2), options);
    EXPECT_FALSE(rendered.report.measuredLufs);
    EXPECT_FALSE(rendered.report.targetReached);
    expectIdentical(rendered.output, rendered.input);
}

TEST(ChainRenderer, EffectiveChainPutsCeilingAndGainAtTheLastLimiter) {
    const Chain chain{{Module{LimiterSettings{-3.0}, true}, Module{GainSettings{1.0}, true},
                       Module{LimiterSettings{-2.0}, true}, Module{LimiterSettings{-4.0}, false}}};
    const Chain effective = ChainRenderer::effectiveChain(chain, -1.5, 2.5);
    ASSERT_EQ(effective.modules.size(), 5u);
    EXPECT_EQ(std::get<GainSettings>(effective.modules[2].parameters).gainDb, 2.5);
    EXPECT_EQ(std::get<LimiterSettings>(effective.modules[3].parameters).ceilingDbtp, -1.5);
    EXPECT_EQ(std::get<LimiterSettings>(effective.modules[0].parameters).ceilingDbtp, -3.0);

    const Chain appended = ChainRenderer::effectiveChain(Chain{{Module{GainSettings{}, true}}}, -1.0, 3.0);
    ASSERT_EQ(appended.modules.size(), 3u);
    EXPECT_EQ(std::get<GainSettings>(appended.modules[1].parameters).gainDb, 3.0);
    EXPECT_EQ(std::get<LimiterSettings>(appended.modules[2].parameters).ceilingDbtp, -1.0);

    const Chain gainAtEnd =
        ChainRenderer::effectiveChain(Chain{{Module{StereoSettings{}, true}}}, std::nullopt, -2.0);
    ASSERT_EQ(gainAtEnd.modules.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<GainSettings>(gainAtEnd.modules[1].parameters));
}

}  // namespace
}  // namespace lathe
