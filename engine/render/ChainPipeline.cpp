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
#include <thread>
#include <vector>

namespace lathe {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

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

// The cut c (modules [0, c) on the worker) that makes the slower thread fastest.
std::size_t ChainPipeline::bestCut(const double* moduleSeconds, double fillSeconds,
                                   double consumeSeconds) const {
    const std::size_t modules = m_chain.size();
    double total = 0.0;
    for (std::size_t i = 0; i < modules; ++i)
        total += moduleSeconds[i];
    std::size_t best = 0;
    double bestSlowest = std::numeric_limits<double>::infinity();
    double worker = fillSeconds;
    for (std::size_t cut = 0; cut <= modules; ++cut) {
        const double caller = total - (worker - fillSeconds) + consumeSeconds;
        if (const double slowest = std::max(worker, caller); slowest < bestSlowest) {
            bestSlowest = slowest;
            best = cut;
        }
        if (cut < modules)
            worker += moduleSeconds[cut];
    }
    return best;
}

void ChainPipeline::run(const Fill& fill, const Consume& consume) {
    const std::size_t modules = m_chain.size();
    std::vector<Block> blocks(kBlocksInFlight);
    BlockingQueue<Block*> empty(kBlocksInFlight);
    BlockingQueue<Block*> filled(kBlocksInFlight + 1);  // + the end-of-stream null
    for (Block& block : blocks) {
        block.audio.resize(m_channels, m_blockFrames);
        empty.push(&block);
    }
    // Calibration times, written by the worker before it hands over the block that ends
    // the calibration, and by this thread for its own consuming.
    std::vector<double> moduleSeconds(modules, 0.0);
    double fillSeconds = 0.0;
    std::atomic<double> consumeSeconds{0.0};
    std::atomic<int> consumedBlocks{0};
    std::atomic<bool> stop{false};
    std::exception_ptr workerFailure;

    std::thread worker([&] {
        const ScopedNoDenormals noDenormals;
        try {
            std::size_t cut = modules;
            for (std::int64_t sequence = 0; !stop.load(); ++sequence) {
                Block* block = empty.pop();
                const bool calibrating = sequence < static_cast<std::int64_t>(kCalibrationBlocks);
                const Clock::time_point start = Clock::now();
                block->frames = fill(block->audio.view());
                if (calibrating)
                    fillSeconds += secondsSince(start);
                if (block->frames == 0)
                    break;
                block->sequence = sequence;
                if (sequence == static_cast<std::int64_t>(kCalibrationBlocks)) {
                    // Per block: the caller may not have consumed every calibration block yet.
                    const double perConsume = consumeSeconds.load() / std::max(1, consumedBlocks.load());
                    cut = bestCut(moduleSeconds.data(), fillSeconds, perConsume * kCalibrationBlocks);
                }
                block->consumerFrom = cut;
                runModules(*block, 0, cut, calibrating ? moduleSeconds.data() : nullptr);
                filled.push(block);
            }
        } catch (...) {
            workerFailure = std::current_exception();
        }
        filled.push(nullptr);
    });

    std::exception_ptr callerFailure;
    while (Block* block = filled.pop()) {
        if (!callerFailure) {
            try {
                const Clock::time_point start = Clock::now();
                runModules(*block, block->consumerFrom, modules, nullptr);
                consume(*block);
                if (block->sequence < static_cast<std::int64_t>(kCalibrationBlocks)) {
                    consumeSeconds.store(consumeSeconds.load() + secondsSince(start));
                    ++consumedBlocks;
                }
            } catch (...) {
                // Keep handing blocks back until the worker sees the stop and ends.
                callerFailure = std::current_exception();
                stop.store(true);
            }
        }
        empty.push(block);
    }
    worker.join();
    if (workerFailure)
        std::rethrow_exception(workerFailure);
    if (callerFailure)
        std::rethrow_exception(callerFailure);
}

}  // namespace lathe
