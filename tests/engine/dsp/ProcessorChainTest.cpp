#include "dsp/ProcessorChain.h"

#include "dsp/Compressor.h"
#include "dsp/Declicker.h"
#include "dsp/GainStage.h"
#include "dsp/LinearPhaseEq.h"
#include "dsp/ModuleFactory.h"
#include "dsp/Multiband.h"
#include "dsp/ParametricEq.h"
#include "dsp/StereoImager.h"
#include "dsp/TruePeakLimiter.h"
#include "support/AllocationCounter.h"
#include "support/BlockProcessing.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kBlock = 512;

Module disabled(ModuleParameters parameters) { return Module{std::move(parameters), false}; }

EqSettings eqWithBell(EqPhase phase, double gainDb) {
    EqSettings eq;
    eq.phase = phase;
    eq.bands.push_back(EqBand{EqShape::Bell, 1000.0, gainDb});
    return eq;
}

template <class Expected>
void expectProcessor(const ModuleParameters& parameters) {
    const auto processor = createProcessor(Module{parameters, true});
    ASSERT_NE(processor, nullptr);
    EXPECT_NE(dynamic_cast<const Expected*>(processor.get()), nullptr);
}

void expectIdentical(const AudioBuffer& a, const AudioBuffer& b) {
    ASSERT_EQ(a.frameCount(), b.frameCount());
    for (std::size_t c = 0; c < a.channelCount(); ++c)
        for (std::size_t i = 0; i < a.frameCount(); ++i)
            ASSERT_EQ(a.channel(c)[i], b.channel(c)[i]) << "channel " << c << " frame " << i;
}

TEST(ModuleFactory, MakesTheProcessorOfEveryModuleType) {
    expectProcessor<GainStage>(GainSettings{});
    expectProcessor<ParametricEq>(eqWithBell(EqPhase::Minimum, 3.0));
    expectProcessor<LinearPhaseEq>(eqWithBell(EqPhase::Linear, 3.0));
    expectProcessor<Compressor>(CompressorSettings{});
    expectProcessor<Multiband>(MultibandSettings{});
    expectProcessor<StereoImager>(StereoSettings{});
    expectProcessor<Declicker>(DeclickSettings{});
    expectProcessor<TruePeakLimiter>(LimiterSettings{});
}

TEST(ModuleFactory, DisabledModulesHaveNoProcessor) {
    for (const auto name : moduleTypeNames())
        EXPECT_EQ(createProcessor(disabled(*defaultModuleParameters(name))), nullptr) << name;
}

TEST(ModuleFactory, ConfiguresTheProcessorFromTheSettings) {
    AudioBuffer audio = test::sine(1000.0, 0.25, 0.1, kRate, 2);
    const auto processor = createProcessor(Module{GainSettings{-6.0206}, true});
    processor->prepare(kRate, kBlock, 2);
    const AudioBuffer original = audio;
    test::processInBlocks(*processor, audio, kBlock);
    EXPECT_NEAR(audio.channel(0)[100], 0.5 * original.channel(0)[100], 1e-6);
}

TEST(ModuleFactory, UpdatesOnlyWhatPrepareDoesNotFix) {
    const Module minimumEq{eqWithBell(EqPhase::Minimum, 1.0), true};
    EXPECT_TRUE(canUpdateProcessor(minimumEq, Module{eqWithBell(EqPhase::Minimum, -4.0), true}));
    EXPECT_FALSE(canUpdateProcessor(minimumEq, Module{eqWithBell(EqPhase::Linear, 1.0), true}));
    EXPECT_FALSE(canUpdateProcessor(minimumEq, Module{GainSettings{}, true}));
    EXPECT_FALSE(canUpdateProcessor(minimumEq, disabled(eqWithBell(EqPhase::Minimum, 1.0))));
    LimiterSettings longerLookahead;
    longerLookahead.lookaheadMs = 5.0;
    EXPECT_FALSE(canUpdateProcessor(Module{LimiterSettings{}, true}, Module{longerLookahead, true}));
    MultibandSettings linear;
    linear.linearPhase = true;
    EXPECT_FALSE(canUpdateProcessor(Module{MultibandSettings{}, true}, Module{linear, true}));
    EXPECT_TRUE(canUpdateProcessor(Module{CompressorSettings{}, true},
                                   Module{CompressorSettings{.thresholdDb = -30.0}, true}));
}

TEST(ProcessorChain, EmptyAndAllDisabledChainsAreBitTransparent) {
    Chain allDisabled;
    for (const auto name : moduleTypeNames())
        allDisabled.modules.push_back(disabled(*defaultModuleParameters(name)));
    for (const Chain& chain : {Chain{}, allDisabled}) {
        ProcessorChain processors(chain);
        EXPECT_EQ(processors.size(), 0u);
        processors.prepare(kRate, kBlock, 2);
        AudioBuffer audio = test::whiteNoise(1.0, 0.2, kRate, 2, 3);
        const AudioBuffer original = audio;
        test::processInBlocks(processors, audio, kBlock);
        expectIdentical(audio, original);
        EXPECT_EQ(processors.latencyFrames(), 0u);
    }
}

TEST(ProcessorChain, LatencyIsTheSumOfTheModules) {
    Chain chain;
    chain.modules = {Module{eqWithBell(EqPhase::Linear, 2.0), true}, Module{DeclickSettings{}, true},
                     disabled(LimiterSettings{}), Module{LimiterSettings{}, true}};
    ProcessorChain processors(chain);
    processors.prepare(kRate, kBlock, 2);
    ASSERT_EQ(processors.size(), 3u);
    std::size_t sum = 0;
    for (std::size_t i = 0; i < processors.size(); ++i)
        sum += processors.processor(i).latencyFrames();
    EXPECT_EQ(processors.latencyFrames(), sum);
    // Linear-phase EQ at 44.1 kHz, declicker hop + context, limiter's 2 ms look-ahead path.
    EXPECT_EQ(processors.latencyFrames(), 10239u + 1024u + 156u);
}

TEST(ProcessorChain, RunsTheModulesInOrder) {
    // A limiter at -6 dBTP after +12 dB differs from +12 dB after the limiter.
    const Chain gainFirst{{Module{GainSettings{12.0}, true}, Module{LimiterSettings{-6.0}, true}}};
    ProcessorChain processors(gainFirst);
    processors.prepare(kRate, kBlock, 1);
    AudioBuffer audio = test::sine(997.0, 0.5, 0.5, kRate, 1);
    test::processInBlocks(processors, audio, kBlock);
    float peak = 0.0f;
    for (std::size_t i = audio.frameCount() / 2; i < audio.frameCount(); ++i)
        peak = std::max(peak, std::abs(audio.channel(0)[i]));
    EXPECT_LE(peak, 0.5012f);  // -6 dB
    EXPECT_GT(peak, 0.45f);
}

TEST(ProcessorChain, SameStructureTakesNewSettingsInPlace) {
    Chain chain{{Module{GainSettings{0.0}, true}, disabled(StereoSettings{})}};
    ProcessorChain processors(chain);
    processors.prepare(kRate, kBlock, 2);
    Processor* gain = &processors.processor(0);

    chain.modules[0].parameters = GainSettings{-6.0206};
    ASSERT_TRUE(processors.setSettings(chain));
    EXPECT_EQ(&processors.processor(0), gain);
    AudioBuffer audio(2, kRate / 5);
    std::fill_n(audio.channel(0), audio.frameCount(), 0.5f);
    std::fill_n(audio.channel(1), audio.frameCount(), 0.5f);
    test::AllocationCounter counter;
    test::processInBlocks(processors, audio, kBlock);
    EXPECT_EQ(counter.count(), 0u);
    EXPECT_NEAR(audio.channel(0)[audio.frameCount() - 1], 0.25f, 1e-6f);  // after the glide

    Chain enabledStereo = chain;
    enabledStereo.modules[1].enabled = true;
    EXPECT_FALSE(processors.setSettings(enabledStereo));
    EXPECT_FALSE(processors.setSettings(Chain{}));
    EXPECT_EQ(processors.size(), 1u);
}

}  // namespace
}  // namespace lathe
