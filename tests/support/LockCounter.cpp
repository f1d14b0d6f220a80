// The test programs' interposition of the POSIX lock calls. The audio callback must
// never take a lock; RtGuard counts the ones taken inside its scope, as it counts
// allocations. Defined in the executable, these come before libc's (or a sanitizer's)
// in symbol lookup, so std::mutex, std::shared_mutex and any library's pthread locks
// reach them; each then calls the next definition, found once with dlsym(RTLD_NEXT).

#include "support/LockCounter.h"

#include "core/RtGuard.h"

#include <atomic>
#include <dlfcn.h>
#include <pthread.h>

namespace lathe::test {

bool reportLocksToRtGuard() noexcept {
    RtGuard::markCountingLocks();
    return true;
}

}  // namespace lathe::test

namespace {

// Resolved on first use without a function-local static: its guard must not itself
// reach a lock call on the way here.
template <typename Function>
Function nextDefinition(std::atomic<Function>& cache, const char* name) noexcept {
    Function function = cache.load(std::memory_order_acquire);
    if (!function) {
        function = reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
        cache.store(function, std::memory_order_release);
    }
    return function;
}

using MutexCall = int (*)(pthread_mutex_t*);
using RwlockCall = int (*)(pthread_rwlock_t*);
std::atomic<MutexCall> g_mutexLock{nullptr};
std::atomic<MutexCall> g_mutexTryLock{nullptr};
std::atomic<RwlockCall> g_readLock{nullptr};
std::atomic<RwlockCall> g_writeLock{nullptr};

}  // namespace

extern "C" {

int pthread_mutex_lock(pthread_mutex_t* mutex) {
    lathe::RtGuard::noteLock();
    return nextDefinition(g_mutexLock, "pthread_mutex_lock")(mutex);
}

int pthread_mutex_trylock(pthread_mutex_t* mutex) {
    lathe::RtGuard::noteLock();
    return nextDefinition(g_mutexTryLock, "pthread_mutex_trylock")(mutex);
}

int pthread_rwlock_rdlock(pthread_rwlock_t* lock) {
    lathe::RtGuard::noteLock();
    return nextDefinition(g_readLock, "pthread_rwlock_rdlock")(lock);
}

int pthread_rwlock_wrlock(pthread_rwlock_t* lock) {
    lathe::RtGuard::noteLock();
    return nextDefinition(g_writeLock, "pthread_rwlock_wrlock")(lock);
}

}  // extern "C"
