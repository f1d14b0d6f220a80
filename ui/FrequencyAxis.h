#pragma once

#include <QString>

namespace lathe::ui {

// The logarithmic frequency axis that the spectrum, the EQ curve and the multiband's
// crossovers share, 20 Hz to 20 kHz, so a frequency sits at the same place in each.
struct FrequencyAxis {
    static constexpr double kLowHz = 20.0;
    static constexpr double kHighHz = 20000.0;

    // The x of `hz` on an axis starting at `left` and `width` wide (not clamped).
    static double xForHz(double hz, double left, double width);
    // The frequency at `x` (not clamped).
    static double hzForX(double x, double left, double width);
    // A tick label: "50", "500", "2k", "20k".
    static QString tickLabel(double hz);
    // A frequency as read out beside a handle or a band: "120 Hz", "1.50 kHz", "12.0 kHz".
    static QString valueText(double hz);
};

}  // namespace lathe::ui
