#include "render/ChainRenderer.h"

#include "analysis/LoudnessMeter.h"
#include "core/AudioBuffer.h"
#include "core/ScopedNoDenormals.h"
#include "dsp/ProcessorChain.h"
#include "dsp/TruePeakLimiter.h"
#include "io/AudioFileReader.h"
#include "render/RenderOutput.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lathe {
namespace {

// Loudness per dB of gain that a secant step may assume: a limiter working hard gives
// less than 1 LU per dB, never less than this, and no chain gives much more than 1.
constexpr double kMinLoudnessSlope = 0.05;
constexpr double kMaxLoudnessSlope = 1.2;
constexpr double kMinSecantStepDb = 1e-3;

std::optional<std::size_t> lastEnabledLimiter(const Chain& chain) {
    for (std::size_t i = chain.modules.size(); i-- > 0;) {
        const Module& module = chain.modules[i];
        if (module.enabled && std::holds_alternative<LimiterSettings>(module.parameters))
            return i;
    }
    return std::nullopt;
}

const TruePeakLimiter* lastLimiter(const ProcessorChain& chain) {
    for (std::size_t i = chain.size(); i-- > 0;)
        if (const auto* limiter = dynamic_cast<const TruePeakLimiter*>(&chain.processor(i)))
            return limiter;
    return nullptr;
}

double nextLoudnessGain(double gainDb, double lufs, std::optional<std::pair<double, double>> previous,
                        double targetLufs) {
    double slope = 1.0;
    if (previous && std::abs(gainDb - previous->first) > kMinSecantStepDb)
        slope = std::clamp((lufs - previous->second) / (gainDb - previous->first), kMinLoudnessSlope,
                           kMaxLoudnessSlope);
    return std::clamp(gainDb + (targetLufs - lufs) / slope, -ChainRenderer::kMaxLoudnessGainDb,
                      ChainRenderer::kMaxLoudnessGainDb);
}

}  // namespace

ChainRenderer::ChainRenderer(Options options) : m_options(std::move(options)) {}

Chain ChainRenderer::effectiveChain(const Chain& chain, std::optional<double> ceilingDbtp,
                                    std::optional<double> loudnessGainDb) {
    Chain result = chain;
    std::optional<std::size_t> limiter = lastEnabledLimiter(result);
    if (ceilingDbtp) {
        if (!limiter) {
            result.modules.push_back(Module{LimiterSettings{}, true});
            limiter = result.modules.size() - 1;
        }
        std::get<LimiterSettings>(result.modules[*limiter].parameters).ceilingDbtp = *ceilingDbtp;
    }
    if (loudnessGainDb) {
        const std::size_t at = limiter.value_or(result.modules.size());
        result.modules.insert(result.modules.begin() + static_cast<std::ptrdiff_t>(at),
                              Module{GainSettings{*loudnessGainDb}, true});
    }
    return result;
}

int ChainRenderer::outputRateFor(const AudioFileReader& reader) const {
    return m_options.outputRate.value_or(reader.info().sampleRate);
}

std::unique_ptr<AudioFileWriter> ChainRenderer::openWriter(const std::filesystem::path& output,
                                                           const AudioFileReader& reader) const {
    return std::make_unique<AudioFileWriter>(output, outputRateFor(reader), reader.info().channels,
                                             m_options.sampleFormat);
}

ChainRenderer::Report ChainRenderer::render(const std::filesystem::path& input,
                                            const std::filesystem::path& output) {
    AudioFileReader reader(input);
    if (m_options.targetLufs)
        return renderToTarget(reader, output);
    auto writer = openWriter(output, reader);
    const PassResult pass = runPass(reader, 1, std::nullopt, writer.get(), false);
    writer->finish();
    Report report;
    report.hasLimiter = pass.hasLimiter;
    report.limiterMaxReductionDb = pass.limiterMaxReductionDb;
    report.passes = 1;
    report.outputRate = outputRateFor(reader);
    report.outputFrames = pass.outputFrames;
    return report;
}

ChainRenderer::Report ChainRenderer::renderToTarget(AudioFileReader& reader,
                                                    const std::filesystem::path& output) {
    const double target = *m_options.targetLufs;
    Report best;
    best.outputRate = outputRateFor(reader);
    PassResult measured = runPass(reader, 1, 0.0, nullptr, true);
    best.passes = 1;
    std::unique_ptr<AudioFileWriter> bestWriter;
    double bestError = std::numeric_limits<double>::infinity();
    double gainDb = 0.0;
    std::optional<std::pair<double, double>> previous;  // gain, loudness

    // Digital silence has no loudness: no gain can bring it anywhere, so it is rendered
    // as it is.
    for (int pass = 2; pass <= kMaxLoudnessPasses && measured.lufs; ++pass) {
        const double next = nextLoudnessGain(gainDb, *measured.lufs, previous, target);
        previous = std::pair(gainDb, *measured.lufs);
        gainDb = next;
        auto writer = openWriter(output, reader);
        measured = runPass(reader, pass, gainDb, writer.get(), true);
        best.passes = pass;
        const double error = measured.lufs ? std::abs(*measured.lufs - target)
                                           : std::numeric_limits<double>::infinity();
        if (error < bestError) {
            bestError = error;
            bestWriter = std::move(writer);
            best.gainDb = gainDb;
            best.measuredLufs = measured.lufs;
            best.hasLimiter = measured.hasLimiter;
            best.limiterMaxReductionDb = measured.limiterMaxReductionDb;
            best.outputFrames = measured.outputFrames;
        }
        if (error <= kLoudnessToleranceLu)
            break;
    }
    if (!bestWriter) {
        bestWriter = openWriter(output, reader);
        measured = runPass(reader, best.passes + 1, 0.0, bestWriter.get(), true);
        best.passes += 1;
        best.measuredLufs = measured.lufs;
        best.hasLimiter = measured.hasLimiter;
        best.limiterMaxReductionDb = measured.limiterMaxReductionDb;
        best.outputFrames = measured.outputFrames;
    }
    best.targetReached = best.measuredLufs && std::abs(*best.measuredLufs - target) <= 2 * kLoudnessToleranceLu;
    bestWriter->finish();
    return best;
}

ChainRenderer::PassResult ChainRenderer::runPass(AudioFileReader& reader, int pass,
                                                 std::optional<double> gainDb,
                                                 AudioFileWriter* writer, bool measure) {
    const ScopedNoDenormals noDenormals;
    const AudioFileInfo& info = reader.info();
    const auto channels = static_cast<std::size_t>(info.channels);
    ProcessorChain chain(effectiveChain(m_options.chain, m_options.ceilingDbtp, gainDb));
    chain.prepare(info.sampleRate, kBlockFrames, channels);
    const TruePeakLimiter* limiter = lastLimiter(chain);
    const std::size_t latency = chain.latencyFrames();

    const int outputRate = outputRateFor(reader);
    std::optional<LoudnessMeter> meter;
    if (measure)
        meter.emplace(channels, outputRate);
    RenderOutput output({info.sampleRate, outputRate, channels, m_options.sampleFormat,
                         m_options.dither, m_options.seed},
                        kBlockFrames, writer, meter ? &*meter : nullptr);

    reader.seek(0);
    AudioBuffer block(channels, kBlockFrames);
    PassResult result;
    result.hasLimiter = limiter != nullptr;
    std::int64_t inputFrames = 0;
    bool inputEnded = false;
    std::size_t silenceFed = 0;   // after the input, to push the latency out
    std::size_t toDrop = latency; // the chain's delay at the start
    while (!inputEnded || silenceFed < latency) {
        const AudioView view = block.view();
        std::size_t frames = 0;
        if (!inputEnded) {
            frames = reader.read(view);
            inputFrames += static_cast<std::int64_t>(frames);
            inputEnded = frames < kBlockFrames;
        }
        if (inputEnded) {
            const std::size_t silence = std::min(kBlockFrames - frames, latency - silenceFed);
            view.slice(frames, silence).clear();
            silenceFed += silence;
            frames += silence;
        }
        if (frames == 0)
            break;
        const AudioView active = view.slice(0, frames);
        chain.process(active);
        if (limiter)
            result.limiterMaxReductionDb =
                std::max(result.limiterMaxReductionDb, static_cast<double>(limiter->gainReductionDb()));
        const std::size_t drop = std::min(toDrop, frames);
        toDrop -= drop;
        if (drop < frames)
            output.push(active.slice(drop, frames - drop));
        if (m_progress && info.frames > 0)
            m_progress(pass, std::min(1.0, static_cast<double>(inputFrames) / info.frames));
    }
    result.outputFrames = output.finish(inputFrames);
    if (meter)
        result.lufs = meter->integratedLufs();
    return result;
}

}  // namespace lathe
