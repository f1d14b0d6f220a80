#include "support/AllocationCounter.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace lathe::test {

namespace {
std::atomic<bool> g_counting{false};
std::atomic<std::size_t> g_allocations{0};

void* allocate(std::size_t size) {
    if (g_counting.load(std::memory_order_relaxed))
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* memory = std::malloc(size == 0 ? 1 : size))
        return memory;
    throw std::bad_alloc();
}
}  // namespace

void AllocationCounter::start() noexcept {
    g_allocations.store(0);
    g_counting.store(true);
}

std::size_t AllocationCounter::stop() noexcept {
    g_counting.store(false);
    return g_allocations.load();
}

}  // namespace lathe::test

// The replaceable forms the others (nothrow, aligned) are built on in libstdc++.
void* operator new(std::size_t size) { return lathe::test::allocate(size); }
void* operator new[](std::size_t size) { return lathe::test::allocate(size); }
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t) noexcept { std::free(memory); }
