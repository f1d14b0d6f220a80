#include "render/ChainPipeline.h"

#include "analysis/BlockingQueue.h"
#include "core/ScopedNoDenormals.h"
#include "dsp/ProcessorChain.h"
#include "dsp/TruePeakLimiter.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <limits>
#include <numeric>
#include <thread>

namespace lathe {
namespace {

using Clock = std::chrono::steady_clock;
using Queue = BlockingQueue<ChainPipeline::Block*>;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The first failure of a pipeline; every stage keeps passing blocks on after it (without
// processing them), so that no stage waits forever for a block.
class Failure {
public:
    bool happened() const noexcept { return m_happened.load(); }
    void record(std::exception_ptr failure) {
        if (!m_happened.exchange(true))
            m_first = std::move(failure);
    }
    void rethrow() const {
        if (m_first)
            std::rethrow_exception(m_first);
    }

private:
    std::atomic<bool> m_happened{false};
    std::exception_ptr m_first;
};

}  // namespace

ChainPipeline::ChainPipeline(ProcessorChain& chain, std::size_t channels, std::size_t blockFrames,
                             const TruePeakLimiter* limiter)
    : m_chain(chain), m_channels(channels), m_blockFrames(blockFrames), m_limiter(limiter) {}

void ChainPipeline::runModules(Block& block, std::size_t from, std::size_t to, double* seconds) {
    const AudioView audio = block.audio.view(block.frames);
    for (std::size_t i = from; i < to; ++i) {
        const Clock::time_point start = seconds ? Clock::now() : Clock::time_point{};
        Processor& processor = m_chain.processor(i);
        processor.process(audio);
        if (&processor == m_limiter)
            block.limiterReductionDb = m_limiter->gainReductionDb();
        if (seconds)
            seconds[i] += secondsSince(start);
    }
}

ChainPipeline::Cuts ChainPipeline::evenCuts(const std::vector<double>& moduleSeconds, double fillSeconds,
                                            double consumeSeconds) {
    static_assert(kStages == 3, "the search below places two cuts");
    const std::size_t modules = moduleSeconds.size();
    std::vector<double> before(modules + 1, 0.0);  // before[i]: modules [0, i)
    std::partial_sum(moduleSeconds.begin(), moduleSeconds.end(), before.begin() + 1);
    Cuts best{modules, modules};
    double bestSlowest = std::numeric_limits<double>::infinity();
    double bestSquares = std::numeric_limits<double>::infinity();
    for (std::size_t first = 0; first <= modules; ++first)
        for (std::size_t second = first; second <= modules; ++second) {
            const double stages[kStages] = {fillSeconds + before[first], before[second] - before[first],
                                            before[modules] - before[second] + consumeSeconds};
            const double slowest = *std::max_element(stages, stages + kStages);
            // Between cuts with the same slowest stage, the more even one (less sum of squares).
            const double squares = stages[0] * stages[0] + stages[1] * stages[1] + stages[2] * stages[2];
            if (slowest < bestSlowest || (slowest == bestSlowest && squares < bestSquares)) {
                bestSlowest = slowest;
                bestSquares = squares;
                best = {first, second};
            }
        }
    return best;
}

void ChainPipeline::run(const Fill& fill, const Consume& consume) {
    const std::size_t modules = m_chain.size();
    std::vector<Block> blocks(kBlocksInFlight);
    Queue empty(kBlocksInFlight);
    Queue toMiddle(kBlocksInFlight + 1);  // + the end-of-stream null
    Queue toLast(kBlocksInFlight + 1);
    for (Block& block : blocks) {
        block.audio.resize(m_channels, m_blockFrames);
        empty.push(&block);
    }
    // Calibration: the first stage's own times, and the last stage's consuming.
    std::vector<double> moduleSeconds(modules, 0.0);
    double fillSeconds = 0.0;
    std::atomic<double> consumeSeconds{0.0};
    std::atomic<int> consumedBlocks{0};
    Failure failure;

    std::thread first([&] {
        const ScopedNoDenormals noDenormals;
        Cuts cuts{modules, modules};
        for (std::int64_t sequence = 0; !failure.happened(); ++sequence) {
            Block* block = empty.pop();
            try {
                const bool calibrating = sequence < static_cast<std::int64_t>(kCalibrationBlocks);
                const Clock::time_point start = Clock::now();
                block->frames = fill(block->audio.view());
                if (calibrating)
                    fillSeconds += secondsSince(start);
                if (block->frames == 0)
                    break;
                if (sequence == static_cast<std::int64_t>(kCalibrationBlocks)) {
                    // Per block: the last stage may not have consumed every calibration block yet.
                    const double perConsume = consumeSeconds.load() / std::max(1, consumedBlocks.load());
                    cuts = evenCuts(moduleSeconds, fillSeconds, perConsume * kCalibrationBlocks);
                }
                block->sequence = sequence;
                block->cuts = cuts;
                runModules(*block, 0, cuts[0], calibrating ? moduleSeconds.data() : nullptr);
            } catch (...) {
                failure.record(std::current_exception());
            }
            toMiddle.push(block);
        }
        toMiddle.push(nullptr);
    });
    std::thread middle([&] {
        const ScopedNoDenormals noDenormals;
        while (Block* block = toMiddle.pop()) {
            if (!failure.happened()) {
                try {
                    runModules(*block, block->cuts[0], block->cuts[1], nullptr);
                } catch (...) {
                    failure.record(std::current_exception());
                }
            }
            toLast.push(block);
        }
        toLast.push(nullptr);
    });

    while (Block* block = toLast.pop()) {
        if (!failure.happened()) {
            try {
                const Clock::time_point start = Clock::now();
                runModules(*block, block->cuts[1], modules, nullptr);
                consume(*block);
                if (block->sequence < static_cast<std::int64_t>(kCalibrationBlocks)) {
                    consumeSeconds.store(consumeSeconds.load() + secondsSince(start));
                    ++consumedBlocks;
                }
            } catch (...) {
                failure.record(std::current_exception());
            }
        }
        empty.push(block);
    }
    first.join();
    middle.join();
    failure.rethrow();
}

}  // namespace lathe
