#pragma once

#include "graph/CompiledPlan.h"

#include <readerwriterqueue/readerwriterqueue.h>

#include <atomic>
#include <cstddef>
#include <memory>

namespace lathe {

// Hands compiled plans to the audio thread and takes retired ones back (architecture.md,
// step 3). publish() stores the plan with one atomic pointer exchange; the audio thread
// takes it at its next block boundary with takePending(), and when it no longer runs a
// plan it passes it to retire(), an SPSC queue back to the non-real-time side, where
// collectGarbage() (called by publish() too) deletes it. No plan is ever deleted on the
// audio thread.
class PlanPublisher {
public:
    static constexpr std::size_t kRetireCapacity = 32;

    PlanPublisher();
    ~PlanPublisher();
    PlanPublisher(const PlanPublisher&) = delete;
    PlanPublisher& operator=(const PlanPublisher&) = delete;

    // Non-real-time side (one thread). A plan published before the audio thread took
    // the previous one replaces it; the replaced one is deleted here.
    void publish(std::unique_ptr<CompiledPlan> plan);
    // Deletes the plans the audio thread retired; returns how many.
    std::size_t collectGarbage();

    // Audio thread: the newest published plan (ownership passes to the caller), or null.
    CompiledPlan* takePending() noexcept;
    // Audio thread: gives a plan back; false when the queue is full (try again later).
    bool retire(CompiledPlan* plan) noexcept;

private:
    std::atomic<CompiledPlan*> m_pending{nullptr};
    moodycamel::ReaderWriterQueue<CompiledPlan*> m_retired{kRetireCapacity};
};

}  // namespace lathe
