#pragma once

#include <cstddef>

namespace lathe::test {

// Counts global operator new calls while a scope is open, to prove that real-time code
// never allocates. Linking this file replaces the global operator new/delete of the
// test program; counting is off outside a scope, so the rest of the program is unaffected.
class AllocationCounter {
public:
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
