#include "analysis/FileAnalyzer.h"

#include "analysis/BlockingQueue.h"
#include "analysis/SignalStatistics.h"
#include "analysis/TruePeakMeter.h"
#include "core/Decibels.h"
#include "core/Error.h"
#include "core/ScopedNoDenormals.h"
#include "io/AudioFileReader.h"

#include <algorithm>
#include <exception>
#include <limits>
#include <thread>

namespace lathe {
namespace {

// Enough that neither thread waits for the other while both are busy, few enough
// that memory stays small: 4 x 8192 stereo frames is 256 KiB.
constexpr std::size_t kBlocksInFlight = 4;
// BS.1770's K-weighting is defined for audio rates; below this a "file" is not audio.
constexpr int kMinimumSampleRate = 8000;

struct Block {
    std::vector<float> samples;  // interleaved
    std::size_t frames = 0;
};

double largest(const std::vector<double>& values) {
    return values.empty() ? -std::numeric_limits<double>::infinity()
                          : *std::max_element(values.begin(), values.end());
}

FileReport makeReport(AudioFileInfo info, std::int64_t frames, const LoudnessMeter& loudness,
                      const TruePeakMeter& truePeak, const SignalStatistics& statistics) {
    FileReport report;
    report.info = std::move(info);
    report.info.frames = frames;
    report.integratedLufs = loudness.integratedLufs();
    report.loudnessRangeLu = loudness.loudnessRangeLu();
    report.momentaryMaxLufs = loudness.momentaryMaxLufs();
    report.shortTermMaxLufs = loudness.shortTermMaxLufs();
    for (std::size_t c = 0; c < statistics.channelCount(); ++c) {
        report.channelTruePeakDbtp.push_back(gainToDb(truePeak.channelPeak(c)));
        report.channelSamplePeakDbfs.push_back(gainToDb(statistics.samplePeak(c)));
        report.dcOffset.push_back(statistics.dcOffset(c));
    }
    report.truePeakDbtp = largest(report.channelTruePeakDbtp);
    report.samplePeakDbfs = largest(report.channelSamplePeakDbfs);
    report.phaseCorrelation = statistics.phaseCorrelation();
    report.clippedSamples = statistics.clippedSamples();
    return report;
}

// Reads the file block by block and hands each block to both stages, `workerStage`
// on a second thread, `readerStage` on this one, with a fixed set of blocks in
// flight. A block goes back to the empty ones when the worker is done with it; this
// thread finishes its own stage before reading the next block, so a block it takes
// is free on both sides. Rethrows what either thread threw; returns the frames read.
template <typename WorkerStage, typename ReaderStage>
std::int64_t streamInTwoThreads(AudioFileReader& reader, std::size_t blockFrames,
                                WorkerStage workerStage, ReaderStage readerStage) {
    std::vector<Block> blocks(kBlocksInFlight);
    BlockingQueue<Block*> emptyBlocks(kBlocksInFlight);
    BlockingQueue<Block*> toWorker(kBlocksInFlight + 1);  // + the end-of-stream null
    for (Block& block : blocks) {
        block.samples.resize(blockFrames * static_cast<std::size_t>(reader.info().channels));
        emptyBlocks.push(&block);
    }

    std::int64_t frames = 0;
    std::exception_ptr workerFailure;
    {
        std::jthread worker([&] {
            ScopedNoDenormals noDenormals;
            while (Block* block = toWorker.pop()) {
                if (!workerFailure) {
                    try {
                        workerStage(*block);
                    } catch (...) {
                        workerFailure = std::current_exception();
                    }
                }
                emptyBlocks.push(block);
            }
        });
        // Declared after the worker, so it runs before the join, also when reading
        // throws: the worker always sees the end of the stream.
        struct EndOfStream {
            BlockingQueue<Block*>& queue;
            ~EndOfStream() { queue.push(nullptr); }
        } endOfStream{toWorker};

        ScopedNoDenormals noDenormals;
        for (;;) {
            Block* block = emptyBlocks.pop();
            block->frames = reader.readInterleaved(block->samples.data(), blockFrames);
            if (block->frames == 0)
                break;
            toWorker.push(block);
            readerStage(*block);
            frames += static_cast<std::int64_t>(block->frames);
        }
    }
    if (workerFailure)
        std::rethrow_exception(workerFailure);
    return frames;
}

}  // namespace

FileAnalyzer::FileAnalyzer(std::size_t blockFrames) : m_blockFrames(blockFrames) {}

FileAnalyzer::Result FileAnalyzer::analyze(const std::filesystem::path& path) const {
    AudioFileReader reader(path);
    if (reader.info().sampleRate < kMinimumSampleRate)
        throw badInput(path.string(), "sample rate " + std::to_string(reader.info().sampleRate) +
                                          " Hz is too low to measure loudness");
    const auto channels = static_cast<std::size_t>(reader.info().channels);
    LoudnessMeter loudness(channels, reader.info().sampleRate);
    TruePeakMeter truePeak(channels);
    SignalStatistics statistics(channels, SignalStatistics::clipLevelFor(reader.info()));

    // libebur128 is the largest single cost (its K-weighting filter is serial per
    // channel), so it gets the worker thread; this one reads and does the rest.
    const std::int64_t frames = streamInTwoThreads(
        reader, m_blockFrames,
        [&](const Block& block) { loudness.processInterleaved(block.samples.data(), block.frames); },
        [&](const Block& block) {
            truePeak.processInterleaved(block.samples.data(), block.frames);
            statistics.processInterleaved(block.samples.data(), block.frames);
        });
    truePeak.finish();
    return {makeReport(reader.info(), frames, loudness, truePeak, statistics), std::move(loudness)};
}

}  // namespace lathe
