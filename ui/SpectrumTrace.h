#pragma once

#include <functional>
#include <span>
#include <vector>

namespace lathe::ui {

// One spectrum as a view shows it: a level per pixel column, smoothed across about a
// sixth of an octave and in time (fast rise, slow fall), with a decaying peak hold.
// Shared by the spectrum dock and the EQ editor so both read the same.
class SpectrumTrace {
public:
    explicit SpectrumTrace(double floorDb) : m_floorDb(floorDb) {}

    void reset(std::size_t columns);
    // `binsDb[i]` is the level at i * binHz; `hzAtColumn` maps a column centre to Hz.
    void feed(std::span<const float> binsDb, double binHz, const std::function<double(double)>& hzAtColumn);

    bool visible() const { return m_visible; }
    void hide() { m_visible = false; }
    std::size_t columns() const { return m_level.size(); }
    const std::vector<double>& level() const { return m_level; }
    const std::vector<double>& peak() const { return m_peak; }

private:
    double m_floorDb;
    std::vector<double> m_level;
    std::vector<double> m_peak;
    bool m_visible = false;
};

}  // namespace lathe::ui
