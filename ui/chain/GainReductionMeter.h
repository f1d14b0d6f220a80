#pragma once

#include <QElapsedTimer>
#include <QWidget>

namespace lathe::ui {

// Gain reduction as a bar growing from 0 dB down to kRangeDb (downwards when vertical,
// leftwards from the right when horizontal), a held maximum for kHoldSeconds, and the
// reading as a number.
class GainReductionMeter : public QWidget {
    Q_OBJECT
public:
    static constexpr double kRangeDb = 24.0;
    static constexpr double kHoldSeconds = 1.5;

    explicit GainReductionMeter(Qt::Orientation orientation, QWidget* parent = nullptr);

    void setReductionDb(double db);
    double reductionDb() const { return m_reduction; }
    // Without a reading (not metered here): a dash instead of a number.
    void setAvailable(bool available);
    // Horizontal without the scale under the bar (for a row of band meters).
    void setCompact(bool compact);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Qt::Orientation m_orientation;
    double m_reduction = 0.0;
    double m_hold = 0.0;
    bool m_available = true;
    bool m_compact = false;
    QElapsedTimer m_heldSince;
};

}  // namespace lathe::ui
