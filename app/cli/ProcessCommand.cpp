#include "CliCommand.h"
#include "ExitCodes.h"
#include "ProgressBar.h"

#include "analysis/AnalysisJson.h"
#include "analysis/FileAnalyzer.h"
#include "core/Error.h"
#include "export/Mp3Writer.h"
#include "io/AudioFileReader.h"
#include "project/FieldRules.h"
#include "project/ProjectFile.h"
#include "project/ProjectSchema.h"
#include "render/ChainRenderer.h"

#include <cmath>
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace lathe::cli {
namespace {

struct ProcessOptions {
    std::string chainFile;
    std::optional<double> targetLufs;
    std::optional<double> ceilingDbtp;
    std::optional<int> rate;
    std::string bits;    // empty: the input's
    std::string dither;  // empty: by the word length
    std::uint64_t seed = 1;
    bool json = false;
    bool quiet = false;
    std::string input;
    std::string output;
};

void checkRange(const char* flag, double value, const rules::Range& range) {
    if (!std::isfinite(value))
        throw badInput(flag, "must be a finite number");
    if (const auto problem = rules::check(value, range, {}))
        throw badInput(flag, *problem);
}

std::optional<SampleFormat> parseBits(const std::string& bits) {
    if (bits.empty())
        return std::nullopt;
    if (bits == "16")
        return SampleFormat::Int16;
    if (bits == "24")
        return SampleFormat::Int24;
    if (bits == "32f")
        return SampleFormat::Float32;
    throw badInput("--bits", "expected 16, 24 or 32f, got '" + bits + "'");
}

std::optional<DitherKind> parseDither(const std::string& dither) {
    if (dither.empty())
        return std::nullopt;
    if (dither == "none")
        return DitherKind::None;
    if (dither == "tpdf")
        return DitherKind::Tpdf;
    if (dither == "shaped")
        return DitherKind::Shaped;
    throw badInput("--dither", "expected none, tpdf or shaped, got '" + dither + "'");
}

// The input's word length, in the formats an output can have: float stays float, lossy
// and deep integer sources keep the most precision (24 bits, or float beyond 24).
SampleFormat inputWordLength(const AudioFileInfo& info) {
    constexpr int kShortBits = 16;
    constexpr int kLongBits = 24;
    if (info.isFloat)
        return SampleFormat::Float32;
    if (info.bitsPerSample == 0)
        return SampleFormat::Int24;
    if (info.bitsPerSample <= kShortBits)
        return SampleFormat::Int16;
    return info.bitsPerSample <= kLongBits ? SampleFormat::Int24 : SampleFormat::Float32;
}

DitherKind ditherFor(SampleFormat format, std::optional<DitherKind> requested) {
    if (format == SampleFormat::Float32) {
        if (requested && *requested != DitherKind::None)
            throw badInput("--dither", "32-bit float output is not dithered; use --dither none "
                                       "or choose --bits 16 or 24");
        return DitherKind::None;
    }
    if (requested)
        return *requested;
    return format == SampleFormat::Int16 ? DitherKind::Shaped : DitherKind::Tpdf;
}

nlohmann::ordered_json decibelsOrNull(std::optional<double> value) {
    constexpr double kHundredths = 100.0;
    if (!value || !std::isfinite(*value))
        return nullptr;
    return std::round(*value * kHundredths) / kHundredths + 0.0;
}

nlohmann::ordered_json reportJson(const ProcessOptions& options, const FileReport& input,
                                  const FileReport& output, const ChainRenderer::Report& report) {
    nlohmann::ordered_json json;
    json["schema"] = AnalysisJson::kSchema;
    json["input"] = AnalysisJson::file(input);
    json["output"] = AnalysisJson::file(output);
    json["gain_applied_db"] = decibelsOrNull(report.gainDb);
    json["limiter_max_gain_reduction_db"] =
        report.hasLimiter ? decibelsOrNull(report.limiterMaxReductionDb) : nullptr;
    json["target_lufs"] = options.targetLufs ? nlohmann::ordered_json(*options.targetLufs) : nullptr;
    json["target_reached"] = options.targetLufs ? nlohmann::ordered_json(report.targetReached) : nullptr;
    json["passes"] = report.passes;
    json["seed"] = options.seed;
    return json;
}

int runProcess(const ProcessOptions& options) {
    // Every flag is checked before any audio is read, and the target before any work.
    if (options.targetLufs)
        checkRange("--target-lufs", *options.targetLufs, schema::kTargetLufs);
    if (options.ceilingDbtp)
        checkRange("--ceiling-dbtp", *options.ceilingDbtp, schema::kCeilingDbtp);
    if (options.rate)
        checkRange("--rate", *options.rate, schema::kSampleRate);
    const std::optional<SampleFormat> bits = parseBits(options.bits);
    const std::optional<DitherKind> dither = parseDither(options.dither);
    const bool mp3 = ChainRenderer::isMp3(options.output);
    if (mp3 && (bits || dither))
        throw badInput(bits ? "--bits" : "--dither",
                       "MP3 output is encoded from float samples: no word length or dither applies");

    ChainRenderer::Options render;
    {
        const AudioFileReader reader(options.input);
        const AudioFileInfo& info = reader.info();
        render.sampleFormat = mp3 ? SampleFormat::Float32 : bits.value_or(inputWordLength(info));
        render.dither = ditherFor(render.sampleFormat, dither);
        render.outputRate = options.rate.value_or(info.sampleRate);
        if (!mp3)
            AudioFileWriter::checkFormat(options.output, *render.outputRate, info.channels,
                                         render.sampleFormat);
        else if (!Mp3Writer::supportsRate(*render.outputRate))
            throw badInput(options.output, "MP3 cannot carry " + std::to_string(*render.outputRate) +
                                               " Hz; add --rate 44100 or --rate 48000");
        if (!options.chainFile.empty())
            render.chain = loadChain(options.chainFile, info.sampleRate);
    }
    render.targetLufs = options.targetLufs;
    render.ceilingDbtp = options.ceilingDbtp;
    render.seed = options.seed;

    std::optional<FileReport> inputReport;
    if (options.json)
        inputReport = FileAnalyzer().analyze(options.input).report;

    ChainRenderer renderer(render);
    ProgressBar progress("processing", options.quiet);
    renderer.setProgressCallback([&progress, &options](int pass, double fraction) {
        progress.update(fraction, options.targetLufs ? "pass " + std::to_string(pass) : "");
    });
    const ChainRenderer::Report report = renderer.render(options.input, options.output);
    progress.finish();

    if (options.targetLufs && !report.targetReached && !options.quiet)
        std::cerr << "lathe-cli: warning: " << options.output << ": "
                  << (report.measuredLufs ? "reached " + std::to_string(*report.measuredLufs) +
                                                " LUFS, not the target (the chain limits the loudness)"
                                          : std::string("digital silence has no loudness to normalise"))
                  << "\n";

    if (options.json) {
        const FileReport outputReport = FileAnalyzer().analyze(options.output).report;
        std::cout << reportJson(options, *inputReport, outputReport, report).dump(2) << "\n";
    } else if (!options.quiet) {
        std::cout << "wrote " << options.output << ": " << report.outputFrames << " frames at "
                  << report.outputRate << " Hz";
        if (options.targetLufs && report.measuredLufs)
            std::cout << ", " << std::round(*report.measuredLufs * 100.0) / 100.0 << " LUFS (gain "
                      << std::round(report.gainDb * 100.0) / 100.0 << " dB)";
        std::cout << "\n";
    }
    return kExitOk;
}

}  // namespace

void addProcessCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<ProcessOptions>();
    CLI::App* command = app.add_subcommand(
        "process", "Master one file through a chain: latency-compensated, optionally "
                   "loudness-normalised, resampled and dithered");
    command->add_option("--chain", options->chainFile, "a JSON file {\"modules\": [...]} (default: empty chain)");
    command->add_option("--target-lufs", options->targetLufs,
                        "normalise the output's integrated loudness (gain in front of the last limiter)");
    command->add_option("--ceiling-dbtp", options->ceilingDbtp,
                        "true-peak ceiling: sets the last limiter's, or appends a limiter");
    command->add_option("--rate", options->rate, "output sample rate in Hz (default: the input's)");
    command->add_option("--bits", options->bits, "output word length: 16, 24 or 32f (default: the input's)");
    command->add_option("--dither", options->dither,
                        "none, tpdf or shaped (default: shaped to 16 bits, tpdf to 24, none for 32f)");
    command->add_option("--seed", options->seed, "seed of the dither noise (default 1)");
    command->add_flag("--json", options->json, "print a JSON report (schema 1) on stdout");
    command->add_flag("--quiet", options->quiet, "no progress bar, no summary");
    command->add_option("IN", options->input, "input audio file")->required();
    command->add_option("OUT", options->output, "output file (.wav, .flac, .aiff, .mp3)")->required();
    command->callback([&action, options] { action = [options] { return runProcess(*options); }; });
}

}  // namespace lathe::cli
