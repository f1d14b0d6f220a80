#pragma once

#include "core/AudioBuffer.h"

#include <cstddef>

namespace lathe {

// The life of every DSP module, the same on the live graph and in offline renders:
// prepare() off the audio thread (allocates everything), then process() blocks in
// place on the audio thread (never allocates, locks, logs or waits).
class Processor {
public:
    virtual ~Processor() = default;

    // Off the audio thread. Blocks passed to process() have at most maxBlockFrames
    // frames and exactly `channels` channels (1 or 2).
    virtual void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) = 0;

    // Audio thread, in place.
    virtual void process(const AudioView& audio) noexcept = 0;

    // Forget the signal history (a seek), keeping the settings.
    virtual void reset() noexcept = 0;

    // How many frames the output lags the input; renders and the monitor compensate.
    virtual std::size_t latencyFrames() const noexcept { return 0; }
};

}  // namespace lathe
