#pragma once

#include <cstddef>

namespace lathe::test {

// Counts calls of the global operator new (scalar and array, every thread) made
// while counting is on. The test executable replaces operator new once, here, so
// any test can check that a process() call never allocates:
//     AllocationCounter::start(); processor.process(view); EXPECT_EQ(AllocationCounter::stop(), 0u);
class AllocationCounter {
public:
    static void start() noexcept;
    // Stops counting and returns the allocations since start().
    static std::size_t stop() noexcept;
};

}  // namespace lathe::test
