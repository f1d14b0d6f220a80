// process() and setSettings() of the dynamics processors must never allocate; the
// test executable's one counting operator new (support/AllocationCounter) proves it.

#include "dsp/Compressor.h"
#include "dsp/Multiband.h"
#include "dsp/TruePeakLimiter.h"

#include "support/AllocationCounter.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include <memory>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kMaxBlock = 512;

// Counts the allocations `work` makes.
template <typename Work>
int allocationsDuring(Work&& work) {
    test::AllocationCounter::start();
    work();
    return static_cast<int>(test::AllocationCounter::stop());
}

// Runs blocks of awkward sizes through `processor`, calling `change(block)` before each.
template <typename Change>
void runBlocks(Processor& processor, AudioBuffer& audio, Change&& change) {
    std::size_t start = 0;
    for (std::size_t block = 0; start < audio.frameCount(); ++block) {
        const std::size_t frames = std::min<std::size_t>({kMaxBlock, 37 + block * 101 % kMaxBlock, audio.frameCount() - start});
        change(block);
        processor.process(audio.view().slice(start, frames));
        start += frames;
    }
}

TEST(DynamicsAllocation, CounterSeesAllocations) {
    static int* volatile observed = nullptr;  // volatile: the allocation cannot be elided
    EXPECT_EQ(allocationsDuring([] { observed = new int(3); }), 1);
    delete observed;
}

TEST(DynamicsAllocation, CompressorNeverAllocatesWhileProcessing) {
    CompressorSettings quiet, loud;
    loud.thresholdDb = -30.0;
    loud.sidechainHighPassHz = 150.0;
    loud.detector = Detector::Peak;
    loud.makeupDb = 4.0;
    Compressor compressor(quiet);
    compressor.prepare(kRate, kMaxBlock, 2);
    AudioBuffer audio = test::whiteNoise(0.8, 1.0, kRate, 2, 1);
    EXPECT_EQ(allocationsDuring([&] {
                  runBlocks(compressor, audio, [&](std::size_t block) {
                      compressor.setSettings(block % 2 ? loud : quiet);
                  });
              }),
              0);
}

TEST(DynamicsAllocation, MultibandNeverAllocatesWhileProcessing) {
    for (bool linearPhase : {false, true}) {
        MultibandSettings four;
        four.linearPhase = linearPhase;
        four.bands[2].solo = true;
        MultibandSettings five = four;
        five.crossoversHz = {90.0, 400.0, 2000.0, 9000.0};
        five.bands.resize(5);
        five.bands[1].bypass = true;
        MultibandSettings two = four;
        two.crossoversHz = {300.0};
        two.bands.resize(2);
        const MultibandSettings* cycle[] = {&four, &five, &two};
        Multiband multiband(four);
        multiband.prepare(kRate, kMaxBlock, 2);
        AudioBuffer audio = test::whiteNoise(0.8, 1.0, kRate, 2, 2);
        EXPECT_EQ(allocationsDuring([&] {
                      runBlocks(multiband, audio, [&](std::size_t block) {
                          if (block % 16 == 0)
                              multiband.setSettings(*cycle[block / 16 % 3]);
                      });
                  }),
                  0)
            << (linearPhase ? "linear phase" : "minimum phase");
    }
}

TEST(DynamicsAllocation, LimiterNeverAllocatesWhileProcessing) {
    LimiterSettings gentle, hard;
    hard.ceilingDbtp = -3.0;
    hard.inputGainDb = 6.0;
    hard.releaseMs = 20.0;
    TruePeakLimiter limiter(gentle);
    limiter.prepare(kRate, kMaxBlock, 2);
    AudioBuffer audio = test::whiteNoise(1.0, 1.0, kRate, 2, 3);
    EXPECT_EQ(allocationsDuring([&] {
                  runBlocks(limiter, audio, [&](std::size_t block) {
                      limiter.setSettings(block % 2 ? hard : gentle);
                  });
              }),
              0);
}

}  // namespace
}  // namespace lathe
