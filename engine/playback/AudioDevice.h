#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace lathe {

// What a device calls once per buffer on its real-time thread: fill `channels` planar
// output channels of `frames` frames. Must not allocate, lock, log, do I/O or wait.
class AudioCallback {
public:
    virtual ~AudioCallback() = default;
    virtual void render(float* const* output, std::size_t channels, std::size_t frames) noexcept = 0;
};

struct AudioDeviceInfo {
    std::string name;
    std::string hostApi;
    int outputChannels = 0;
    double defaultSampleRate = 0.0;
    bool isDefault = false;
};

// An output device, opened at a sample rate and buffer size. start() begins calling the
// callback, stop() returns once it will not be called again.
class AudioDevice {
public:
    virtual ~AudioDevice() = default;

    virtual std::string name() const = 0;
    virtual double sampleRate() const noexcept = 0;
    virtual std::size_t bufferFrames() const noexcept = 0;
    virtual std::size_t channels() const noexcept = 0;

    virtual void start(AudioCallback& callback) = 0;
    virtual void stop() = 0;

    // Buffers the device reported late or lost (under- and overruns).
    virtual std::uint64_t xruns() const noexcept = 0;
    // True when the device stopped on its own (unplugged, server gone) while started.
    virtual bool failed() const noexcept { return false; }
    virtual std::string failure() const { return {}; }
};

}  // namespace lathe
