#pragma once

#include <cstddef>

namespace lathe {

// Makes allocation and locking on the audio thread visible (Ardour's DEBUG_RT_ALLOC, without a
// malloc trap inside the library). The callback opens a RtGuard::Scope; the program's
// one replacement of the global operator new (the CLI's, or the test executables'
// tests/support/AllocationCounter) calls noteAllocation(), which counts only while the
// calling thread is inside a scope. The engine library itself replaces nothing.
//
// Compiled in when LATHE_RT_GUARD is defined (lathe_engine's CMake sets it); without it
// the scope is empty and the counters stay zero. Locks are counted the same way: the
// test programs interpose pthread_mutex_lock and the rwlock calls
// (tests/support/LockCounter) and call noteLock().
class RtGuard {
public:
    class Scope {
    public:
        Scope() noexcept;
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        bool m_wasInside;
    };

    // True on a thread inside a Scope (the audio callback).
    static bool insideCallback() noexcept;

    // Called by operator new replacements: counts when insideCallback().
    static void noteAllocation() noexcept;

    // Allocations noted inside callbacks since the program started.
    static std::size_t allocationsInCallback() noexcept;

    // Called by lock-call interpositions: counts when insideCallback().
    static void noteLock() noexcept;
    // Locks taken inside callbacks since the program started.
    static std::size_t locksInCallback() noexcept;
    // Whether some interposition reports locks (see counting()).
    static void markCountingLocks() noexcept;
    static bool countingLocks() noexcept;

    // Whether some operator new replacement reports to the guard, so a reported zero
    // means "none happened" and not "nobody counted".
    static void markCounting() noexcept;
    static bool counting() noexcept;
};

}  // namespace lathe
