#include "EqCurveView.h"

#include "EqBandText.h"
#include "Transport.h"
#include "TransportBar.h"

#include "dsp/EqBandDesign.h"
#include "project/ProjectSchema.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QLinearGradient>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe::ui {
namespace {

constexpr double kLeftMargin = 40.0;
constexpr double kRightMargin = 34.0;
constexpr double kTopMargin = 8.0;
constexpr double kBottomMargin = 22.0;
constexpr std::array<double, 10> kLabelledHz{20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000};
constexpr std::array<double, 4> kSpectrumLabelsDb{0, -30, -60, -90};
constexpr double kQStepsPerDoubling = 4.0;    // wheel notches that double Q
constexpr double kPixelsPerStep = 24.0;       // Alt/Ctrl-drag distance of one wheel notch
constexpr double kWheelNotch = 120.0;
constexpr qint64 kWheelGestureMs = 600;       // wheel turns closer than this are one undo step
constexpr double kHitSlop = 4.0;
constexpr int kFirstGesture = 0x45510000;     // far from other views' merge keys

const QColor kBack(0x10, 0x12, 0x15);
const QColor kGridMajor(0x2c, 0x31, 0x37);
const QColor kGridMinor(0x1c, 0x20, 0x24);
const QColor kZeroLine(0x4a, 0x51, 0x5a);
const QColor kLabels(0x8a, 0x90, 0x99);
const QColor kDimLabels(0x5c, 0x63, 0x6b);
const QColor kDisabled(0x6a, 0x70, 0x78);


QColor withAlpha(QColor colour, int alpha) {
    colour.setAlpha(alpha);
    return colour;
}

}  // namespace

EqCurveView::EqCurveView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

// ---- state ----

void EqCurveView::setBands(const std::vector<EqBand>& bands, double sampleRate) {
    m_bands = bands;
    m_sampleRate = sampleRate;
    m_sections.clear();
    for (const EqBand& band : bands)
        m_sections.push_back(EqBandDesign::design(band, sampleRate));
    if (m_selected >= static_cast<int>(bands.size()))
        setSelectedBand(bands.empty() ? -1 : static_cast<int>(bands.size()) - 1);
    if (m_hovered >= static_cast<int>(bands.size()))
        m_hovered = -1;
    update();
}

void EqCurveView::setRangeDb(double rangeDb) {
    m_rangeDb = rangeDb;
    update();
}

void EqCurveView::setSelectedBand(int band) {
    if (band == m_selected)
        return;
    m_selected = band;
    update();
    emit selectedBandChanged(band);
}

void EqCurveView::setHovered(int band) {
    if (band != m_hovered) {
        m_hovered = band;
        update();
    }
}

void EqCurveView::setSpectra(const SpectrumFrame& frame, double binHz) {
    const auto hzAtColumn = [this](double column) { return hzAtX(plotRect().left() + column); };
    m_spectra[0].feed(frame.mixDb, binHz, hzAtColumn);
    m_spectra[1].feed(frame.masterDb, binHz, hzAtColumn);
    update();
}

void EqCurveView::clearSpectra() {
    for (SpectrumTrace& trace : m_spectra)
        trace.reset(static_cast<std::size_t>(std::max(1.0, plotRect().width())));
    update();
}

void EqCurveView::resizeEvent(QResizeEvent*) { clearSpectra(); }

int EqCurveView::newGesture() {
    static int next = kFirstGesture;
    return ++next;
}

// ---- the response ----

double EqCurveView::responseDb(double hz, std::optional<Placement> path) const {
    const double phi = BiquadCoefficients::phiOf(2.0 * std::numbers::pi * hz / m_sampleRate);
    double m = 1.0;
    for (std::size_t i = 0; i < m_bands.size(); ++i)
        if (!EqBandDesign::isNeutral(m_bands[i]) && EqBandDesign::appliesTo(m_bands[i].placement, path))
            m *= m_sections[i].magnitudeSquaredAt(phi);
    return 10.0 * std::log10(m);
}

double EqCurveView::bandResponseDb(int band, double hz) const {
    const double w = 2.0 * std::numbers::pi * hz / m_sampleRate;
    return 10.0 * std::log10(m_sections[static_cast<std::size_t>(band)].magnitudeSquared(w));
}

std::vector<Placement> EqCurveView::curvePaths() const {
    bool midSide = false;
    bool leftRight = false;
    for (const EqBand& band : m_bands) {
        midSide = midSide || band.placement == Placement::Mid || band.placement == Placement::Side;
        leftRight = leftRight || band.placement == Placement::Left || band.placement == Placement::Right;
    }
    std::vector<Placement> paths;
    for (const Placement path : kPlacements)
        if (((path == Placement::Mid || path == Placement::Side) && midSide) ||
            ((path == Placement::Left || path == Placement::Right) && leftRight))
            paths.push_back(path);
    return paths;
}

QColor EqCurveView::pathColour(Placement placement) {
    switch (placement) {
    case Placement::Stereo: return {0xff, 0xd7, 0x7a};
    case Placement::Mid: return {0x4f, 0xe0, 0xc2};
    case Placement::Side: return {0xff, 0x6f, 0xb4};
    case Placement::Left: return {0xa6, 0xe2, 0x5a};
    case Placement::Right: return {0xb4, 0x92, 0xff};
    }
    return Qt::white;
}

// ---- geometry ----

QRectF EqCurveView::plotRect() const {
    return QRectF(kLeftMargin, kTopMargin, std::max(1.0, width() - kLeftMargin - kRightMargin),
                  std::max(1.0, height() - kTopMargin - kBottomMargin));
}

double EqCurveView::xForHz(double hz) const {
    const QRectF plot = plotRect();
    return FrequencyAxis::xForHz(hz, plot.left(), plot.width());
}

double EqCurveView::hzAtX(double x) const {
    const QRectF plot = plotRect();
    return FrequencyAxis::hzForX(x, plot.left(), plot.width());
}

double EqCurveView::yForDb(double db) const {
    const QRectF plot = plotRect();
    return plot.center().y() - db / m_rangeDb * plot.height() / 2.0;
}

double EqCurveView::dbAtY(double y) const {
    const QRectF plot = plotRect();
    return (plot.center().y() - y) / (plot.height() / 2.0) * m_rangeDb;
}

QPointF EqCurveView::nodePosition(int band) const {
    const EqBand& b = m_bands[static_cast<std::size_t>(band)];
    const double db = EqBandDesign::hasGain(b.shape) ? std::clamp(b.gainDb, -m_rangeDb, m_rangeDb) : 0.0;
    return {xForHz(std::clamp(b.freqHz, kLowHz, kHighHz)), yForDb(db)};
}

int EqCurveView::bandAt(QPointF point) const {
    // The selected node wins over the others it overlaps, then the topmost (last) one.
    int found = -1;
    double nearest = kNodeRadius + kHitSlop;
    for (int i = static_cast<int>(m_bands.size()) - 1; i >= 0; --i) {
        const QPointF d = nodePosition(i) - point;
        const double distance = std::hypot(d.x(), d.y());
        if (distance < nearest || (i == m_selected && distance <= kNodeRadius + kHitSlop)) {
            nearest = distance;
            found = i;
        }
    }
    return found;
}

// ---- editing ----

EqBand EqCurveView::widened(const EqBand& band, double steps) const {
    EqBand result = band;
    if (band.shape == EqShape::LowCut || band.shape == EqShape::HighCut) {
        const auto& slopes = schema::kCutSlopes;
        const auto at = std::find(slopes.begin(), slopes.end(), band.slopeDbPerOctave);
        const long index = at == slopes.end() ? 1 : at - slopes.begin();
        const long next = std::clamp(index + std::lround(steps), 0L, static_cast<long>(slopes.size()) - 1);
        result.slopeDbPerOctave = slopes[static_cast<std::size_t>(next)];
    } else {
        const double q = band.q * std::pow(2.0, steps / kQStepsPerDoubling);
        result.q = std::round(EqBandDesign::clampQ(q) * 1000.0) / 1000.0;
    }
    return result;
}

void EqCurveView::edit(int band, const EqBand& edited, int gesture) {
    if (edited != m_bands[static_cast<std::size_t>(band)])
        emit bandEdited(band, edited, gesture);
}

void EqCurveView::mousePressEvent(QMouseEvent* event) {
    const QPointF point = event->position();
    const int band = bandAt(point);
    if (band >= 0)
        setSelectedBand(band);
    if (event->button() != Qt::LeftButton || band < 0)
        return;
    const bool width = event->modifiers() & (Qt::AltModifier | Qt::ControlModifier);
    m_drag = width ? Drag::Width : Drag::Move;
    m_dragBand = band;
    m_pressPoint = point;
    m_dragOffset = nodePosition(band) - point;
    m_pressBand = m_bands[static_cast<std::size_t>(band)];
    m_gesture = newGesture();
}

void EqCurveView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF point = event->position();
    if (m_drag == Drag::None || m_dragBand >= static_cast<int>(m_bands.size())) {
        setHovered(bandAt(point));
        setCursor(m_hovered >= 0 ? Qt::OpenHandCursor : Qt::CrossCursor);
        return;
    }
    setHovered(m_dragBand);
    EqBand edited = m_pressBand;
    if (m_drag == Drag::Width) {
        edited = widened(m_pressBand, (m_pressPoint.y() - point.y()) / kPixelsPerStep);
    } else {
        const QPointF node = point + m_dragOffset;
        const double highest = std::min(kHighHz, 0.5 * m_sampleRate * EqBandDesign::kMaxFrequencyOfNyquist);
        edited.freqHz = std::round(std::clamp(hzAtX(node.x()), kLowHz, highest) * 10.0) / 10.0;
        if (EqBandDesign::hasGain(edited.shape)) {
            const double limit = std::min(m_rangeDb, schema::kGainDb.max);
            edited.gainDb = std::round(std::clamp(dbAtY(node.y()), -limit, limit) * 100.0) / 100.0;
        }
        setCursor(Qt::ClosedHandCursor);
    }
    edit(m_dragBand, edited, m_gesture);
}

void EqCurveView::mouseReleaseEvent(QMouseEvent* event) {
    m_drag = Drag::None;
    m_dragBand = -1;
    setHovered(bandAt(event->position()));
}

void EqCurveView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = Drag::None;
    const QPointF point = event->position();
    if (const int band = bandAt(point); band >= 0) {
        EqBand toggled = m_bands[static_cast<std::size_t>(band)];
        toggled.enabled = !toggled.enabled;
        edit(band, toggled, -1);
        return;
    }
    if (!plotRect().contains(point) || m_bands.size() >= EqSettings::kMaxBands)
        return;
    EqBand added;
    added.shape = EqShape::Bell;
    added.freqHz = std::round(std::clamp(hzAtX(point.x()), kLowHz, kHighHz) * 10.0) / 10.0;
    added.gainDb = std::round(std::clamp(dbAtY(point.y()), -m_rangeDb, m_rangeDb) * 100.0) / 100.0;
    added.q = 1.0;
    emit bandAdded(added);
}

void EqCurveView::wheelEvent(QWheelEvent* event) {
    const int band = m_hovered >= 0 ? m_hovered : bandAt(event->position());
    if (band < 0 || band >= static_cast<int>(m_bands.size())) {
        event->ignore();
        return;
    }
    // Alt turns the wheel sideways on some platforms.
    const QPoint delta = event->angleDelta();
    const double notches = (delta.y() != 0 ? delta.y() : delta.x()) / kWheelNotch;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastWheelMs > kWheelGestureMs)
        m_wheelGesture = newGesture();
    m_lastWheelMs = now;
    setSelectedBand(band);
    edit(band, widened(m_bands[static_cast<std::size_t>(band)], notches), m_wheelGesture);
    event->accept();
}

void EqCurveView::contextMenuEvent(QContextMenuEvent* event) {
    const int band = bandAt(event->pos());
    if (band < 0)
        return;
    setSelectedBand(band);
    const EqBand current = m_bands[static_cast<std::size_t>(band)];
    QMenu menu(this);
    menu.addSection(tr("Shape"));
    for (const EqShape shape : kEqShapes) {
        QAction* action = menu.addAction(EqBandText::shapeName(shape), [this, band, current, shape] {
            EqBand edited = current;
            edited.shape = shape;
            edit(band, edited, -1);
        });
        action->setCheckable(true);
        action->setChecked(shape == current.shape);
    }
    menu.addSection(tr("Placement"));
    for (const Placement placement : kPlacements) {
        QAction* action = menu.addAction(EqBandText::placementName(placement), [this, band, current, placement] {
            EqBand edited = current;
            edited.placement = placement;
            edit(band, edited, -1);
        });
        action->setCheckable(true);
        action->setChecked(placement == current.placement);
    }
    menu.addSeparator();
    QAction* enabled = menu.addAction(tr("Enabled"), [this, band, current] {
        EqBand edited = current;
        edited.enabled = !edited.enabled;
        edit(band, edited, -1);
    });
    enabled->setCheckable(true);
    enabled->setChecked(current.enabled);
    menu.addAction(tr("Delete Band"), [this, band] { emit bandRemoved(band); });
    menu.exec(event->globalPos());
}

void EqCurveView::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_selected >= 0) {
        emit bandRemoved(m_selected);
        return;
    }
    QWidget::keyPressEvent(event);
}

void EqCurveView::leaveEvent(QEvent*) {
    if (m_drag == Drag::None)
        setHovered(-1);
}

// ---- painting ----

void EqCurveView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF plot = plotRect();
    painter.fillRect(plot, kBack);
    paintGrid(painter, plot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.save();
    painter.setClipRect(plot);
    paintSpectra(painter, plot);
    paintBandFills(painter, plot);
    paintCurves(painter, plot);
    painter.restore();
    paintNodes(painter);
    paintReadout(painter, plot);
    painter.setPen(kGridMajor);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
}

void EqCurveView::paintGrid(QPainter& painter, const QRectF& plot) const {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    painter.setFont(small);
    // Every 1-2-...-9 step of each decade faintly, the labelled ones stronger.
    for (double decade = 10.0; decade < kHighHz; decade *= 10.0)
        for (int step = 1; step <= 9; ++step) {
            const double hz = decade * step;
            if (hz < kLowHz || hz > kHighHz)
                continue;
            painter.setPen(kGridMinor);
            painter.drawLine(QPointF(xForHz(hz), plot.top()), QPointF(xForHz(hz), plot.bottom()));
        }
    for (const double hz : kLabelledHz) {
        const double x = xForHz(hz);
        painter.setPen(kGridMajor);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(kLabels);
        painter.drawText(QRectF(x - 22, plot.bottom() + 3, 44, kBottomMargin - 4), Qt::AlignCenter, FrequencyAxis::tickLabel(hz));
    }
    const double step = m_rangeDb <= 6.0 ? 1.0 : m_rangeDb <= 12.0 ? 3.0 : m_rangeDb <= 18.0 ? 3.0 : 6.0;
    for (double db = -m_rangeDb; db <= m_rangeDb + 1e-9; db += step) {
        const double y = yForDb(db);
        const bool zero = std::abs(db) < 1e-9;
        painter.setPen(zero ? kZeroLine : kGridMajor);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        if (std::abs(std::abs(db) - m_rangeDb) < 1e-9 && !zero)
            continue;  // the edge values sit on the frame; the range is in the panel
        painter.setPen(zero ? QColor(0xc8, 0xcd, 0xd3) : kLabels);
        const QString text = db > 0 ? QStringLiteral("+%1").arg(db) : QString::number(db);
        painter.drawText(QRectF(0, y - 8, kLeftMargin - 6, 16), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    // The spectrum's own scale, on the right.
    painter.setPen(kDimLabels);
    for (const double db : kSpectrumLabelsDb) {
        const double fraction = (db - kSpectrumFloorDb) / (kSpectrumTopDb - kSpectrumFloorDb);
        const double y = plot.bottom() - fraction * plot.height();
        painter.drawText(QRectF(plot.right() + 4, y - 8, kRightMargin - 6, 16), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(static_cast<int>(db)));
    }
}

void EqCurveView::paintSpectra(QPainter& painter, const QRectF& plot) const {
    const std::array<MonitorSource, 2> sources{MonitorSource::Mix, MonitorSource::Master};
    for (std::size_t s = 0; s < m_spectra.size(); ++s) {
        const SpectrumTrace& trace = m_spectra[s];
        if (!trace.visible() || trace.columns() == 0)
            continue;
        const QColor colour = TransportBar::monitorColour(sources[s]);
        QPainterPath line;
        for (std::size_t column = 0; column < trace.columns(); ++column) {
            const double level = std::clamp(trace.level()[column], kSpectrumFloorDb, kSpectrumTopDb);
            const double fraction = (level - kSpectrumFloorDb) / (kSpectrumTopDb - kSpectrumFloorDb);
            const QPointF point(plot.left() + static_cast<double>(column) + 0.5, plot.bottom() - fraction * plot.height());
            column == 0 ? line.moveTo(point) : line.lineTo(point);
        }
        QPainterPath area = line;
        area.lineTo(plot.right(), plot.bottom());
        area.lineTo(plot.left(), plot.bottom());
        area.closeSubpath();
        // The mix as an outline, the master as a body fading towards the floor, both
        // quiet enough that the EQ curve stays the brightest thing on screen.
        if (sources[s] == MonitorSource::Master) {
            QLinearGradient body(0.0, plot.top(), 0.0, plot.bottom());
            body.setColorAt(0.0, withAlpha(colour, 48));
            body.setColorAt(1.0, withAlpha(colour, 6));
            painter.fillPath(area, body);
        }
        painter.setPen(QPen(withAlpha(colour, sources[s] == MonitorSource::Master ? 130 : 120), 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line);
    }
}

QPainterPath EqCurveView::responsePath(const std::function<double(double)>& db, const QRectF& plot) const {
    QPainterPath path;
    const double top = yForDb(m_rangeDb) - 40.0;
    const double bottom = yForDb(-m_rangeDb) + 40.0;
    for (double x = plot.left(); x <= plot.right() + 0.5; x += 1.0) {
        const QPointF point(x, std::clamp(yForDb(db(hzAtX(x))), top, bottom));
        x == plot.left() ? path.moveTo(point) : path.lineTo(point);
    }
    return path;
}

void EqCurveView::paintBandFills(QPainter& painter, const QRectF& plot) const {
    const double zero = yForDb(0.0);
    for (int i = 0; i < static_cast<int>(m_bands.size()); ++i) {
        const EqBand& band = m_bands[static_cast<std::size_t>(i)];
        if (!band.enabled && i != m_selected)
            continue;
        const bool selected = i == m_selected;
        const QColor colour = band.enabled ? pathColour(band.placement) : kDisabled;
        QPainterPath curve = responsePath([this, i](double hz) { return bandResponseDb(i, hz); }, plot);
        QPainterPath area = curve;
        area.lineTo(plot.right() + 1, zero);
        area.lineTo(plot.left(), zero);
        area.closeSubpath();
        painter.fillPath(area, withAlpha(colour, selected ? 52 : 20));
        painter.setPen(QPen(withAlpha(colour, selected ? 150 : 60), 1.0, band.enabled ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(curve);
    }
}

void EqCurveView::paintCurves(QPainter& painter, const QRectF& plot) const {
    const std::vector<Placement> paths = curvePaths();
    painter.setBrush(Qt::NoBrush);
    if (paths.empty()) {
        const QPainterPath curve = responsePath([this](double hz) { return responseDb(hz); }, plot);
        painter.setPen(QPen(withAlpha(pathColour(Placement::Stereo), 60), 6.0));
        painter.drawPath(curve);  // a soft glow under the line
        painter.setPen(QPen(pathColour(Placement::Stereo), 2.2));
        painter.drawPath(curve);
        return;
    }
    for (const Placement path : paths) {
        const QPainterPath curve = responsePath([this, path](double hz) { return responseDb(hz, path); }, plot);
        painter.setPen(QPen(withAlpha(pathColour(path), 55), 6.0));
        painter.drawPath(curve);
        painter.setPen(QPen(pathColour(path), 2.0));
        painter.drawPath(curve);
    }
    // Which curve is which.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    small.setBold(true);
    painter.setFont(small);
    double x = plot.left() + 10.0;
    for (const Placement path : paths) {
        painter.setPen(QPen(pathColour(path), 2.0));
        painter.drawLine(QPointF(x, plot.top() + 12), QPointF(x + 14, plot.top() + 12));
        painter.drawText(QRectF(x + 18, plot.top() + 4, 60, 16), Qt::AlignLeft | Qt::AlignVCenter,
                         EqBandText::placementName(path));
        x += 26.0 + painter.fontMetrics().horizontalAdvance(EqBandText::placementName(path)) + 12.0;
    }
}

void EqCurveView::paintNodes(QPainter& painter) const {
    QFont label = font();
    label.setPointSizeF(label.pointSizeF() * 0.78);
    label.setBold(true);
    painter.setFont(label);
    for (int i = 0; i < static_cast<int>(m_bands.size()); ++i) {
        const EqBand& band = m_bands[static_cast<std::size_t>(i)];
        const QPointF centre = nodePosition(i);
        const bool selected = i == m_selected;
        const bool hovered = i == m_hovered;
        const QColor colour = band.enabled ? pathColour(band.placement) : kDisabled;
        const double radius = kNodeRadius + (selected || hovered ? 1.5 : 0.0);
        if (selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(withAlpha(colour, 70));
            painter.drawEllipse(centre, radius + 5.0, radius + 5.0);
        }
        painter.setPen(QPen(selected ? QColor(Qt::white) : colour.lighter(115), selected ? 2.0 : 1.5,
                            band.enabled ? Qt::SolidLine : Qt::DotLine));
        painter.setBrush(band.enabled ? (selected ? colour : withAlpha(colour.darker(260), 235)) : QColor(0x1c, 0x1f, 0x23));
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(selected && band.enabled ? QColor(0x10, 0x12, 0x15) : colour.lighter(130));
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         QString::number(i + 1));
    }
}

void EqCurveView::paintReadout(QPainter& painter, const QRectF& plot) const {
    const int band = m_drag != Drag::None ? m_dragBand : m_hovered;
    if (band < 0 || band >= static_cast<int>(m_bands.size()))
        return;
    const EqBand& b = m_bands[static_cast<std::size_t>(band)];
    const QStringList lines = EqBandText::summary(band + 1, b);
    QFont text = font();
    text.setPointSizeF(text.pointSizeF() * 0.88);
    painter.setFont(text);
    const QFontMetrics metrics(text);
    double widest = 0.0;
    for (const QString& line : lines)
        widest = std::max(widest, static_cast<double>(metrics.horizontalAdvance(line)));
    const QSizeF size(widest + 16.0, lines.size() * metrics.height() + 10.0);
    const QPointF node = nodePosition(band);
    QPointF corner(node.x() + 16.0, node.y() - size.height() - 10.0);
    if (corner.x() + size.width() > plot.right())
        corner.setX(node.x() - 16.0 - size.width());
    if (corner.y() < plot.top())
        corner.setY(node.y() + 14.0);
    const QRectF box(corner, size);
    painter.setPen(QPen(withAlpha(pathColour(b.placement), 160), 1.0));
    painter.setBrush(QColor(0x16, 0x19, 0x1d, 235));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0xe6, 0xe8, 0xeb));
    double y = box.top() + 5.0;
    for (int i = 0; i < lines.size(); ++i) {
        painter.setPen(i == 0 ? pathColour(b.placement) : QColor(0xe6, 0xe8, 0xeb));
        painter.drawText(QRectF(box.left() + 8.0, y, widest, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         lines[i]);
        y += metrics.height();
    }
}

}  // namespace lathe::ui
