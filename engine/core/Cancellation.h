#pragma once

#include <atomic>
#include <stdexcept>

namespace lathe {

// Long offline work (a render) can be stopped from another thread: the owner sets a
// CancelFlag, the work checks it between blocks and unwinds with RenderCancelled. The
// outputs are atomic (AtomicFile, AtomicDirectory), so unwinding leaves nothing
// half-written behind.
using CancelFlag = std::atomic<bool>;

// Not an Error: nothing went wrong, a person asked to stop.
class RenderCancelled : public std::runtime_error {
public:
    RenderCancelled() : std::runtime_error("the render was cancelled") {}
};

// `flag` may be null (work that cannot be cancelled).
inline void throwIfCancelled(const CancelFlag* flag) {
    if (flag != nullptr && flag->load(std::memory_order_relaxed))
        throw RenderCancelled();
}

}  // namespace lathe
