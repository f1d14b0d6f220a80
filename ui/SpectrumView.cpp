#include "SpectrumView.h"

#include "Transport.h"
#include "TransportBar.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>

namespace lathe::ui {
namespace {

constexpr int kLeftMargin = 34;
constexpr int kBottomMargin = 18;
constexpr std::array<double, 10> kFrequencyTicks{20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000};
constexpr std::array<double, 6> kLevelTicks{0, -18, -36, -54, -72, -90};

const QColor kBack(0x12, 0x14, 0x16);
const QColor kGridLine(0x2a, 0x2e, 0x33);
const QColor kLabels(0x8a, 0x90, 0x99);


}  // namespace

SpectrumView::SpectrumView(QWidget* parent) : QWidget(parent) { setMinimumHeight(120); }

QRectF SpectrumView::plotRect() const {
    return QRectF(kLeftMargin, 4, width() - kLeftMargin - 6, height() - kBottomMargin - 6);
}

double SpectrumView::xForHz(double hz) const {
    const QRectF plot = plotRect();
    return FrequencyAxis::xForHz(hz, plot.left(), plot.width());
}

double SpectrumView::hzAtColumn(double column) const {
    const double width = std::max(1.0, plotRect().width());
    return FrequencyAxis::hzForX(column, 0.0, width);
}

double SpectrumView::yForDb(double db) const {
    const QRectF plot = plotRect();
    const double fraction = (std::clamp(db, kFloorDb, kTopDb) - kFloorDb) / (kTopDb - kFloorDb);
    return plot.bottom() - fraction * plot.height();
}

void SpectrumView::resizeEvent(QResizeEvent*) { clear(); }

void SpectrumView::clear() {
    const auto columns = static_cast<std::size_t>(std::max(1.0, plotRect().width()));
    for (SpectrumTrace& trace : m_traces)
        trace.reset(columns);
    update();
}

void SpectrumView::setCaption(const QString& caption) {
    m_caption = caption;
    update();
}

void SpectrumView::setSpectrum(Curve curve, std::span<const float> binsDb, double binHz) {
    m_traces[static_cast<std::size_t>(curve)].feed(binsDb, binHz, [this](double column) { return hzAtColumn(column); });
    update();
}

double SpectrumView::displayedDb(Curve curve, double hz) const {
    const SpectrumTrace& trace = m_traces[static_cast<std::size_t>(curve)];
    const double column = xForHz(hz) - plotRect().left();
    const auto index = static_cast<std::size_t>(std::clamp(column, 0.0, static_cast<double>(trace.columns() - 1)));
    return trace.level()[index];
}

void SpectrumView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF plot = plotRect();
    painter.fillRect(plot, kBack);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    for (const double hz : kFrequencyTicks) {
        const double x = xForHz(hz);
        painter.setPen(kGridLine);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(kLabels);
        painter.drawText(QRectF(x - 20, plot.bottom() + 2, 40, kBottomMargin - 2), Qt::AlignCenter, FrequencyAxis::tickLabel(hz));
    }
    for (const double db : kLevelTicks) {
        const double y = yForDb(db);
        painter.setPen(kGridLine);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kLabels);
        painter.drawText(QRectF(0, y - 7, kLeftMargin - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(static_cast<int>(db)));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot);
    const std::array<MonitorSource, CurveCount> sources{MonitorSource::Master, MonitorSource::Mix};
    // The mix first, so the master is drawn on top.
    for (const int curve : {Mix, Master}) {
        const SpectrumTrace& trace = m_traces[static_cast<std::size_t>(curve)];
        if (!trace.visible())
            continue;
        const QColor colour = TransportBar::monitorColour(sources[static_cast<std::size_t>(curve)]);
        QPainterPath line;
        QPainterPath peak;
        for (std::size_t column = 0; column < trace.columns(); ++column) {
            const double x = plot.left() + static_cast<double>(column);
            const QPointF point(x, yForDb(trace.level()[column]));
            const QPointF peakPoint(x, yForDb(trace.peak()[column]));
            column == 0 ? line.moveTo(point) : line.lineTo(point);
            column == 0 ? peak.moveTo(peakPoint) : peak.lineTo(peakPoint);
        }
        QPainterPath area = line;
        area.lineTo(plot.right(), plot.bottom());
        area.lineTo(plot.left(), plot.bottom());
        area.closeSubpath();
        painter.fillPath(area, QColor(colour.red(), colour.green(), colour.blue(), 45));
        painter.setPen(QPen(colour, 1.5));
        painter.drawPath(line);
        painter.setPen(QPen(colour.lighter(120), 1, Qt::DotLine));
        painter.drawPath(peak);
    }
    painter.setClipping(false);
    painter.setPen(kLabels);
    painter.drawText(plot.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignRight, m_caption);
}

}  // namespace lathe::ui
