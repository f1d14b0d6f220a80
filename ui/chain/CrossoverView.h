#pragma once

#include "FrequencyAxis.h"

#include <QWidget>
#include <array>
#include <span>
#include <vector>

#include "project/ModuleSettings.h"

namespace lathe::ui {

// The multiband's bands over the spectrum heard now, on a log axis 20 Hz – 20 kHz: a
// handle per crossover to drag (Shift: fine), each band tinted in its colour with its
// gain reduction hanging from the top, the selected band brighter. Clicking a band
// selects it.
class CrossoverView : public QWidget {
    Q_OBJECT
public:
    static constexpr double kLowHz = FrequencyAxis::kLowHz;
    static constexpr double kHighHz = FrequencyAxis::kHighHz;
    static constexpr double kFloorDb = -90.0;
    static constexpr double kTopDb = 0.0;
    static constexpr double kReductionRangeDb = 24.0;
    static constexpr int kHandleGrabPixels = 6;

    explicit CrossoverView(QWidget* parent = nullptr);

    void setCrossovers(const std::vector<double>& crossoversHz);
    void setSelectedBand(int band);
    void setBandStates(const std::vector<bool>& audible);
    void setReductions(const std::array<float, MultibandSettings::kMaxBands>& reductionsDb, bool available);
    // `binsDb[k]` is the level at k * binHz.
    void setSpectrum(std::span<const float> binsDb, double binHz);

    double xForHz(double hz) const;
    double hzAtX(double x) const;
    // The smoothed spectrum level drawn at `hz` (for tests).
    double displayedDb(double hz) const;

    QSize sizeHint() const override { return {560, 170}; }
    QSize minimumSizeHint() const override { return {260, 90}; }

signals:
    // A handle dragged to `hz` (unconstrained: the panel keeps the order); one key per drag.
    void crossoverDragged(int index, double hz, int mergeKey);
    void bandClicked(int band);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF plotRect() const;
    int handleAt(double x) const;
    int bandAt(double x) const;
    double yForDb(double db) const;

    std::vector<double> m_crossovers;
    std::vector<bool> m_audible;
    int m_selected = 0;
    std::array<float, MultibandSettings::kMaxBands> m_reductions{};
    bool m_reductionsAvailable = false;
    std::vector<double> m_levels;  // per pixel column, smoothed
    int m_dragHandle = -1;
    int m_dragKey = -1;
    double m_dragHz = 0.0;
    double m_lastX = 0.0;
};

}  // namespace lathe::ui
