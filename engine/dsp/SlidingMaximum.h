#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lathe {

// The maximum of the last `size` values pushed (values before the first push count as
// 0, so it is meant for values >= 0: levels, gain reductions), in O(1) amortised per
// push: a monotonic queue keeps only the values that can still become the maximum.
// Exactly the maximum a scan of the window would find. Allocates only in resize().
class SlidingMaximum {
public:
    void resize(std::size_t size) {
        m_size = size == 0 ? 1 : size;
        m_entries.assign(m_size + 1, Entry{});
        reset();
    }

    void reset() noexcept {
        m_head = 0;
        m_count = 0;
        m_time = 0;
    }

    // Pushes `value` and returns the maximum of the window that ends with it.
    float push(float value) noexcept {
        const std::size_t capacity = m_entries.size();
        while (m_count > 0 && m_entries[index(m_count - 1)].value <= value)
            --m_count;
        m_entries[index(m_count)] = Entry{value, m_time};
        ++m_count;
        if (m_time - m_entries[m_head].time >= m_size) {
            m_head = m_head + 1 == capacity ? 0 : m_head + 1;
            --m_count;
        }
        ++m_time;
        return m_entries[m_head].value;
    }

    std::size_t size() const noexcept { return m_size; }

private:
    struct Entry {
        float value = 0.0f;
        std::uint64_t time = 0;
    };

    std::size_t index(std::size_t offset) const noexcept {
        const std::size_t i = m_head + offset;
        return i >= m_entries.size() ? i - m_entries.size() : i;
    }

    std::vector<Entry> m_entries;  // a ring of m_size + 1, oldest (the maximum) at m_head
    std::size_t m_size = 1;
    std::size_t m_head = 0;
    std::size_t m_count = 0;
    std::uint64_t m_time = 0;
};

}  // namespace lathe
