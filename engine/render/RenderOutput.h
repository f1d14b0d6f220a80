#pragma once

#include "core/AudioBuffer.h"
#include "dsp/WordLengthReducer.h"
#include "io/AudioFileWriter.h"
#include "io/AudioSink.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace lathe {

class LoudnessMeter;
class Resampler;

// The export stage of one render pass, after the chain: resampling to the output rate
// (libsoxr VHQ, streamed), word-length reduction (dither) for integer formats, then the
// samples go to a loudness meter and a file writer (an AudioSink), either of which may be absent (a
// pass that only measures has no writer).
//
// Word-length reduction leaves a block alone when every sample of it already lies on
// the output grid: nothing needs rounding there, so dither would only add noise. That
// keeps an unprocessed 24-bit input bit-identical in a 24-bit output.
class RenderOutput {
public:
    struct Format {
        int inputRate = 44100;
        int outputRate = 44100;
        std::size_t channels = 2;
        SampleFormat sampleFormat = SampleFormat::Int24;
        DitherKind dither = DitherKind::Tpdf;
        std::uint64_t seed = 1;
    };

    // `maxBlockFrames`: the most frames one push() receives.
    RenderOutput(const Format& format, std::size_t maxBlockFrames, AudioSink* writer,
                 LoudnessMeter* meter);
    ~RenderOutput();
    RenderOutput(const RenderOutput&) = delete;
    RenderOutput& operator=(const RenderOutput&) = delete;

    // Chain output at the input rate, in order. `audio` may be changed.
    void push(const AudioView& audio);

    // After the last push(): drains the resampler and makes the output exactly
    // Resampler::outputFramesFor(inputFrames) long (soxr's rounding is padded with
    // silence or trimmed). Returns the output frames.
    std::int64_t finish(std::int64_t inputFrames);

private:
    void emit(const AudioView& audio);
    void reduce(const AudioView& audio) noexcept;
    bool onOutputGrid(const AudioView& audio) const noexcept;
    void emitSilence(std::int64_t frames);

    Format m_format;
    AudioSink* m_writer;
    LoudnessMeter* m_meter;
    std::unique_ptr<Resampler> m_resampler;
    std::optional<WordLengthReducer> m_reducer;
    double m_gridScale = 0.0;  // 2^(bits-1) for integer output
    AudioBuffer m_resampled;
    std::vector<const float*> m_inputPointers;
    std::vector<float*> m_outputPointers;
    std::vector<float> m_interleaved;
    std::int64_t m_emitted = 0;
    std::int64_t m_wanted = -1;  // output frames; known at finish()
};

}  // namespace lathe
