#include "GainReductionMeter.h"

#include "ChainColours.h"

#include <QPainter>
#include <cmath>

namespace lathe::ui {
namespace {

using namespace chain_colours;
constexpr int kThickness = 12;
constexpr int kNumberWidth = 44;
constexpr int kNumberHeight = 16;
constexpr double kScaleStepDb = 6.0;
constexpr int kCompactThickness = 8;
constexpr int kScaleLabelWidth = 28;

}  // namespace

GainReductionMeter::GainReductionMeter(Qt::Orientation orientation, QWidget* parent)
    : QWidget(parent), m_orientation(orientation) {
    m_heldSince.start();
    setToolTip(tr("Gain reduction"));
}

QSize GainReductionMeter::sizeHint() const {
    if (m_compact)
        return {120, kNumberHeight};
    return m_orientation == Qt::Horizontal ? QSize(260, kThickness + 16) : QSize(kNumberWidth, 120);
}

QSize GainReductionMeter::minimumSizeHint() const {
    if (m_compact)
        return {kNumberWidth + 30, kNumberHeight};
    return m_orientation == Qt::Horizontal ? QSize(120, kThickness + 16) : QSize(kNumberWidth - 10, 60);
}

void GainReductionMeter::setCompact(bool compact) {
    m_compact = compact;
    updateGeometry();
    update();
}

void GainReductionMeter::setAvailable(bool available) {
    if (available == m_available)
        return;
    m_available = available;
    m_reduction = m_hold = 0.0;
    update();
}

void GainReductionMeter::setReductionDb(double db) {
    m_reduction = std::clamp(std::isfinite(db) ? db : 0.0, 0.0, kRangeDb);
    if (m_reduction >= m_hold || m_heldSince.elapsed() > kHoldSeconds * 1000) {
        m_hold = m_reduction;
        m_heldSince.restart();
    }
    update();
}

void GainReductionMeter::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter.setFont(font);
    const bool horizontal = m_orientation == Qt::Horizontal;
    const QString number =
        m_available
            ? (m_reduction < 0.05 ? QStringLiteral("0.0") : QStringLiteral("-%1").arg(m_reduction, 0, 'f', 1))
            : QStringLiteral("–");
    QRectF bar;
    QRectF numberRect;
    if (horizontal) {
        // Room for the scale's end labels, centred under the bar's ends.
        const double inset = m_compact ? 0.0 : kScaleLabelWidth / 2.0;
        const int thickness = m_compact ? kCompactThickness : kThickness;
        const double top = m_compact ? (height() - thickness) / 2.0 : 0.0;
        bar = QRectF(inset, top, width() - kNumberWidth - 4 - 2 * inset, thickness);
        numberRect = QRectF(width() - kNumberWidth, 0, kNumberWidth, m_compact ? height() : kThickness);
    } else {
        numberRect = QRectF(0, height() - kNumberHeight, width(), kNumberHeight);
        bar = QRectF((width() - kThickness) / 2.0, 0, kThickness, height() - kNumberHeight - 2);
    }
    painter.fillRect(bar, kPlot);
    // Scale ticks every 6 dB.
    painter.setPen(kGrid);
    for (double db = kScaleStepDb; db < kRangeDb; db += kScaleStepDb) {
        const double f = db / kRangeDb;
        if (horizontal) {
            const double x = bar.right() - f * bar.width();
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
        } else {
            const double y = bar.top() + f * bar.height();
            painter.drawLine(QPointF(bar.left(), y), QPointF(bar.right(), y));
        }
    }
    if (m_available) {
        const double f = m_reduction / kRangeDb;
        const double hold = m_hold / kRangeDb;
        if (horizontal) {
            painter.fillRect(QRectF(bar.right() - f * bar.width(), bar.top(), f * bar.width(), bar.height()),
                             kReduction);
            painter.fillRect(QRectF(bar.right() - hold * bar.width() - 1, bar.top(), 2, bar.height()),
                             Qt::white);
        } else {
            painter.fillRect(QRectF(bar.left(), bar.top(), bar.width(), f * bar.height()), kReduction);
            painter.fillRect(QRectF(bar.left(), bar.top() + hold * bar.height() - 1, bar.width(), 2),
                             Qt::white);
        }
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(numberRect, Qt::AlignCenter, number);
    if (horizontal && !m_compact) {
        painter.setPen(kScale);
        for (double db = 0.0; db <= kRangeDb; db += kScaleStepDb) {
            const double x = bar.right() - db / kRangeDb * bar.width();
            const QRectF label(x - kScaleLabelWidth / 2.0, kThickness + 1, kScaleLabelWidth,
                               height() - kThickness - 1);
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, QString::number(-db, 'f', 0));
        }
    }
}

}  // namespace lathe::ui
