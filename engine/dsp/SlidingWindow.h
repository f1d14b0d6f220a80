#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace lathe {

// The last `size` values pushed, readable as one contiguous array, oldest first: every
// value is stored twice (a "doubled" ring), so windowed min/max/dot loops need no wrap
// handling and vectorise. Allocates only in resize().
template <typename T>
class SlidingWindow {
public:
    void resize(std::size_t size) {
        m_size = std::max<std::size_t>(size, 1);
        m_values.assign(2 * m_size, T{});
        m_position = 0;
    }

    void fill(T value) noexcept {
        std::fill(m_values.begin(), m_values.end(), value);
        m_position = 0;
    }

    void push(T value) noexcept {
        m_values[m_position] = value;
        m_values[m_position + m_size] = value;
        if (++m_position == m_size)
            m_position = 0;
    }

    // window()[0] is the oldest value, window()[size() - 1] the newest.
    const T* window() const noexcept { return m_values.data() + m_position; }
    T oldest() const noexcept { return m_values[m_position]; }
    std::size_t size() const noexcept { return m_size; }

private:
    std::vector<T> m_values;
    std::size_t m_size = 1;
    std::size_t m_position = 0;
};

}  // namespace lathe
