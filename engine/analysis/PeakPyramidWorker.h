#pragma once

#include "analysis/PeakCache.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace lathe {

// Computes (or loads from the cache) peak pyramids on its own thread, one source at a
// time in request order, and hands each result to `done` on that thread. Destroying
// the worker cancels the source in progress and drops the queue.
class PeakPyramidWorker {
public:
    struct Outcome {
        std::filesystem::path source;
        std::shared_ptr<const PeakPyramid> pyramid;  // null when the source is unreadable
        bool fromCache = false;
        std::string error;
    };
    using Done = std::function<void(Outcome)>;

    PeakPyramidWorker(PeakCache cache, Done done);
    ~PeakPyramidWorker();
    PeakPyramidWorker(const PeakPyramidWorker&) = delete;
    PeakPyramidWorker& operator=(const PeakPyramidWorker&) = delete;

    void request(const std::filesystem::path& source);

private:
    void run(std::stop_token stop);
    Outcome summarise(const std::filesystem::path& source, std::stop_token stop) const;

    PeakCache m_cache;
    Done m_done;
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<std::filesystem::path> m_pending;
    std::jthread m_thread;  // last: starts after everything it uses exists
};

}  // namespace lathe
