#pragma once

#include "core/AudioBuffer.h"

#include <cstddef>

struct soxr;

namespace lathe {

// Sample-rate conversion with libsoxr at its very-high quality (SOXR_VHQ: 28-bit
// precision, linear phase, flat to 0.913 of the lower Nyquist, alias/image rejection
// around 170 dB), for any pair of rates.
//
// Streaming: feed input with process() as it arrives, call flush() once after the
// last input until it returns 0. soxr already removes its filter delay, so the first
// output frame is time-aligned with the first input frame; output frames come out in
// bursts (soxr works on internal blocks), and delayFrames() says how many are still
// held inside.
//
// Not real-time safe: soxr allocates while it fills its internal FIFOs and buffers
// whole filter blocks, so use it off the audio thread (the disk streamer resamples
// sources ahead of the play head into rings; the offline renderer calls resample()).
class Resampler {
public:
    enum class Layout { Planar, Interleaved };

    struct Progress {
        std::size_t consumed = 0;  // input frames taken
        std::size_t produced = 0;  // output frames written
    };

    // Throws a BadInput Error for a rate outside (0, kMaxRate] or no channels.
    Resampler(double inputRate, double outputRate, std::size_t channels,
              Layout layout = Layout::Planar);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;

    static constexpr double kMaxRate = 768000.0;

    double inputRate() const noexcept { return m_inputRate; }
    double outputRate() const noexcept { return m_outputRate; }
    std::size_t channels() const noexcept { return m_channels; }

    // Planar layout: `input` and `output` hold one pointer per channel.
    Progress process(const float* const* input, std::size_t inputFrames, float* const* output,
                     std::size_t outputCapacity);
    std::size_t flush(float* const* output, std::size_t outputCapacity);

    // Interleaved layout: frames of `channels()` samples.
    Progress processInterleaved(const float* input, std::size_t inputFrames, float* output,
                                std::size_t outputCapacity);
    std::size_t flushInterleaved(float* output, std::size_t outputCapacity);

    // Output frames buffered inside soxr (what flush() still has to give).
    double delayFrames() const;

    // Forget the stream (a seek), keeping the configuration.
    void reset();

    // The length a whole signal of `inputFrames` has at the new rate:
    // round(inputFrames * outputRate / inputRate).
    static std::size_t outputFramesFor(std::size_t inputFrames, double inputRate, double outputRate);

    // Converts a whole signal; the result has exactly outputFramesFor() frames and is
    // time-aligned with the input (frame 0 of both is the same instant).
    static AudioBuffer resample(const AudioBuffer& input, double inputRate, double outputRate);

private:
    Progress run(const void* input, std::size_t inputFrames, void* output, std::size_t outputCapacity);

    soxr* m_soxr = nullptr;
    double m_inputRate;
    double m_outputRate;
    std::size_t m_channels;
    Layout m_layout;
};

}  // namespace lathe
