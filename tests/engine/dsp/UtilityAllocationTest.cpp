#include "dsp/Declicker.h"
#include "dsp/GainStage.h"
#include "dsp/StereoImager.h"
#include "dsp/WordLengthReducer.h"

#include "support/AllocationCounter.h"
#include "support/TestSignals.h"

#include <functional>
#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kBlock = 480;

// Prepares the processor, then counts allocations over the whole signal from the
// very first process() call, changing parameters between blocks as a live session
// would.
std::size_t allocationsWhileProcessing(Processor& processor,
                                       const std::function<void(std::size_t)>& betweenBlocks = {}) {
    AudioBuffer audio = test::sine(440.0, 0.5, 1.0, kRate, 2);
    const AudioBuffer noise = test::whiteNoise(0.002, 1.0, kRate, 2, 21);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(c)[i] += noise.channel(c)[i];
    for (std::size_t i = 7000; i < audio.frameCount(); i += 5000)
        audio.channel(i % 2)[i] += 0.5f;  // something for the declicker to repair
    processor.prepare(kRate, kBlock, 2);
    std::size_t allocations = 0;
    std::size_t block = 0;
    for (std::size_t start = 0; start < audio.frameCount(); start += kBlock, ++block) {
        const AudioView view = audio.view().slice(start, std::min(kBlock, audio.frameCount() - start));
        if (betweenBlocks)
            betweenBlocks(block);
        test::AllocationCounter::start();
        processor.process(view);
        allocations += test::AllocationCounter::stop();
    }
    return allocations;
}

TEST(UtilityAllocation, CounterSeesAllocations) {
    test::AllocationCounter::start();
    auto* leak = new std::vector<int>(3);
    const std::size_t counted = test::AllocationCounter::stop();
    delete leak;
    EXPECT_GE(counted, 1u);
}

TEST(UtilityAllocation, GainStageProcessNeverAllocates) {
    GainStage gain;
    EXPECT_EQ(allocationsWhileProcessing(gain, [&](std::size_t block) {
                  gain.setSettings({block % 3 == 0 ? -3.0 : 2.0});
              }),
              0u);
}

TEST(UtilityAllocation, StereoImagerProcessNeverAllocates) {
    StereoImager imager;
    EXPECT_EQ(allocationsWhileProcessing(imager, [&](std::size_t block) {
                  imager.setSettings({.width = 0.5 + 0.1 * double(block % 10),
                                      .monoBelowHz = block % 20 < 10 ? 0.0 : 80.0 + double(block),
                                      .balance = block % 7 == 0 ? -0.3 : 0.2});
              }),
              0u);
}

TEST(UtilityAllocation, DeclickerProcessNeverAllocates) {
    Declicker declicker({.sensitivity = 0.8});
    EXPECT_EQ(allocationsWhileProcessing(declicker, [&](std::size_t block) {
                  declicker.setSettings({.sensitivity = block % 2 == 0 ? 0.8 : 0.6});
              }),
              0u);
    EXPECT_GT(declicker.repairCount(), 0u);
}

TEST(UtilityAllocation, WordLengthReducerProcessNeverAllocates) {
    WordLengthReducer reducer({16, DitherKind::Shaped, 5});
    EXPECT_EQ(allocationsWhileProcessing(reducer), 0u);
}

}  // namespace
}  // namespace lathe
