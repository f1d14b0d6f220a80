#pragma once

namespace lathe::test {

// Links the test program's lock interposition (LockCounter.cpp) and tells RtGuard that
// locks are counted. AllocationCounter.cpp calls it, so every program that counts
// allocations in the callback counts locks too.
bool reportLocksToRtGuard() noexcept;

}  // namespace lathe::test
