#pragma once

#include "core/AudioBuffer.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace lathe {

class ProcessorChain;
class TruePeakLimiter;

// Runs a prepared ProcessorChain over a stream on two threads, so an offline render
// uses two cores: a worker fills blocks (reads the input) and runs the first modules,
// the calling thread runs the rest and consumes the blocks (writes the output).
//
// Where the chain is cut is measured, not guessed: the worker runs every module over
// the first kCalibrationBlocks blocks, timing each module, the filling and the
// consuming; then the cut goes where the two threads' work is most even. Each module
// still sees every block once and in order (a block crosses to the other thread only
// after the worker is done with it), so the output is bit-identical whatever the cut.
class ChainPipeline {
public:
    static constexpr std::size_t kBlocksInFlight = 4;
    static constexpr std::size_t kCalibrationBlocks = 16;

    struct Block {
        AudioBuffer audio;
        std::size_t frames = 0;
        std::int64_t sequence = 0;
        float limiterReductionDb = 0.0f;  // the limiter's, after this block
        std::size_t consumerFrom = 0;     // the first module the calling thread runs
    };

    // Fills `audio` (blockFrames frames) and returns how many frames it holds; 0 ends the
    // stream. Runs on the worker thread.
    using Fill = std::function<std::size_t(const AudioView& audio)>;
    // Receives each block, processed by every module, in order, on the calling thread.
    using Consume = std::function<void(Block& block)>;

    // `limiter` (may be null) is one of the chain's processors whose gain reduction each
    // block records.
    ChainPipeline(ProcessorChain& chain, std::size_t channels, std::size_t blockFrames,
                  const TruePeakLimiter* limiter);

    // Returns when the stream has ended; rethrows what either thread threw (the other one
    // stops at its next block).
    void run(const Fill& fill, const Consume& consume);

private:
    void runModules(Block& block, std::size_t from, std::size_t to, double* seconds);
    std::size_t bestCut(const double* moduleSeconds, double fillSeconds, double consumeSeconds) const;

    ProcessorChain& m_chain;
    std::size_t m_channels;
    std::size_t m_blockFrames;
    const TruePeakLimiter* m_limiter;
};

}  // namespace lathe
