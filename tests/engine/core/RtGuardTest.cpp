// The guard itself: what happens on a thread inside a callback scope is counted, what
// happens outside is not — so a zero in the playback tests means "none", not "unseen".

#include "core/RtGuard.h"

#include <gtest/gtest.h>

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <thread>

namespace lathe {
namespace {

TEST(RtGuard, CountsAllocationsOnlyInsideACallbackScope) {
    ASSERT_TRUE(RtGuard::counting());
    const std::size_t before = RtGuard::allocationsInCallback();
    auto outside = std::make_unique<int>(1);
    EXPECT_EQ(RtGuard::allocationsInCallback(), before);
    {
        const RtGuard::Scope callback;
        auto inside = std::make_unique<int>(2);
        EXPECT_EQ(RtGuard::allocationsInCallback(), before + 1);
    }
    auto after = std::make_unique<int>(3);
    EXPECT_EQ(RtGuard::allocationsInCallback(), before + 1);
}

TEST(RtGuard, CountsMutexAndReadWriteLocksOnlyInsideACallbackScope) {
    ASSERT_TRUE(RtGuard::countingLocks());
    std::mutex mutex;
    std::shared_mutex shared;
    const std::size_t before = RtGuard::locksInCallback();
    { const std::lock_guard lock(mutex); }
    EXPECT_EQ(RtGuard::locksInCallback(), before);
    {
        const RtGuard::Scope callback;
        { const std::lock_guard lock(mutex); }
        EXPECT_EQ(RtGuard::locksInCallback(), before + 1);
        EXPECT_TRUE(mutex.try_lock());
        mutex.unlock();
        { const std::shared_lock reading(shared); }
        { const std::unique_lock writing(shared); }
        EXPECT_EQ(RtGuard::locksInCallback(), before + 4);
    }
    { const std::lock_guard lock(mutex); }
    EXPECT_EQ(RtGuard::locksInCallback(), before + 4);
}

TEST(RtGuard, AScopeOnOneThreadDoesNotCountAnother) {
    const std::size_t before = RtGuard::locksInCallback();
    const RtGuard::Scope callback;
    std::mutex mutex;
    std::thread other([&] { const std::lock_guard lock(mutex); });
    other.join();
    EXPECT_EQ(RtGuard::locksInCallback(), before);
}

}  // namespace
}  // namespace lathe
