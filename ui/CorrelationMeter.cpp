#include "CorrelationMeter.h"

#include <QPainter>
#include <algorithm>

namespace lathe::ui {
namespace {

constexpr double kMarkerWidth = 6.0;
const QColor kTrack(0x12, 0x14, 0x16);
const QColor kPositive(0x3f, 0xbf, 0x7f);
const QColor kNegative(0xff, 0x4d, 0x3d);
const QColor kScale(0x8a, 0x90, 0x99);

}  // namespace

CorrelationMeter::CorrelationMeter(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(sizeHint().height());
    setToolTip(tr("Phase correlation: +1 mono, 0 wide, below 0 cancels in mono"));
}

void CorrelationMeter::setCorrelation(std::optional<double> correlation) {
    m_correlation = correlation;
    update();
}

void CorrelationMeter::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF bar(24, 4, width() - 48, height() - 8);
    painter.fillRect(bar, kTrack);
    painter.setPen(kScale);
    painter.drawText(QRectF(0, 0, 22, height()), Qt::AlignCenter, QStringLiteral("−1"));
    painter.drawText(QRectF(width() - 22, 0, 22, height()), Qt::AlignCenter, QStringLiteral("+1"));
    painter.drawLine(QPointF(bar.center().x(), bar.top()), QPointF(bar.center().x(), bar.bottom()));
    if (!m_correlation)
        return;
    const double value = std::clamp(*m_correlation, -1.0, 1.0);
    const double x = bar.center().x() + value * bar.width() / 2.0;
    const QColor colour = value < 0.0 ? kNegative : kPositive;
    painter.fillRect(QRectF(std::min(x, bar.center().x()), bar.top() + 3, std::abs(x - bar.center().x()),
                            bar.height() - 6),
                     colour.darker(160));
    painter.fillRect(QRectF(x - kMarkerWidth / 2, bar.top(), kMarkerWidth, bar.height()), colour);
}

}  // namespace lathe::ui
