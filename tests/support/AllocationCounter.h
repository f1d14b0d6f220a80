#pragma once

#include <cstddef>

namespace lathe::test {

// Counts calls of the global operator new (scalar and array, every thread) made while
// counting is on. The test executable replaces operator new once, here, so any test can
// check that a process() call never allocates, either with the static pair
//     AllocationCounter::start(); processor.process(view); EXPECT_EQ(AllocationCounter::stop(), 0u);
// or with a scope
//     AllocationCounter counter; processor.process(view); EXPECT_EQ(counter.count(), 0u);
// Counting is off outside both, so the rest of the program is unaffected.
class AllocationCounter {
public:
    static void start() noexcept;
    // Stops counting and returns the allocations since start().
    static std::size_t stop() noexcept;

    AllocationCounter() noexcept;
    ~AllocationCounter();
    AllocationCounter(const AllocationCounter&) = delete;
    AllocationCounter& operator=(const AllocationCounter&) = delete;

    // Allocations since this scope opened.
    std::size_t count() const noexcept;

private:
    std::size_t m_start;
};

}  // namespace lathe::test
