#include "demo/PingPongDelay.h"

#include <gtest/gtest.h>

namespace lathe::demo {
namespace {

constexpr std::size_t kDelay = 1000;

double energy(const float* samples, std::size_t from, std::size_t count) {
    double sum = 0.0;
    for (std::size_t n = from; n < from + count; ++n)
        sum += static_cast<double>(samples[n]) * samples[n];
    return sum;
}

TEST(PingPongDelay, EchoesAlternateLeftRightAndFadeAway) {
    AudioBuffer send(2, 6000);
    send.channel(0)[0] = 1.0f;
    send.channel(1)[0] = 1.0f;
    AudioBuffer out(2, 6000);
    PingPongDelay(kDelay, 0.4f, 5000.0, 44100.0).addEchoes(send, out, 0.5f);
    const float* left = out.channel(0);
    const float* right = out.channel(1);
    EXPECT_EQ(energy(left, 0, kDelay), 0.0);
    EXPECT_EQ(energy(right, 0, 2 * kDelay), 0.0);
    const double firstLeft = energy(left, kDelay, kDelay);
    EXPECT_GT(firstLeft, 0.0);
    EXPECT_DOUBLE_EQ(energy(right, 2 * kDelay, kDelay), firstLeft);  // the same echo, passed across
    const double secondLeft = energy(left, 3 * kDelay, kDelay);
    EXPECT_GT(secondLeft, 0.0);
    EXPECT_LT(secondLeft, 0.4 * 0.4 * firstLeft);  // feedback, and darker each time
}

}  // namespace
}  // namespace lathe::demo
