#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace lathe {

// A bounded FIFO between two worker threads that sleeps instead of spinning when it
// must wait. For hand-offs of large blocks (milliseconds of work each), where a
// mutex costs nothing; real-time code uses lock-free queues instead.
template <typename T>
class BlockingQueue {
public:
    explicit BlockingQueue(std::size_t capacity) : m_capacity(capacity) {}

    // Waits while the queue is full.
    void push(T value) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_items.size() < m_capacity; });
        m_items.push_back(std::move(value));
        lock.unlock();
        m_notEmpty.notify_one();
    }

    // Waits while the queue is empty.
    T pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty(); });
        T value = std::move(m_items.front());
        m_items.pop_front();
        lock.unlock();
        m_notFull.notify_one();
        return value;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<T> m_items;
    std::size_t m_capacity;
};

}  // namespace lathe
