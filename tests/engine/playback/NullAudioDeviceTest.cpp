// The null device keeps real time: its callback count follows the clock.

#include "playback/NullAudioDevice.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace lathe {
namespace {

class CountingCallback final : public AudioCallback {
public:
    void render(float* const* output, std::size_t channels, std::size_t frames) noexcept override {
        for (std::size_t c = 0; c < channels; ++c)
            std::fill_n(output[c], frames, 0.0f);
        frameCount.fetch_add(frames);
    }
    std::atomic<std::uint64_t> frameCount{0};
};

TEST(NullAudioDevice, CallsBackOncePerBufferPeriodOfElapsedTime) {
    constexpr double rate = 48000.0;
    constexpr std::size_t buffer = 64;
    NullAudioDevice device(rate, buffer);
    CountingCallback callback;
    const auto begin = std::chrono::steady_clock::now();
    device.start(callback);
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    device.stop();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - begin;
    const double expected = elapsed.count() * rate / buffer;
    EXPECT_NEAR(static_cast<double>(device.callbacks()), expected, 0.03 * expected);
    EXPECT_EQ(callback.frameCount.load(), device.callbacks() * buffer);
    EXPECT_EQ(device.sampleRate(), rate);
    EXPECT_EQ(device.bufferFrames(), buffer);
}

TEST(NullAudioDevice, StopsPromptlyAndCanStartAgain) {
    NullAudioDevice device(44100.0, 512);
    CountingCallback callback;
    device.start(callback);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    device.stop();
    const std::uint64_t afterStop = callback.frameCount.load();
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    EXPECT_EQ(callback.frameCount.load(), afterStop);
    device.start(callback);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    device.stop();
    EXPECT_GT(callback.frameCount.load(), afterStop);
}

}  // namespace
}  // namespace lathe
