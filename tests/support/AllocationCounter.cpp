#include "support/AllocationCounter.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<std::size_t> g_allocations{0};
std::atomic<int> g_openScopes{0};
std::size_t g_startedAt = 0;

void* allocate(std::size_t size) {
    if (g_openScopes.load(std::memory_order_relaxed) > 0)
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* memory = std::malloc(size == 0 ? 1 : size))
        return memory;
    throw std::bad_alloc();
}

}  // namespace

// The replaceable forms the others (nothrow) are built on in libstdc++.
void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t) noexcept { std::free(memory); }

namespace lathe::test {

AllocationCounter::AllocationCounter() noexcept : m_start(g_allocations.load()) { ++g_openScopes; }

AllocationCounter::~AllocationCounter() { --g_openScopes; }

std::size_t AllocationCounter::count() const noexcept { return g_allocations.load() - m_start; }

void AllocationCounter::start() noexcept {
    g_startedAt = g_allocations.load();
    ++g_openScopes;
}

std::size_t AllocationCounter::stop() noexcept {
    --g_openScopes;
    return g_allocations.load() - g_startedAt;
}

}  // namespace lathe::test
