// Publication of plans to the audio thread and their return for deletion elsewhere.

#include "graph/ParameterQueue.h"
#include "graph/PlanPublisher.h"

#include <gtest/gtest.h>

#include <memory>

namespace lathe {
namespace {

std::unique_ptr<CompiledPlan> emptyPlan() { return std::make_unique<CompiledPlan>(GraphDescription{}, 64); }

TEST(PlanPublisher, TheAudioSideTakesTheNewestPlanOnce) {
    PlanPublisher publisher;
    EXPECT_EQ(publisher.takePending(), nullptr);
    auto plan = emptyPlan();
    CompiledPlan* published = plan.get();
    publisher.publish(std::move(plan));
    CompiledPlan* taken = publisher.takePending();
    EXPECT_EQ(taken, published);
    EXPECT_EQ(publisher.takePending(), nullptr);
    ASSERT_TRUE(publisher.retire(taken));
    EXPECT_EQ(publisher.collectGarbage(), 1u);
    EXPECT_EQ(publisher.collectGarbage(), 0u);
}

TEST(PlanPublisher, APlanReplacedBeforeTheAudioSideTookItNeverReachesIt) {
    PlanPublisher publisher;
    publisher.publish(emptyPlan());
    auto newest = emptyPlan();
    CompiledPlan* expected = newest.get();
    publisher.publish(std::move(newest));
    CompiledPlan* taken = publisher.takePending();
    EXPECT_EQ(taken, expected);
    publisher.retire(taken);
}

TEST(PlanPublisher, RetiringNeverAllocatesUpToItsCapacity) {
    PlanPublisher publisher;
    std::vector<CompiledPlan*> plans;
    for (std::size_t i = 0; i < PlanPublisher::kRetireCapacity; ++i)
        plans.push_back(emptyPlan().release());
    for (CompiledPlan* plan : plans)
        EXPECT_TRUE(publisher.retire(plan));
    EXPECT_EQ(publisher.collectGarbage(), PlanPublisher::kRetireCapacity);
}

TEST(ParameterQueue, DeliversChangesInOrderAndRefusesWhenFull) {
    ParameterQueue queue;
    std::size_t pushed = 0;
    while (queue.push({ParameterChange::Target::TrackGainDb, static_cast<std::uint32_t>(pushed), -1.0 * pushed}))
        ++pushed;
    EXPECT_GE(pushed, ParameterQueue::kCapacity);
    ParameterChange change;
    for (std::size_t i = 0; i < pushed; ++i) {
        ASSERT_TRUE(queue.pop(change));
        EXPECT_EQ(change.index, i);
        EXPECT_EQ(change.value, -1.0 * i);
    }
    EXPECT_FALSE(queue.pop(change));
}

}  // namespace
}  // namespace lathe
