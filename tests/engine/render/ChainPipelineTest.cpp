#include "render/ChainPipeline.h"

#include "dsp/ProcessorChain.h"
#include "dsp/TruePeakLimiter.h"
#include "support/BlockProcessing.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kBlock = 256;

Chain mastering() {
    EqSettings eq;
    eq.bands.push_back(EqBand{EqShape::Bell, 300.0, -3.0, 1.0});
    eq.bands.push_back(EqBand{EqShape::HighShelf, 8000.0, 2.0});
    LimiterSettings limiter;
    limiter.inputGainDb = 6.0;
    return Chain{{Module{eq, true}, Module{MultibandSettings{}, true}, Module{StereoSettings{1.3}, true},
                  Module{limiter, true}}};
}

const TruePeakLimiter* limiterOf(const ProcessorChain& chain) {
    return dynamic_cast<const TruePeakLimiter*>(&chain.processor(chain.size() - 1));
}

// Feeds `input` block by block through the pipeline and collects what it consumes.
AudioBuffer runPipeline(const AudioBuffer& input, ProcessorChain& chain, float* maxReductionDb = nullptr) {
    AudioBuffer output(input.channelCount(), input.frameCount());
    std::size_t read = 0;
    std::size_t written = 0;
    ChainPipeline pipeline(chain, input.channelCount(), kBlock, limiterOf(chain));
    pipeline.run(
        [&](const AudioView& block) {
            const std::size_t frames = std::min(block.frameCount(), input.frameCount() - read);
            for (std::size_t c = 0; c < input.channelCount(); ++c)
                std::copy_n(input.channel(c) + read, frames, block.channel(c));
            read += frames;
            return frames;
        },
        [&](ChainPipeline::Block& block) {
            for (std::size_t c = 0; c < input.channelCount(); ++c)
                std::copy_n(block.audio.channel(c), block.frames, output.channel(c) + written);
            written += block.frames;
            if (maxReductionDb)
                *maxReductionDb = std::max(*maxReductionDb, block.limiterReductionDb);
        });
    EXPECT_EQ(written, input.frameCount());
    return output;
}

TEST(ChainPipeline, OutputIsBitIdenticalToOneThread) {
    // Many more blocks than the calibration, and a partial last block.
    const AudioBuffer input = test::pinkNoise(0.5, 3.0, kRate, 2, 17);
    ASSERT_GT(input.frameCount(), 4 * ChainPipeline::kCalibrationBlocks * kBlock);
    ProcessorChain sequential(mastering());
    sequential.prepare(kRate, kBlock, 2);
    AudioBuffer expected = input;
    test::processInBlocks(sequential, expected, kBlock);

    ProcessorChain pipelined(mastering());
    pipelined.prepare(kRate, kBlock, 2);
    float maxReductionDb = 0.0f;
    const AudioBuffer output = runPipeline(input, pipelined, &maxReductionDb);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < input.frameCount(); ++i)
            ASSERT_EQ(output.channel(c)[i], expected.channel(c)[i]) << "channel " << c << " frame " << i;
    EXPECT_GT(maxReductionDb, 1.0f);
}

TEST(ChainPipeline, FailuresOfEitherThreadAreRethrown) {
    ProcessorChain chain(mastering());
    chain.prepare(kRate, kBlock, 2);
    ChainPipeline pipeline(chain, 2, kBlock, nullptr);
    int filled = 0;
    EXPECT_THROW(pipeline.run(
                     [&](const AudioView& block) -> std::size_t {
                         if (++filled == 40)
                             throw std::runtime_error("decode error");
                         block.clear();
                         return block.frameCount();
                     },
                     [](ChainPipeline::Block&) {}),
                 std::runtime_error);

    int consumed = 0;
    EXPECT_THROW(pipeline.run(
                     [](const AudioView& block) -> std::size_t {
                         block.clear();
                         return block.frameCount();  // endless: only the failure stops it
                     },
                     [&](ChainPipeline::Block&) {
                         if (++consumed == 30)
                             throw std::runtime_error("disk full");
                     }),
                 std::runtime_error);
}

}  // namespace
}  // namespace lathe

namespace lathe {
namespace {

TEST(ChainPipeline, CutsMakeTheSlowestStageAsFastAsPossible) {
    // fill 1, modules 2 5 1 1 1, consume 3: stages {fill, 2} {5} {1, 1, 1, consume} = 3, 5, 6
    // beat every other cut; the slowest stage cannot be below the largest module.
    EXPECT_EQ(ChainPipeline::evenCuts({2, 5, 1, 1, 1}, 1, 3), (ChainPipeline::Cuts{1, 2}));
    EXPECT_EQ(ChainPipeline::evenCuts({1, 1, 1, 1}, 0, 0), (ChainPipeline::Cuts{1, 2}));
    EXPECT_EQ(ChainPipeline::evenCuts({}, 1, 1), (ChainPipeline::Cuts{0, 0}));
    // Heavy consuming: everything moves to the earlier stages.
    EXPECT_EQ(ChainPipeline::evenCuts({1, 1}, 0, 10), (ChainPipeline::Cuts{1, 2}));
}

}  // namespace
}  // namespace lathe
