// lathe-cli's one replacement of the global operator new: it reports every allocation
// to the engine's RtGuard, which counts those made inside an audio callback, so
// `lathe-cli play --json` can state allocations_in_callback truthfully. Outside a
// callback it only costs a thread-local read.

#include "core/RtGuard.h"

#include <cstddef>
#include <cstdlib>
#include <new>

namespace {

const bool g_reportsToRtGuard = (lathe::RtGuard::markCounting(), true);

void* allocate(std::size_t size, std::size_t alignment = 0) {
    lathe::RtGuard::noteAllocation();
    size = size == 0 ? 1 : size;
    void* memory = alignment > alignof(std::max_align_t)
                       ? std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment)
                       : std::malloc(size);
    if (!memory)
        throw std::bad_alloc();
    return memory;
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t alignment) {
    return allocate(size, static_cast<std::size_t>(alignment));
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
    return allocate(size, static_cast<std::size_t>(alignment));
}
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete(void* memory, std::align_val_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::align_val_t) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t, std::align_val_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t, std::align_val_t) noexcept { std::free(memory); }
