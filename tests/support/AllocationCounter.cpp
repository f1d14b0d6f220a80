#include "support/AllocationCounter.h"

#include "core/RtGuard.h"
#include "support/LockCounter.h"

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace lathe::test {

namespace {
std::atomic<bool> g_counting{false};
std::atomic<int> g_openScopes{0};
std::atomic<std::size_t> g_allocations{0};
std::atomic<std::size_t> g_startCount{0};

bool counting() noexcept {
    return g_counting.load(std::memory_order_relaxed)
        || g_openScopes.load(std::memory_order_relaxed) > 0;
}

// The engine's RtGuard counts allocations made inside audio callbacks (any thread);
// this replacement is what reports them to it.
const bool g_reportsToRtGuard = (lathe::RtGuard::markCounting(), true);
// Every program that counts allocations in the callback counts its locks too.
const bool g_reportsLocksToRtGuard = lathe::test::reportLocksToRtGuard();

void* allocate(std::size_t size, std::size_t alignment = 0) {
    lathe::RtGuard::noteAllocation();
    if (counting())
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    size = size == 0 ? 1 : size;
    void* memory = alignment > alignof(std::max_align_t)
                       ? std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment)
                       : std::malloc(size);
    if (!memory)
        throw std::bad_alloc();
    return memory;
}
}  // namespace

void AllocationCounter::start() noexcept {
    g_startCount.store(g_allocations.load());
    g_counting.store(true);
}

std::size_t AllocationCounter::stop() noexcept {
    g_counting.store(false);
    return g_allocations.load() - g_startCount.load();
}

AllocationCounter::AllocationCounter() noexcept : m_start(g_allocations.load()) { ++g_openScopes; }

AllocationCounter::~AllocationCounter() { --g_openScopes; }

std::size_t AllocationCounter::count() const noexcept { return g_allocations.load() - m_start; }

}  // namespace lathe::test

// The replaceable forms the others (nothrow) are built on in libstdc++, and the aligned
// ones, which libstdc++ does not route through operator new(size_t).
// This is the test program's only replacement of the global operator new/delete.
void* operator new(std::size_t size) { return lathe::test::allocate(size); }
void* operator new[](std::size_t size) { return lathe::test::allocate(size); }
void* operator new(std::size_t size, std::align_val_t alignment) {
    return lathe::test::allocate(size, static_cast<std::size_t>(alignment));
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
    return lathe::test::allocate(size, static_cast<std::size_t>(alignment));
}
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete(void* memory, std::align_val_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::align_val_t) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t, std::align_val_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t, std::align_val_t) noexcept { std::free(memory); }
