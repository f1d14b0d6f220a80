#include "demo/RoomReverb.h"

#include <gtest/gtest.h>

namespace lathe::demo {
namespace {

constexpr double kRate = 44100.0;

double energy(const float* samples, std::size_t from, std::size_t count) {
    double sum = 0.0;
    for (std::size_t n = from; n < from + count; ++n)
        sum += static_cast<double>(samples[n]) * samples[n];
    return sum;
}

class RoomReverbImpulse : public ::testing::Test {
protected:
    void SetUp() override {
        AudioBuffer send(2, static_cast<std::size_t>(3 * kRate));
        send.channel(0)[0] = 1.0f;
        send.channel(1)[0] = 1.0f;
        out.resize(2, send.frameCount());
        RoomReverb(0.82f, 0.35f, kRate).addReverberation(send, out, 1.0f);
    }
    AudioBuffer out;
    const std::size_t tenth = static_cast<std::size_t>(0.1 * kRate);
};

TEST_F(RoomReverbImpulse, IsSilentUntilTheShortestCombAndThenDecays) {
    // The shortest comb (1116) plus the allpass chain's zero-delay path: nothing before.
    EXPECT_EQ(energy(out.channel(0), 0, 1100), 0.0);
    const double early = energy(out.channel(0), tenth, tenth);
    const double late = energy(out.channel(0), 10 * tenth, tenth);
    const double later = energy(out.channel(0), 20 * tenth, tenth);
    EXPECT_GT(early, 0.0);
    EXPECT_LT(10.0 * std::log10(late / early), -15.0);
    EXPECT_LT(later, late);
}

TEST_F(RoomReverbImpulse, SidesAreDecorrelated) {
    double lr = 0.0, ll = 0.0, rr = 0.0;
    for (std::size_t n = 0; n < out.frameCount(); ++n) {
        lr += static_cast<double>(out.channel(0)[n]) * out.channel(1)[n];
        ll += static_cast<double>(out.channel(0)[n]) * out.channel(0)[n];
        rr += static_cast<double>(out.channel(1)[n]) * out.channel(1)[n];
    }
    EXPECT_LT(std::abs(lr / std::sqrt(ll * rr)), 0.5);
}

}  // namespace
}  // namespace lathe::demo
