#include "analysis/PeakPyramidWorker.h"

#include "core/Error.h"

namespace lathe {

PeakPyramidWorker::PeakPyramidWorker(PeakCache cache, Done done)
    : m_cache(std::move(cache)), m_done(std::move(done)),
      m_thread([this](std::stop_token stop) { run(stop); }) {}

PeakPyramidWorker::~PeakPyramidWorker() {
    m_thread.request_stop();
    m_wake.notify_all();
}

void PeakPyramidWorker::request(const std::filesystem::path& source) {
    {
        std::lock_guard lock(m_mutex);
        m_pending.push_back(source);
    }
    m_wake.notify_one();
}

void PeakPyramidWorker::run(std::stop_token stop) {
    while (true) {
        std::filesystem::path source;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return !m_pending.empty(); }))
                return;
            source = std::move(m_pending.front());
            m_pending.pop_front();
        }
        Outcome outcome = summarise(source, stop);
        if (stop.stop_requested())
            return;
        m_done(std::move(outcome));
    }
}

PeakPyramidWorker::Outcome PeakPyramidWorker::summarise(const std::filesystem::path& source,
                                                         std::stop_token stop) const {
    Outcome outcome;
    outcome.source = source;
    try {
        if (auto result = m_cache.obtain(source, stop)) {
            outcome.pyramid = std::make_shared<const PeakPyramid>(std::move(result->pyramid));
            outcome.fromCache = result->fromCache;
        }
    } catch (const Error& error) {
        outcome.error = error.what();
    }
    return outcome;
}

}  // namespace lathe
