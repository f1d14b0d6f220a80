#pragma once

#include <cstddef>

namespace lathe::test {

// Counts global operator new calls (scalar and array, every thread) while counting is
// on, to prove that real-time code never allocates. Linking AllocationCounter.cpp
// replaces the test program's global operator new/delete once, for every test:
//     { AllocationCounter scope; processor.process(view); EXPECT_EQ(scope.count(), 0u); }
// or  AllocationCounter::start(); processor.process(view); EXPECT_EQ(AllocationCounter::stop(), 0u);
class AllocationCounter {
public:
    AllocationCounter() noexcept;
    ~AllocationCounter();
    AllocationCounter(const AllocationCounter&) = delete;
    AllocationCounter& operator=(const AllocationCounter&) = delete;

    // Allocations since this scope opened.
    std::size_t count() const noexcept;

    static void start() noexcept;
    // Stops what start() began and returns the allocations since.
    static std::size_t stop() noexcept;

private:
    std::size_t m_start;
};

}  // namespace lathe::test
