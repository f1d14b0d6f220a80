#include "TransferCurveView.h"

#include "ChainColours.h"

#include "dsp/GainComputer.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace lathe::ui {
namespace {
using namespace chain_colours;
constexpr double kGridStepDb = 12.0;
}  // namespace

TransferCurveView::TransferCurveView(QWidget* parent) : QWidget(parent) {
    setToolTip(tr("Output level over input level: the compressor's static curve"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(sizeHint());
}

void TransferCurveView::setSettings(const CompressorSettings& settings) {
    if (settings == m_settings)
        return;
    m_settings = settings;
    update();
}

double TransferCurveView::outputDb(double inputDb) const {
    GainComputer computer;
    computer.setRatio(m_settings.ratio);
    computer.setKneeDb(m_settings.kneeDb);
    return inputDb - computer.gainReductionDb(inputDb, m_settings.thresholdDb) + m_settings.makeupDb;
}

void TransferCurveView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF plot = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(plot, kPlot);
    const auto x = [&](double db) { return plot.left() + plot.width() * (db - kFloorDb) / -kFloorDb; };
    const auto y = [&](double db) {
        return plot.bottom() - plot.height() * (std::clamp(db, kFloorDb, 0.0) - kFloorDb) / -kFloorDb;
    };
    painter.setPen(kGrid);
    for (double db = kFloorDb + kGridStepDb; db < 0.0; db += kGridStepDb) {
        painter.drawLine(QPointF(x(db), plot.top()), QPointF(x(db), plot.bottom()));
        painter.drawLine(QPointF(plot.left(), y(db)), QPointF(plot.right(), y(db)));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kScale, 1.0, Qt::DashLine));
    painter.drawLine(QPointF(x(kFloorDb), y(kFloorDb)), QPointF(x(0.0), y(0.0)));
    // The threshold.
    painter.setPen(QPen(kHandle, 1.0, Qt::DotLine));
    painter.drawLine(QPointF(x(m_settings.thresholdDb), plot.top()),
                     QPointF(x(m_settings.thresholdDb), plot.bottom()));
    QPainterPath curve;
    const int steps = std::max(2, static_cast<int>(plot.width()));
    for (int i = 0; i <= steps; ++i) {
        const double input = kFloorDb - kFloorDb * i / steps;
        const QPointF point(x(input), y(outputDb(input)));
        i == 0 ? curve.moveTo(point) : curve.lineTo(point);
    }
    painter.setPen(QPen(kAccent, 2.0));
    painter.drawPath(curve);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(kGrid.lighter(130));
    painter.drawRect(plot);
}

}  // namespace lathe::ui
