#pragma once

#include "core/Cancellation.h"
#include "io/AudioFileWriter.h"
#include "io/AudioSink.h"
#include "project/ModuleSettings.h"
#include "project/Project.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>

namespace lathe {

class AudioFileReader;
class RenderOutput;

// The offline driver behind `lathe-cli process`: streams a file through a chain block
// by block (memory stays fixed, whatever the file's length), compensates the chain's
// latency (the first latencyFrames() output frames are dropped and as many frames of
// silence are fed after the input, so the output has exactly the input's frames, time
// aligned), then resamples, reduces the word length and writes the file atomically:
// WAV, FLAC or AIFF (AudioFileWriter), or MP3 (Mp3Writer, from float, CBR 320 kbps).
//
// Loudness targeting runs the whole render again until the result is on target: the
// gain goes in a gain module in front of the chain's last limiter (at the end when it
// has none), each pass measures the output's integrated loudness (BS.1770, on exactly
// the samples that are written), and the next gain comes from the last two passes (a
// secant step; the first step assumes 1 LU per dB). The first pass only measures; the
// following ones also write, and the first within kLoudnessToleranceLu is kept.
class ChainRenderer {
public:
    static constexpr std::size_t kBlockFrames = 4096;
    static constexpr int kMaxLoudnessPasses = 7;  // one measurement + six refinements
    static constexpr double kTargetToleranceLu = 0.1;      // the contract: on target within this
    static constexpr double kLoudnessToleranceLu = 0.05;   // what the passes aim for, inside it
    static constexpr double kMaxLoudnessGainDb = 48.0;

    struct Options {
        Chain chain;
        std::optional<double> targetLufs;
        std::optional<double> ceilingDbtp;   // the last limiter's ceiling, or a new limiter
        std::optional<int> outputRate;       // nullopt: the input's
        SampleFormat sampleFormat = SampleFormat::Int24;
        DitherKind dither = DitherKind::Tpdf;
        std::uint64_t seed = 1;
        const CancelFlag* cancel = nullptr;  // checked every block: throws RenderCancelled
    };

    struct Report {
        double gainDb = 0.0;                      // loudness gain in front of the last limiter
        bool hasLimiter = false;                  // the chain that ran ends in a limiter
        double limiterMaxReductionDb = 0.0;       // the last limiter's largest, 0 without one
        std::optional<double> measuredLufs;       // of the output, when targeting
        bool targetReached = false;
        int passes = 0;
        int outputRate = 0;
        std::int64_t outputFrames = 0;
    };

    // pass counts from 1; fraction of that pass in [0, 1].
    using ProgressCallback = std::function<void(int pass, double fraction)>;

    explicit ChainRenderer(Options options);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    // Throws a BadInput Error for an unreadable input, a WriteFailed Error when the output
    // cannot be written; the output then does not appear.
    Report render(const std::filesystem::path& input, const std::filesystem::path& output);

    // The chain that runs: `ceilingDbtp` set on the last enabled limiter (or a limiter
    // appended), and with `loudnessGainDb` a gain module in front of that limiter (or at
    // the end when there is none).
    // True for a target that is encoded as MP3 (by its extension).
    static bool isMp3(const std::filesystem::path& output);

    static Chain effectiveChain(const Chain& chain, std::optional<double> ceilingDbtp,
                                std::optional<double> loudnessGainDb);

private:
    struct PassResult {
        std::optional<double> lufs;
        bool hasLimiter = false;
        double limiterMaxReductionDb = 0.0;
        std::int64_t outputFrames = 0;
    };

    PassResult runPass(AudioFileReader& reader, int pass, std::optional<double> gainDb,
                       AudioSink* writer, bool measure);
    Report renderToTarget(AudioFileReader& reader, const std::filesystem::path& output);
    // The report takes what the pass that is kept measured.
    static void adopt(Report& report, const PassResult& pass);
    std::unique_ptr<AudioSink> openWriter(const std::filesystem::path& output,
                                          const AudioFileReader& reader) const;
    int outputRateFor(const AudioFileReader& reader) const;

    Options m_options;
    ProgressCallback m_progress;
};

}  // namespace lathe
