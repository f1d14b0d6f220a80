#pragma once

#include <QElapsedTimer>
#include <QWidget>
#include <array>
#include <limits>
#include <optional>

namespace lathe::ui {

// Stereo peak meter on a dBFS scale: a bar per channel for the sample peak, a marker
// for the true peak (inter-sample, 4x oversampled), both with a peak hold, and the
// highest true peak as a number that turns red above the ceiling.
class LevelMeter : public QWidget {
    Q_OBJECT
public:
    static constexpr double kFloorDb = -60.0;
    static constexpr double kTopDb = 3.0;
    static constexpr double kHoldSeconds = 1.5;

    explicit LevelMeter(QWidget* parent = nullptr);

    // One reading per channel in dBFS / dBTP; truePeak nullopt when unknown.
    void setLevels(const std::array<double, 2>& peakDb, const std::optional<std::array<double, 2>>& truePeakDb);
    void setCeiling(double dbtp);
    void resetHolds();
    // The highest true peak since the last reset (the sample peak when no true peak is fed).
    double heldMaximum() const { return m_heldMaximum; }

    QSize sizeHint() const override { return {96, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Channel {
        double peak = kFloorDb;
        double truePeak = kFloorDb;
        double hold = kFloorDb;
        qint64 heldAt = 0;
    };
    double yForDb(double db, const QRectF& bar) const;

    std::array<Channel, 2> m_channels;
    double m_heldMaximum = -std::numeric_limits<double>::infinity();
    double m_ceiling = -1.0;
    bool m_hasTruePeak = false;
    QElapsedTimer m_clock;
};

}  // namespace lathe::ui
