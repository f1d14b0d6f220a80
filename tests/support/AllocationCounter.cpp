#include "support/AllocationCounter.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<std::size_t> g_allocations{0};
std::atomic<int> g_openScopes{0};

void* allocate(std::size_t size) {
    if (g_openScopes.load(std::memory_order_relaxed) > 0)
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace lathe::test {

AllocationCounter::AllocationCounter() noexcept : m_start(g_allocations.load()) { ++g_openScopes; }

AllocationCounter::~AllocationCounter() { --g_openScopes; }

std::size_t AllocationCounter::count() const noexcept { return g_allocations.load() - m_start; }

}  // namespace lathe::test
