#include "ReductionHistory.h"

#include "ChainColours.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace lathe::ui {
namespace {
using namespace chain_colours;
constexpr double kGridStepDb = 3.0;
constexpr int kLabelWidth = 26;
}  // namespace

ReductionHistory::ReductionHistory(QWidget* parent)
    : QWidget(parent), m_readings(static_cast<std::size_t>(kFramesPerSecond * kSeconds), 0.0f) {
    setToolTip(tr("Gain reduction over the last %1 seconds").arg(kSeconds));
}

void ReductionHistory::push(double reductionDb) {
    m_readings[m_next] =
        static_cast<float>(std::clamp(std::isfinite(reductionDb) ? reductionDb : 0.0, 0.0, kRangeDb));
    m_next = (m_next + 1) % m_readings.size();
    update();
}

void ReductionHistory::clear() {
    std::fill(m_readings.begin(), m_readings.end(), 0.0f);
    update();
}

double ReductionHistory::latest() const {
    return m_readings[(m_next + m_readings.size() - 1) % m_readings.size()];
}

double ReductionHistory::largest() const {
    return *std::max_element(m_readings.begin(), m_readings.end());
}

void ReductionHistory::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const double margin = fontMetrics().height() / 2.0;  // room for the end labels
    const QRectF plot(kLabelWidth, margin, width() - kLabelWidth, height() - 2 * margin);
    painter.fillRect(plot, kPlot);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.75);
    painter.setFont(font);
    for (double db = 0.0; db <= kRangeDb; db += kGridStepDb) {
        const double y = plot.top() + db / kRangeDb * (plot.height() - 1);
        painter.setPen(kGrid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kScale);
        painter.drawText(QRectF(0, y - 7, kLabelWidth - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(-db, 'f', 0));
    }
    const std::size_t count = m_readings.size();
    QPainterPath path(QPointF(plot.left(), plot.top()));
    for (std::size_t i = 0; i < count; ++i) {
        const double x = plot.left() + plot.width() * static_cast<double>(i) / static_cast<double>(count - 1);
        const double db = m_readings[(m_next + i) % count];
        path.lineTo(x, plot.top() + db / kRangeDb * (plot.height() - 1));
    }
    path.lineTo(plot.right(), plot.top());
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = kReduction;
    fill.setAlpha(90);
    painter.fillPath(path, fill);
    painter.setPen(QPen(kReduction, 1.2));
    painter.drawPath(path);
}

}  // namespace lathe::ui
