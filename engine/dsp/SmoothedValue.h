#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace lathe {

// A parameter that glides linearly to a new target over a fixed time, so a knob drag
// never zips. setTarget() may be called on the audio thread; nothing allocates.
class SmoothedValue {
public:
    void prepare(double sampleRate, double rampSeconds) noexcept {
        m_rampFrames = static_cast<int>(std::max(1.0, std::round(sampleRate * rampSeconds)));
        m_remaining = 0;
        m_current = m_target;
    }

    void setImmediate(double value) noexcept {
        m_current = m_target = value;
        m_remaining = 0;
    }

    void setTarget(double value) noexcept {
        if (value == m_target)
            return;
        m_target = value;
        m_remaining = m_rampFrames;
        m_step = (m_target - m_current) / m_rampFrames;
    }

    double next() noexcept {
        if (m_remaining == 0)
            return m_current;
        --m_remaining;
        m_current = m_remaining == 0 ? m_target : m_current + m_step;
        return m_current;
    }

    // Advances `frames` at once, for parameters updated per sub-block.
    double skip(int frames) noexcept {
        if (frames >= m_remaining) {
            m_remaining = 0;
            m_current = m_target;
        } else {
            m_remaining -= frames;
            m_current += m_step * frames;
        }
        return m_current;
    }

    bool isSmoothing() const noexcept { return m_remaining > 0; }
    double current() const noexcept { return m_current; }
    double target() const noexcept { return m_target; }

private:
    double m_current = 0.0;
    double m_target = 0.0;
    double m_step = 0.0;
    int m_rampFrames = 1;
    int m_remaining = 0;
};

}  // namespace lathe
