#include "core/RtGuard.h"

#include <atomic>

namespace lathe {

namespace {
#ifdef LATHE_RT_GUARD
// constinit: a trivially initialised thread_local is read without a TLS init call, so
// operator new may consult it before anything else runs.
constinit thread_local bool t_insideCallback = false;
#endif
std::atomic<std::size_t> g_allocationsInCallback{0};
std::atomic<std::size_t> g_locksInCallback{0};
std::atomic<bool> g_counting{false};
std::atomic<bool> g_countingLocks{false};
}  // namespace

#ifdef LATHE_RT_GUARD
RtGuard::Scope::Scope() noexcept : m_wasInside(t_insideCallback) { t_insideCallback = true; }
RtGuard::Scope::~Scope() { t_insideCallback = m_wasInside; }
bool RtGuard::insideCallback() noexcept { return t_insideCallback; }
#else
RtGuard::Scope::Scope() noexcept : m_wasInside(false) {}
RtGuard::Scope::~Scope() = default;
bool RtGuard::insideCallback() noexcept { return false; }
#endif

void RtGuard::noteAllocation() noexcept {
    if (insideCallback())
        g_allocationsInCallback.fetch_add(1, std::memory_order_relaxed);
}

std::size_t RtGuard::allocationsInCallback() noexcept {
    return g_allocationsInCallback.load(std::memory_order_relaxed);
}

void RtGuard::noteLock() noexcept {
    if (insideCallback())
        g_locksInCallback.fetch_add(1, std::memory_order_relaxed);
}

std::size_t RtGuard::locksInCallback() noexcept { return g_locksInCallback.load(std::memory_order_relaxed); }

void RtGuard::markCountingLocks() noexcept { g_countingLocks.store(true, std::memory_order_relaxed); }
bool RtGuard::countingLocks() noexcept { return g_countingLocks.load(std::memory_order_relaxed); }

void RtGuard::markCounting() noexcept { g_counting.store(true, std::memory_order_relaxed); }
bool RtGuard::counting() noexcept { return g_counting.load(std::memory_order_relaxed); }

}  // namespace lathe
