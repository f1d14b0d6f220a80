#include "dsp/SlidingMaximum.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <vector>

namespace lathe {
namespace {

TEST(SlidingMaximum, EqualsAScanOfTheWindow) {
    std::mt19937 random(5);
    std::uniform_real_distribution<float> level(0.0f, 1.0f);
    for (std::size_t size : {1u, 2u, 7u, 97u}) {
        SlidingMaximum maximum;
        maximum.resize(size);
        std::vector<float> pushed;
        for (int i = 0; i < 2000; ++i) {
            // Runs of rising, falling, equal and random values.
            const float value = i % 300 < 100 ? level(random) : i % 300 < 150 ? 0.5f : static_cast<float>(i % 37) / 37.0f;
            pushed.push_back(value);
            const std::size_t first = pushed.size() > size ? pushed.size() - size : 0;
            const float expected = *std::max_element(pushed.begin() + static_cast<std::ptrdiff_t>(first), pushed.end());
            ASSERT_EQ(maximum.push(value), expected) << "size " << size << " push " << i;
        }
    }
}

TEST(SlidingMaximum, ResetForgetsThePast) {
    SlidingMaximum maximum;
    maximum.resize(4);
    maximum.push(3.0f);
    maximum.reset();
    EXPECT_EQ(maximum.push(1.0f), 1.0f);
}

}  // namespace
}  // namespace lathe
