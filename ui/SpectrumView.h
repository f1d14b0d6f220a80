#pragma once

#include "FrequencyAxis.h"

#include "SpectrumTrace.h"

#include <QWidget>
#include <array>
#include <span>
#include <vector>

namespace lathe::ui {

// The spectrum on a log frequency axis (20 Hz – 20 kHz), smoothed in time (fast rise,
// slow fall) and across about a sixth of an octave, with a decaying peak-hold line.
// The master (B) and the mix (A) are drawn over each other in the monitor colours so
// what the processing does to the balance is visible at a glance. Fed once per meter
// frame (60 Hz) with dB-per-bin spectra.
class SpectrumView : public QWidget {
    Q_OBJECT
public:
    static constexpr double kLowHz = FrequencyAxis::kLowHz;
    static constexpr double kHighHz = FrequencyAxis::kHighHz;
    static constexpr double kFloorDb = -96.0;
    static constexpr double kTopDb = 0.0;

    explicit SpectrumView(QWidget* parent = nullptr);

    enum Curve { Master, Mix, CurveCount };
    // `binsDb[i]` is the level at i * binHz; no bins hides the curve.
    void setSpectrum(Curve curve, std::span<const float> binsDb, double binHz);
    void clear();
    void setCaption(const QString& caption);
    // The smoothed level the view shows at `hz` (for tests and tooltips).
    double displayedDb(Curve curve, double hz) const;

    QSize sizeHint() const override { return {420, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF plotRect() const;
    double xForHz(double hz) const;
    double hzAtColumn(double column) const;
    double yForDb(double db) const;

    std::array<SpectrumTrace, CurveCount> m_traces{SpectrumTrace(kFloorDb), SpectrumTrace(kFloorDb)};
    QString m_caption;
};

}  // namespace lathe::ui
