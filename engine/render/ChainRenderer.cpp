#include "render/ChainRenderer.h"

#include "analysis/LoudnessMeter.h"
#include "core/AudioBuffer.h"
#include "core/Error.h"
#include "core/ScopedNoDenormals.h"
#include "dsp/ProcessorChain.h"
#include "dsp/TruePeakLimiter.h"
#include "export/Mp3Writer.h"
#include "io/AudioFileReader.h"
#include "render/ChainPipeline.h"
#include "render/RenderOutput.h"

#include <algorithm>
#include <cctype>
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

bool ChainRenderer::isMp3(const std::filesystem::path& output) {
    std::string extension = output.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".mp3";
}

std::unique_ptr<AudioSink> ChainRenderer::openWriter(const std::filesystem::path& output,
                                                     const AudioFileReader& reader) const {
    if (isMp3(output))
        return std::make_unique<Mp3Writer>(output, outputRateFor(reader), reader.info().channels);
    return std::make_unique<AudioFileWriter>(output, outputRateFor(reader), reader.info().channels,
                                             m_options.sampleFormat);
}

ChainRenderer::Report ChainRenderer::render(const std::filesystem::path& input,
                                            const std::filesystem::path& output) {
    if (isMp3(output) && m_options.sampleFormat != SampleFormat::Float32)
        throw badInput(output.string(), "MP3 is encoded from float samples; no word length applies");
    AudioFileReader reader(input);
    if (m_options.targetLufs)
        return renderToTarget(reader, output);
    auto writer = openWriter(output, reader);
    Report report;
    report.outputRate = outputRateFor(reader);
    report.passes = 1;
    adopt(report, runPass(reader, 1, std::nullopt, writer.get(), false));
    writer->finish();
    return report;
}

ChainRenderer::Report ChainRenderer::renderToTarget(AudioFileReader& reader,
                                                    const std::filesystem::path& output) {
    const double target = *m_options.targetLufs;
    Report best;
    best.outputRate = outputRateFor(reader);
    PassResult measured = runPass(reader, 1, 0.0, nullptr, true);
    best.passes = 1;
    std::unique_ptr<AudioSink> bestWriter;
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
            adopt(best, measured);
        }
        if (error <= kLoudnessToleranceLu)
            break;
    }
    if (!bestWriter) {
        bestWriter = openWriter(output, reader);
        best.passes += 1;
        adopt(best, runPass(reader, best.passes, 0.0, bestWriter.get(), true));
    }
    best.targetReached = best.measuredLufs && std::abs(*best.measuredLufs - target) <= kTargetToleranceLu;
    bestWriter->finish();
    return best;
}

void ChainRenderer::adopt(Report& report, const PassResult& pass) {
    report.measuredLufs = pass.lufs;
    report.hasLimiter = pass.hasLimiter;
    report.limiterMaxReductionDb = pass.limiterMaxReductionDb;
    report.outputFrames = pass.outputFrames;
}

ChainRenderer::PassResult ChainRenderer::runPass(AudioFileReader& reader, int pass,
                                                 std::optional<double> gainDb,
                                                 AudioSink* writer, bool measure) {
    const ScopedNoDenormals noDenormals;  // this thread's; ChainPipeline's worker holds its own
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
    PassResult result;
    result.hasLimiter = limiter != nullptr;
    std::int64_t inputFrames = 0;  // the worker's until run() returns
    bool inputEnded = false;
    std::size_t silenceFed = 0;    // after the input, to push the latency out
    const auto fill = [&](const AudioView& block) {
        throwIfCancelled(m_options.cancel);
        std::size_t frames = 0;
        if (!inputEnded) {
            frames = reader.read(block);
            inputFrames += static_cast<std::int64_t>(frames);
            inputEnded = frames < block.frameCount();
        }
        if (inputEnded) {
            const std::size_t silence = std::min(block.frameCount() - frames, latency - silenceFed);
            block.slice(frames, silence).clear();
            silenceFed += silence;
            frames += silence;
        }
        return frames;
    };
    std::size_t toDrop = latency;  // the chain's delay at the start
    std::int64_t consumedFrames = 0;
    const double expectedFrames = static_cast<double>(info.frames + static_cast<std::int64_t>(latency));
    const auto consume = [&](ChainPipeline::Block& block) {
        result.limiterMaxReductionDb =
            std::max(result.limiterMaxReductionDb, static_cast<double>(block.limiterReductionDb));
        const AudioView audio = block.audio.view(block.frames);
        const std::size_t drop = std::min(toDrop, block.frames);
        toDrop -= drop;
        if (drop < block.frames)
            output.push(audio.slice(drop, block.frames - drop));
        consumedFrames += static_cast<std::int64_t>(block.frames);
        if (m_progress && expectedFrames > 0)
            m_progress(pass, std::min(1.0, static_cast<double>(consumedFrames) / expectedFrames));
    };
    ChainPipeline(chain, channels, kBlockFrames, limiter).run(fill, consume);
    result.outputFrames = output.finish(inputFrames);
    if (meter)
        result.lufs = meter->integratedLufs();
    return result;
}

}  // namespace lathe
