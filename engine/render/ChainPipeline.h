#pragma once

#include "core/AudioBuffer.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace lathe {

class ProcessorChain;
class TruePeakLimiter;

// Runs a prepared ProcessorChain over a stream as a pipeline of kStages threads, so an
// offline render uses the machine's cores: the first stage fills blocks (reads the
// input) and runs the first modules, the middle stage the next ones, the calling thread
// the rest, and it consumes the blocks (writes the output).
//
// Where the chain is cut is measured, not guessed: the first stage runs every module
// over the first kCalibrationBlocks blocks, timing each module, the filling and the
// consuming; then the cuts go where the stages' work is most even. Each module still
// sees every block once and in order (the cuts only ever move modules to later stages,
// and a block reaches a stage only after the stages before it are done with it), so
// the output is bit-identical whatever the cuts.
class ChainPipeline {
public:
    static constexpr std::size_t kStages = 3;
    static constexpr std::size_t kBlocksInFlight = 6;
    static constexpr std::size_t kCalibrationBlocks = 16;

    // cuts[s] is the first module after stage s; the last stage runs to the end.
    using Cuts = std::array<std::size_t, kStages - 1>;

    struct Block {
        AudioBuffer audio;
        std::size_t frames = 0;
        std::int64_t sequence = 0;
        float limiterReductionDb = 0.0f;  // the limiter's, after this block
        Cuts cuts{};
    };

    // Fills `audio` (blockFrames frames) and returns how many frames it holds; 0 ends the
    // stream. Runs on the first stage's thread.
    using Fill = std::function<std::size_t(const AudioView& audio)>;
    // Receives each block, processed by every module, in order, on the calling thread.
    using Consume = std::function<void(Block& block)>;

    // `limiter` (may be null) is one of the chain's processors whose gain reduction each
    // block records.
    ChainPipeline(ProcessorChain& chain, std::size_t channels, std::size_t blockFrames,
                  const TruePeakLimiter* limiter);

    // Returns when the stream has ended; rethrows what any stage threw (the others stop
    // at their next block).
    void run(const Fill& fill, const Consume& consume);

    // The cuts of `modules` that give the slowest stage the least work, the first stage
    // also filling and the last also consuming (seconds per block or in total, alike).
    static Cuts evenCuts(const std::vector<double>& moduleSeconds, double fillSeconds,
                         double consumeSeconds);

private:
    void runModules(Block& block, std::size_t from, std::size_t to, double* seconds);

    ProcessorChain& m_chain;
    std::size_t m_channels;
    std::size_t m_blockFrames;
    const TruePeakLimiter* m_limiter;
};

}  // namespace lathe
