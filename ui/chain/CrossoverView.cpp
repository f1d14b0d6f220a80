#include "CrossoverView.h"

#include "ChainColours.h"
#include "ParameterControl.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace lathe::ui {
namespace {

using namespace chain_colours;
constexpr double kReleasePerFrameDb = 1.5;  // the drawn spectrum falls this much per frame at most
constexpr double kGridHz[] = {50, 100, 200, 500, 1000, 2000, 5000, 10000};
constexpr double kGridDb[] = {-72, -54, -36, -18};
constexpr int kAxisHeight = 14;
constexpr double kFineFactor = 0.1;

}  // namespace

CrossoverView::CrossoverView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setToolTip(tr("Drag a crossover to move it (Shift: fine); click a band to edit it"));
}

QRectF CrossoverView::plotRect() const {
    return QRectF(0, 0, width(), height() - kAxisHeight);
}

double CrossoverView::xForHz(double hz) const {
    const QRectF plot = plotRect();
    return FrequencyAxis::xForHz(std::clamp(hz, kLowHz, kHighHz), plot.left(), plot.width());
}

double CrossoverView::hzAtX(double x) const {
    const QRectF plot = plotRect();
    return FrequencyAxis::hzForX(std::clamp(x, plot.left(), plot.right()), plot.left(), plot.width());
}

double CrossoverView::yForDb(double db) const {
    const QRectF plot = plotRect();
    return plot.top() + plot.height() * (kTopDb - std::clamp(db, kFloorDb, kTopDb)) / (kTopDb - kFloorDb);
}

void CrossoverView::setCrossovers(const std::vector<double>& crossoversHz) {
    if (m_dragHandle >= 0 && crossoversHz.size() != m_crossovers.size())
        m_dragHandle = -1;
    m_crossovers = crossoversHz;
    update();
}

void CrossoverView::setSelectedBand(int band) {
    m_selected = band;
    update();
}

void CrossoverView::setBandStates(const std::vector<bool>& audible) {
    m_audible = audible;
    update();
}

void CrossoverView::setReductions(const std::array<float, MultibandSettings::kMaxBands>& reductionsDb,
                                  bool available) {
    m_reductions = reductionsDb;
    m_reductionsAvailable = available;
    update();
}

void CrossoverView::setSpectrum(std::span<const float> binsDb, double binHz) {
    const int columns = std::max(1, width());
    m_levels.resize(static_cast<std::size_t>(columns), kFloorDb);
    if (binsDb.empty() || binHz <= 0.0)
        return;
    for (int column = 0; column < columns; ++column) {
        // The loudest bin within the column's frequency span (about a sixth of an octave
        // at this width), so narrow peaks are not lost between columns.
        const double from = hzAtX(column) / binHz;
        const double to = hzAtX(column + 1) / binHz;
        double level = kFloorDb;
        for (auto k = static_cast<std::size_t>(std::floor(from));
             k <= static_cast<std::size_t>(std::ceil(to)) && k < binsDb.size(); ++k)
            level = std::max(level, static_cast<double>(binsDb[k]));
        double& shown = m_levels[static_cast<std::size_t>(column)];
        shown = std::max(level, shown - kReleasePerFrameDb);
    }
    update();
}

double CrossoverView::displayedDb(double hz) const {
    const auto column =
        static_cast<std::size_t>(std::clamp(xForHz(hz), 0.0, static_cast<double>(width() - 1)));
    return column < m_levels.size() ? m_levels[column] : kFloorDb;
}

void CrossoverView::resizeEvent(QResizeEvent*) {
    m_levels.assign(static_cast<std::size_t>(std::max(1, width())), kFloorDb);
}

int CrossoverView::handleAt(double x) const {
    for (std::size_t i = 0; i < m_crossovers.size(); ++i)
        if (std::abs(xForHz(m_crossovers[i]) - x) <= kHandleGrabPixels)
            return static_cast<int>(i);
    return -1;
}

int CrossoverView::bandAt(double x) const {
    const double hz = hzAtX(x);
    int band = 0;
    while (band < static_cast<int>(m_crossovers.size()) && hz >= m_crossovers[static_cast<std::size_t>(band)])
        ++band;
    return band;
}

void CrossoverView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const double x = event->position().x();
    m_dragHandle = handleAt(x);
    if (m_dragHandle >= 0) {
        m_dragKey = nextGestureKey();
        m_dragHz = m_crossovers[static_cast<std::size_t>(m_dragHandle)];
        m_lastX = x;
        return;
    }
    emit bandClicked(bandAt(x));
}

void CrossoverView::mouseMoveEvent(QMouseEvent* event) {
    const double x = event->position().x();
    if (m_dragHandle < 0) {
        setCursor(handleAt(x) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    // Moved in log frequency by the mouse's travel, finer with Shift.
    double travel = x - m_lastX;
    m_lastX = x;
    if (event->modifiers() & Qt::ShiftModifier)
        travel *= kFineFactor;
    m_dragHz = hzAtX(xForHz(m_dragHz) + travel);
    emit crossoverDragged(m_dragHandle, m_dragHz, m_dragKey);
}

void CrossoverView::mouseReleaseEvent(QMouseEvent*) {
    m_dragHandle = -1;
}

void CrossoverView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF plot = plotRect();
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.fillRect(plot, kPlot);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.75);
    painter.setFont(font);

    // Bands: a tint each, brighter when selected, grey when not heard (bypassed or not soloed).
    const int bands = static_cast<int>(m_crossovers.size()) + 1;
    for (int band = 0; band < bands; ++band) {
        const double left =
            band == 0 ? plot.left() : xForHz(m_crossovers[static_cast<std::size_t>(band - 1)]);
        const double right =
            band == bands - 1 ? plot.right() : xForHz(m_crossovers[static_cast<std::size_t>(band)]);
        const bool audible =
            band >= static_cast<int>(m_audible.size()) || m_audible[static_cast<std::size_t>(band)];
        QColor tint = audible ? bandColour(band) : kScale;
        tint.setAlpha(band == m_selected ? 48 : 18);
        painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), tint);
        if (m_reductionsAvailable) {
            const double depth = std::clamp(static_cast<double>(m_reductions[static_cast<std::size_t>(band)]),
                                            0.0, kReductionRangeDb) /
                                 kReductionRangeDb * plot.height();
            QColor bar = bandColour(band);
            bar.setAlpha(110);
            painter.fillRect(QRectF(left + 2, plot.top(), right - left - 4, depth), bar);
        }
    }
    // Grid.
    painter.setPen(kGrid);
    for (double hz : kGridHz)
        painter.drawLine(QPointF(xForHz(hz), plot.top()), QPointF(xForHz(hz), plot.bottom()));
    for (double db : kGridDb)
        painter.drawLine(QPointF(plot.left(), yForDb(db)), QPointF(plot.right(), yForDb(db)));
    painter.setPen(kScale);
    for (double hz : kGridHz)
        painter.drawText(QRectF(xForHz(hz) - 20, plot.bottom(), 40, kAxisHeight), Qt::AlignCenter,
                         FrequencyAxis::tickLabel(hz));

    // The spectrum heard now.
    if (!m_levels.empty()) {
        QPainterPath path(QPointF(plot.left(), plot.bottom()));
        for (std::size_t column = 0; column < m_levels.size(); ++column)
            path.lineTo(static_cast<double>(column), yForDb(m_levels[column]));
        path.lineTo(plot.right(), plot.bottom());
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = kSpectrum;
        fill.setAlpha(120);
        painter.fillPath(path, fill);
        painter.setPen(QPen(kSpectrum.lighter(150), 1.0));
        painter.drawPath(path);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    // Handles.
    for (std::size_t i = 0; i < m_crossovers.size(); ++i) {
        const double x = xForHz(m_crossovers[i]);
        const bool dragging = static_cast<int>(i) == m_dragHandle;
        painter.setPen(QPen(kHandle, dragging ? 2.0 : 1.0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QRectF grip(x - 5, plot.top() + plot.height() / 2 - 12, 10, 24);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(dragging ? kHandle : kHandle.darker(140));
        painter.setPen(QPen(kHandle, 1.0));
        painter.drawRoundedRect(grip, 3, 3);
        painter.setRenderHint(QPainter::Antialiasing, false);
        const QString label = FrequencyAxis::valueText(m_crossovers[i]);
        const double labelWidth = painter.fontMetrics().horizontalAdvance(label) + 8;
        const double labelX = std::min(x + 6, plot.right() - labelWidth);
        painter.fillRect(QRectF(labelX, plot.top() + 3, labelWidth, 15), QColor(0, 0, 0, 150));
        painter.setPen(kHandle);
        painter.drawText(QRectF(labelX, plot.top() + 3, labelWidth, 15), Qt::AlignCenter, label);
    }
}

}  // namespace lathe::ui
