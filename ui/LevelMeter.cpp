#include "LevelMeter.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace lathe::ui {
namespace {

constexpr int kScaleWidth = 26;
constexpr int kReadoutHeight = 20;
constexpr int kBarGap = 3;
constexpr int kChannelLabelHeight = 16;
constexpr double kWarnDb = -9.0;
constexpr std::array<double, 9> kTicks{0, -3, -6, -9, -12, -18, -24, -36, -48};

const QColor kBack(0x12, 0x14, 0x16);
const QColor kSafe(0x3f, 0xbf, 0x7f);
const QColor kWarn(0xe8, 0xc5, 0x47);
const QColor kOver(0xff, 0x4d, 0x3d);
const QColor kScale(0x8a, 0x90, 0x99);
const QColor kTrue(0xff, 0xff, 0xff);

}  // namespace

LevelMeter::LevelMeter(QWidget* parent) : QWidget(parent) {
    m_clock.start();
    setToolTip(tr("Peak (bars) and true peak (white marks); click to reset the holds"));
    setMinimumWidth(sizeHint().width());
}

void LevelMeter::setLevels(const std::array<double, 2>& peakDb,
                           const std::optional<std::array<double, 2>>& truePeakDb) {
    const qint64 now = m_clock.elapsed();
    m_hasTruePeak = truePeakDb.has_value();
    for (std::size_t ch = 0; ch < m_channels.size(); ++ch) {
        Channel& channel = m_channels[ch];
        channel.peak = std::max(kFloorDb, peakDb[ch]);
        channel.truePeak = truePeakDb ? std::max(kFloorDb, (*truePeakDb)[ch]) : channel.peak;
        const double loudest = std::max(channel.peak, channel.truePeak);
        if (loudest >= channel.hold || now - channel.heldAt > static_cast<qint64>(kHoldSeconds * 1000)) {
            channel.hold = loudest;
            channel.heldAt = now;
        }
        m_heldMaximum = std::max(m_heldMaximum, truePeakDb ? (*truePeakDb)[ch] : peakDb[ch]);
    }
    update();
}

void LevelMeter::setCeiling(double dbtp) {
    m_ceiling = dbtp;
    update();
}

void LevelMeter::resetHolds() {
    for (Channel& channel : m_channels)
        channel.hold = kFloorDb;
    m_heldMaximum = -std::numeric_limits<double>::infinity();
    update();
}

void LevelMeter::mousePressEvent(QMouseEvent*) { resetHolds(); }

double LevelMeter::yForDb(double db, const QRectF& bar) const {
    const double fraction = (std::clamp(db, kFloorDb, kTopDb) - kFloorDb) / (kTopDb - kFloorDb);
    return bar.bottom() - fraction * bar.height();
}

void LevelMeter::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF area(kScaleWidth, kReadoutHeight + 4, width() - kScaleWidth - 4,
                      height() - kReadoutHeight - kChannelLabelHeight - 8);
    const double barWidth = (area.width() - kBarGap) / 2.0;

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    painter.setPen(kScale);
    for (const double tick : kTicks) {
        const double y = yForDb(tick, area);
        painter.drawText(QRectF(0, y - 7, kScaleWidth - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(static_cast<int>(tick)));
        painter.drawLine(QPointF(kScaleWidth - 3, y), QPointF(area.right(), y));
    }

    for (std::size_t ch = 0; ch < m_channels.size(); ++ch) {
        const Channel& channel = m_channels[ch];
        const QRectF bar(area.left() + static_cast<double>(ch) * (barWidth + kBarGap), area.top(), barWidth,
                         area.height());
        painter.fillRect(bar, kBack);
        painter.setPen(kScale);
        painter.drawText(QRectF(bar.left(), bar.bottom() + 2, bar.width(), kChannelLabelHeight), Qt::AlignCenter,
                         ch == 0 ? tr("L") : tr("R"));
        // Green up to -9 dBFS, yellow to the ceiling, red above it.
        const auto fill = [&](double fromDb, double toDb, const QColor& colour) {
            const double top = std::min(channel.peak, toDb);
            if (top <= fromDb)
                return;
            painter.fillRect(QRectF(QPointF(bar.left(), yForDb(top, bar)), QPointF(bar.right(), yForDb(fromDb, bar))),
                             colour);
        };
        fill(kFloorDb, kWarnDb, kSafe);
        fill(kWarnDb, m_ceiling, kWarn);
        fill(m_ceiling, kTopDb, kOver);
        const QColor holdColour = channel.hold > m_ceiling ? kOver : kWarn;
        painter.fillRect(QRectF(bar.left(), yForDb(channel.hold, bar) - 1, bar.width(), 2), holdColour);
        if (m_hasTruePeak)
            painter.fillRect(QRectF(bar.left(), yForDb(channel.truePeak, bar) - 1, bar.width(), 2), kTrue);
    }
    const QRectF ceilingLine(area.left(), yForDb(m_ceiling, area), area.width(), 1);
    painter.fillRect(ceilingLine, kOver.darker(140));

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const bool over = m_heldMaximum > m_ceiling;
    painter.setPen(over ? kOver : palette().color(QPalette::WindowText));
    // Without true-peak readings the held maximum is the sample peak, and says so.
    const QString unit = m_hasTruePeak ? tr("dBTP") : tr("dBFS");
    const QString readout = std::isfinite(m_heldMaximum) ? QStringLiteral("%1 %2").arg(m_heldMaximum, 0, 'f', 1).arg(unit)
                                                         : QStringLiteral("— %1").arg(unit);
    painter.drawText(QRectF(0, 0, width(), kReadoutHeight), Qt::AlignCenter, readout);
}

}  // namespace lathe::ui
