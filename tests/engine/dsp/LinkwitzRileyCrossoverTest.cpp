#include "dsp/LinkwitzRileyCrossover.h"

#include "DynamicsTestSupport.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

using test::kRate;
constexpr std::size_t kImpulseFrames = 1 << 16;
constexpr std::size_t kBlock = 512;

// Impulse responses of every band of a crossover with `corners`.
std::vector<std::vector<float>> bandImpulseResponses(const std::vector<double>& corners) {
    LinkwitzRileyCrossover crossover;
    crossover.prepare(kRate);
    crossover.setCrossovers(corners.data(), corners.size());
    const std::size_t bandCount = corners.size() + 1;
    std::vector<std::vector<float>> responses(bandCount, std::vector<float>(kImpulseFrames, 0.0f));
    std::vector<float> input(kImpulseFrames, 0.0f);
    input[0] = 1.0f;
    for (std::size_t start = 0; start < kImpulseFrames; start += kBlock) {
        float* in[] = {input.data() + start};
        std::vector<AudioView> bands;
        std::vector<float*> pointers(bandCount);
        for (std::size_t b = 0; b < bandCount; ++b)
            pointers[b] = responses[b].data() + start;
        for (std::size_t b = 0; b < bandCount; ++b)
            bands.emplace_back(&pointers[b], 1, kBlock);
        crossover.split(AudioView(in, 1, kBlock), bands.data());
    }
    return responses;
}

std::vector<float> sum(const std::vector<std::vector<float>>& bands) {
    std::vector<float> total(kImpulseFrames, 0.0f);
    for (const auto& band : bands)
        for (std::size_t i = 0; i < kImpulseFrames; ++i)
            total[i] += band[i];
    return total;
}

TEST(LinkwitzRileyCrossover, BandsSumFlatForTwoToFiveBands) {
    const std::vector<std::vector<double>> layouts = {
        {1000.0}, {120.0, 2000.0}, {120.0, 1000.0, 6000.0}, {80.0, 300.0, 1500.0, 8000.0}};
    for (const auto& corners : layouts) {
        const test::Response response(sum(bandImpulseResponses(corners)));
        EXPECT_LT(response.maxDeviationDb(20.0, 20000.0), 0.05) << corners.size() + 1 << " bands";
    }
}

TEST(LinkwitzRileyCrossover, EachCornerIsMinusSixDbInBothBands) {
    const auto bands = bandImpulseResponses({250.0, 4000.0});
    const test::Response low(bands[0]), mid(bands[1]), high(bands[2]);
    EXPECT_NEAR(low.magnitudeDb(250.0), -6.02, 0.1);
    EXPECT_NEAR(mid.magnitudeDb(250.0), -6.02, 0.1);
    EXPECT_NEAR(mid.magnitudeDb(4000.0), -6.02, 0.1);
    EXPECT_NEAR(high.magnitudeDb(4000.0), -6.02, 0.1);
    // 24 dB/octave: two octaves away a band is ~48 dB down.
    EXPECT_LT(low.magnitudeDb(1000.0), -45.0);
    EXPECT_LT(high.magnitudeDb(1000.0), -45.0);
}

}  // namespace
}  // namespace lathe
