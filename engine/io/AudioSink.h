#pragma once

#include <cstddef>

namespace lathe {

// Where rendered audio goes: a file writer of some format. Interleaved float frames in,
// in order; finish() makes the file appear complete (or throws), and a sink destroyed
// without finish() leaves nothing behind.
class AudioSink {
public:
    virtual ~AudioSink() = default;
    virtual void writeInterleaved(const float* samples, std::size_t frames) = 0;
    virtual void finish() = 0;
};

}  // namespace lathe
