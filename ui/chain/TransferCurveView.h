#pragma once

#include "project/ModuleSettings.h"

#include <QWidget>

namespace lathe::ui {

// A compressor's static curve, output level over input level (-60..0 dB), drawn with the
// engine's own GainComputer so it is exactly what the DSP does: the 1:1 line, the knee,
// the slope above the threshold and the makeup.
class TransferCurveView : public QWidget {
    Q_OBJECT
public:
    static constexpr double kFloorDb = -60.0;

    explicit TransferCurveView(QWidget* parent = nullptr);

    void setSettings(const CompressorSettings& settings);
    // The output level the curve shows for `inputDb` (for tests).
    double outputDb(double inputDb) const;

    QSize sizeHint() const override { return {120, 120}; }
    QSize minimumSizeHint() const override { return {90, 90}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CompressorSettings m_settings;
};

}  // namespace lathe::ui
