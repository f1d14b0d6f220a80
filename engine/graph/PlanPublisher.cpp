#include "graph/PlanPublisher.h"

namespace lathe {

PlanPublisher::PlanPublisher() = default;

PlanPublisher::~PlanPublisher() {
    delete m_pending.exchange(nullptr);
    collectGarbage();
}

void PlanPublisher::publish(std::unique_ptr<CompiledPlan> plan) {
    collectGarbage();
    delete m_pending.exchange(plan.release(), std::memory_order_acq_rel);
}

std::size_t PlanPublisher::collectGarbage() {
    std::size_t deleted = 0;
    CompiledPlan* plan = nullptr;
    while (m_retired.try_dequeue(plan)) {
        delete plan;
        ++deleted;
    }
    return deleted;
}

CompiledPlan* PlanPublisher::takePending() noexcept {
    if (m_pending.load(std::memory_order_relaxed) == nullptr)
        return nullptr;
    return m_pending.exchange(nullptr, std::memory_order_acq_rel);
}

bool PlanPublisher::retire(CompiledPlan* plan) noexcept { return m_retired.try_enqueue(plan); }

}  // namespace lathe
