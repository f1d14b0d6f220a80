#include "AlbumTimelineView.h"

#include "timeline/FadeShapes.h"
#include "TimeFormat.h"
#include "TrackListModel.h"
#include "Transport.h"
#include "WaveformStore.h"

#include "core/Decibels.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <array>
#include <cmath>

namespace lathe::ui {
namespace {

constexpr int kRulerHeight = 26;
constexpr int kMarkerHeight = 20;
constexpr int kLaneMargin = 10;
constexpr int kClipTitleHeight = 18;
constexpr double kHandleRadius = 5.0;
constexpr double kHandleGrab = 8.0;
constexpr double kDragThreshold = 4.0;
constexpr double kMinPixelsPerSecond = 0.05;
constexpr double kMaxPixelsPerSecond = 4000.0;
constexpr double kZoomStep = 1.25;
constexpr double kScrollFraction = 0.1;
constexpr double kWheelNotch = 120.0;
constexpr int kScrollResolution = 1000;  // scroll bar units per second
constexpr double kMinRulerTickPixels = 90.0;
constexpr double kFitMargin = 1.03;
constexpr int kPlayHeadStripHalfWidth = 8;

const QColor kBackground(0x16, 0x18, 0x1b);
const QColor kRulerBackground(0x20, 0x23, 0x27);
const QColor kRulerText(0xa8, 0xae, 0xb8);
const QColor kGrid(0x2a, 0x2e, 0x33);
const std::array<QColor, 2> kClipBackground{QColor(0x1f, 0x2b, 0x30), QColor(0x22, 0x27, 0x33)};
const QColor kClipBorder(0x3a, 0x4a, 0x52);
const QColor kWaveform(0x4f, 0xc3, 0xa1);
const QColor kClipTitle(0xd8, 0xdc, 0xe2);
const QColor kFadeLine(0xf2, 0xc1, 0x4e);
const QColor kGapHatch(0x2c, 0x30, 0x35);
const QColor kMarker(0xf2, 0xc1, 0x4e);
const QColor kIndexZero(0x8a, 0x90, 0x99);
const QColor kPlayHead(0xff, 0x55, 0x44);
const QColor kLoopFill(0x3d, 0xa5, 0xd9, 0x38);
const QColor kLoopEdge(0x3d, 0xa5, 0xd9);
const QColor kPending(0x8a, 0x90, 0x99);

double niceRulerStep(double pixelsPerSecond) {
    static constexpr std::array<double, 14> kSteps{0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300};
    for (const double step : kSteps)
        if (step * pixelsPerSecond >= kMinRulerTickPixels)
            return step;
    return 600.0;
}

QString rulerLabel(double seconds, double step) {
    const int minutes = static_cast<int>(seconds / 60.0);
    const double rest = seconds - minutes * 60.0;
    const int decimals = step >= 1.0 ? 0 : (step >= 0.1 ? 1 : 2);
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, decimals > 0 ? 3 + decimals : 2, 'f', decimals,
                                                   QLatin1Char('0'));
}

}  // namespace

AlbumTimelineView::AlbumTimelineView(ProjectDocument* document, WaveformStore* waveforms, Transport* transport,
                                     QWidget* parent)
    : QWidget(parent), m_document(document), m_waveforms(waveforms), m_transport(transport),
      m_scrollBar(new QScrollBar(Qt::Horizontal, this)) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumHeight(kRulerHeight + kMarkerHeight + 4 * kClipTitleHeight);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_document, &ProjectDocument::changed, this, &AlbumTimelineView::relayout);
    connect(m_document, &ProjectDocument::opened, this, [this] { m_fitPending = true; });
    connect(m_waveforms, &WaveformStore::ready, this, &AlbumTimelineView::relayout);
    connect(m_transport, &Transport::positionChanged, this, &AlbumTimelineView::movePlayHead);
    connect(m_transport, &Transport::loopChanged, this, qOverload<>(&QWidget::update));
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        m_scrollSeconds = static_cast<double>(value) / kScrollResolution;
        update();
    });
    relayout();
}

void AlbumTimelineView::relayout() {
    m_layout = AlbumLayout::compute(m_document->project(), [this](const Track& track) {
        return m_waveforms->seconds(sourceKey(track));
    });
    m_transport->setLength(m_layout.totalSeconds);
    if (m_fitPending && allLengthsKnown()) {
        m_fitPending = false;
        zoomToFit();
        return;
    }
    updateScrollBar();
    update();
}

bool AlbumTimelineView::allLengthsKnown() const {
    return width() > 0 && !m_layout.tracks.empty() &&
           std::all_of(m_layout.tracks.begin(), m_layout.tracks.end(),
                       [](const TrackPlacement& placement) { return placement.lengthKnown; });
}

// While playing this runs 60 times a second: repaint only the strips the play head
// leaves and enters, not the waveforms in between.
void AlbumTimelineView::movePlayHead(double seconds) {
    const auto strip = [this](double x) {
        return QRect(static_cast<int>(x) - kPlayHeadStripHalfWidth, 0, 2 * kPlayHeadStripHalfWidth, height());
    };
    update(strip(m_drawnPlayHeadX));
    m_drawnPlayHeadX = xForSeconds(seconds);
    update(strip(m_drawnPlayHeadX));
}

double AlbumTimelineView::visibleSeconds() const { return width() / m_pixelsPerSecond; }

void AlbumTimelineView::updateScrollBar() {
    const double slack = std::max(0.0, m_layout.totalSeconds * kFitMargin - visibleSeconds());
    const QSignalBlocker block(m_scrollBar);
    m_scrollBar->setRange(0, static_cast<int>(slack * kScrollResolution));
    m_scrollBar->setPageStep(static_cast<int>(visibleSeconds() * kScrollResolution));
    m_scrollSeconds = std::clamp(m_scrollSeconds, 0.0, slack);
    m_scrollBar->setValue(static_cast<int>(m_scrollSeconds * kScrollResolution));
}

double AlbumTimelineView::xForSeconds(double seconds) const { return (seconds - m_scrollSeconds) * m_pixelsPerSecond; }
double AlbumTimelineView::secondsAtX(double x) const { return m_scrollSeconds + x / m_pixelsPerSecond; }

QRect AlbumTimelineView::rulerRect() const { return {0, 0, width(), kRulerHeight}; }

QRect AlbumTimelineView::laneRect() const {
    const int top = kRulerHeight + kMarkerHeight + kLaneMargin;
    const int bottom = height() - m_scrollBar->sizeHint().height() - kLaneMargin;
    return {0, top, width(), std::max(kClipTitleHeight * 2, bottom - top)};
}

QRectF AlbumTimelineView::clipRect(int track) const {
    const auto& placement = m_layout.tracks.at(static_cast<std::size_t>(track));
    const QRect lane = laneRect();
    const double left = xForSeconds(placement.audioStart);
    return {left, static_cast<double>(lane.top()), xForSeconds(placement.audioEnd) - left,
            static_cast<double>(lane.height())};
}

QPointF AlbumTimelineView::fadeHandle(int track, FadeEdge edge) const {
    const Track& t = m_document->project().tracks.at(static_cast<std::size_t>(track));
    const auto& placement = m_layout.tracks.at(static_cast<std::size_t>(track));
    const double seconds = edge == FadeEdge::In ? placement.audioStart + t.fadeIn.lengthSeconds
                                                : placement.audioEnd - t.fadeOut.lengthSeconds;
    return {xForSeconds(seconds), clipRect(track).top() + kClipTitleHeight};
}

double AlbumTimelineView::snapped(double seconds) const {
    return m_document->project().exports.ddp.enabled ? snapToCdFrame(seconds) : seconds;
}

void AlbumTimelineView::zoomToFit() {
    const double total = std::max(1.0, m_layout.totalSeconds * kFitMargin);
    m_pixelsPerSecond = std::clamp(width() / total, kMinPixelsPerSecond, kMaxPixelsPerSecond);
    m_scrollSeconds = 0.0;
    updateScrollBar();
    update();
}

void AlbumTimelineView::zoomBy(double factor, double anchorSeconds) {
    const double anchorX = xForSeconds(anchorSeconds);
    m_pixelsPerSecond = std::clamp(m_pixelsPerSecond * factor, kMinPixelsPerSecond, kMaxPixelsPerSecond);
    m_scrollSeconds = std::max(0.0, anchorSeconds - anchorX / m_pixelsPerSecond);
    updateScrollBar();
    update();
}

void AlbumTimelineView::scrollToSeconds(double leftEdge) {
    m_scrollSeconds = std::max(0.0, leftEdge);
    updateScrollBar();
    update();
}

void AlbumTimelineView::resizeEvent(QResizeEvent*) {
    const int barHeight = m_scrollBar->sizeHint().height();
    m_scrollBar->setGeometry(0, height() - barHeight, width(), barHeight);
    if (m_fitPending && allLengthsKnown()) {
        m_fitPending = false;
        zoomToFit();
    }
    updateScrollBar();
}

// ---- painting ---------------------------------------------------------------------

void AlbumTimelineView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    const QRect lane = laneRect();
    // Vertical grid continues the ruler's ticks through the lane.
    const double step = niceRulerStep(m_pixelsPerSecond);
    painter.setPen(kGrid);
    for (double t = std::floor(m_scrollSeconds / step) * step; xForSeconds(t) < width(); t += step)
        painter.drawLine(QPointF(xForSeconds(t), kRulerHeight), QPointF(xForSeconds(t), lane.bottom()));
    for (int i = 0; i < static_cast<int>(m_layout.tracks.size()); ++i)
        paintGap(painter, i);
    for (int i = 0; i < static_cast<int>(m_layout.tracks.size()); ++i)
        paintTrack(painter, i);
    paintRuler(painter);
    paintMarkers(painter);
    paintOverlays(painter);
}

void AlbumTimelineView::paintRuler(QPainter& painter) const {
    const QRect ruler = rulerRect();
    painter.fillRect(ruler, kRulerBackground);
    const double step = niceRulerStep(m_pixelsPerSecond);
    const double minor = step / 5.0;
    painter.setPen(kRulerText);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    for (double t = std::floor(m_scrollSeconds / minor) * minor; xForSeconds(t) < width(); t += minor) {
        const double x = xForSeconds(t);
        const bool major = std::fabs(std::remainder(t, step)) < minor / 2.0;
        painter.drawLine(QPointF(x, ruler.bottom() - (major ? 10 : 4)), QPointF(x, ruler.bottom()));
        if (major)
            painter.drawText(QPointF(x + 3, ruler.top() + 12), rulerLabel(std::max(0.0, t), step));
    }
}

void AlbumTimelineView::paintMarkers(QPainter& painter) const {
    const QRect strip(0, kRulerHeight, width(), kMarkerHeight);
    painter.fillRect(strip, kBackground.darker(110));
    const Project& project = m_document->project();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    for (std::size_t i = 0; i < m_layout.tracks.size(); ++i) {
        const auto& placement = m_layout.tracks[i];
        const Track& track = project.tracks[i];
        if (placement.audioStart > placement.start) {
            // Index 0: the start of the pause before the track.
            const double x0 = xForSeconds(snapped(placement.start));
            painter.setPen(kIndexZero);
            painter.drawLine(QPointF(x0, strip.top() + 3), QPointF(x0, strip.bottom()));
        }
        const double x1 = xForSeconds(snapped(placement.audioStart));
        QPainterPath flag;
        flag.moveTo(x1, strip.top() + 2);
        flag.lineTo(x1 + 22, strip.top() + 2);
        flag.lineTo(x1 + 26, strip.center().y());
        flag.lineTo(x1 + 22, strip.bottom() - 2);
        flag.lineTo(x1, strip.bottom() - 2);
        flag.closeSubpath();
        painter.fillPath(flag, kMarker);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x1, strip.top() + 2, 22, strip.height() - 4), Qt::AlignCenter,
                         QString::number(i + 1));
        painter.setPen(kMarker);
        for (std::size_t m = 0; m < track.indexMarksSeconds.size(); ++m) {
            const double x = xForSeconds(snapped(placement.audioStart + track.indexMarksSeconds[m]));
            painter.drawLine(QPointF(x, strip.top() + 3), QPointF(x, strip.bottom()));
            painter.drawText(QPointF(x + 3, strip.bottom() - 4), QString::number(m + 2));
        }
    }
}

void AlbumTimelineView::paintGap(QPainter& painter, int track) const {
    const auto& placement = m_layout.tracks[static_cast<std::size_t>(track)];
    if (placement.audioStart <= placement.start)
        return;
    const QRect lane = laneRect();
    const QRectF gap(QPointF(xForSeconds(placement.start), lane.top() + kClipTitleHeight),
                     QPointF(xForSeconds(placement.audioStart), lane.bottom()));
    if (gap.right() < 0 || gap.left() > width())
        return;
    painter.fillRect(gap, QBrush(kGapHatch, Qt::BDiagPattern));
    if (gap.width() > 40) {
        painter.setPen(kRulerText);
        painter.drawText(gap, Qt::AlignCenter,
                         tr("%1 s").arg(placement.audioStart - placement.start, 0, 'f', 2));
    }
}

void AlbumTimelineView::paintTrack(QPainter& painter, int track) const {
    const QRectF clip = clipRect(track);
    if (clip.right() < 0 || clip.left() > width())
        return;
    const Track& t = m_document->project().tracks[static_cast<std::size_t>(track)];
    const bool overlapsPrevious = track > 0 && t.crossfadeSeconds > 0.0;
    painter.save();
    painter.setOpacity(overlapsPrevious ? 0.85 : 1.0);
    painter.fillRect(clip, kClipBackground[static_cast<std::size_t>(track) % kClipBackground.size()]);
    painter.setPen(kClipBorder);
    painter.drawRect(clip);
    const QRectF title(clip.left() + 4, clip.top(), clip.width() - 8, kClipTitleHeight);
    painter.setPen(kClipTitle);
    const QString name = QStringLiteral("%1  %2").arg(track + 1).arg(QString::fromStdString(t.text.title));
    painter.drawText(title, Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(name, Qt::ElideRight, static_cast<int>(title.width())));
    painter.restore();
    paintWaveform(painter, track, clip);
    paintFades(painter, track, clip);
}

double AlbumTimelineView::envelopeAt(const Track& track, const TrackPlacement& placement, double seconds) const {
    double gain = dbToGain(track.gainDb);
    if (track.fadeIn.lengthSeconds > 0.0 && seconds < placement.audioStart + track.fadeIn.lengthSeconds)
        gain *= fades::fadeInGain(track.fadeIn.curve, (seconds - placement.audioStart) / track.fadeIn.lengthSeconds);
    if (track.fadeOut.lengthSeconds > 0.0 && seconds > placement.audioEnd - track.fadeOut.lengthSeconds)
        gain *= fades::fadeInGain(track.fadeOut.curve, (placement.audioEnd - seconds) / track.fadeOut.lengthSeconds);
    return gain;
}

void AlbumTimelineView::paintWaveform(QPainter& painter, int track, const QRectF& clip) const {
    const Track& t = m_document->project().tracks[static_cast<std::size_t>(track)];
    const auto& placement = m_layout.tracks[static_cast<std::size_t>(track)];
    const QRectF body(clip.left(), clip.top() + kClipTitleHeight, clip.width(), clip.height() - kClipTitleHeight);
    const auto pyramid = m_waveforms->pyramid(sourceKey(t));
    if (!pyramid) {
        const QString error = m_waveforms->error(sourceKey(t));
        painter.setPen(error.isEmpty() ? kPending : kPlayHead);
        painter.drawText(body.adjusted(6, 0, -6, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         error.isEmpty() ? tr("reading…") : tr("cannot read the source: %1").arg(error));
        return;
    }
    const int channels = pyramid->channels();
    const double laneHeight = body.height() / channels;
    const double rate = pyramid->sampleRate();
    const int firstX = std::max(0, static_cast<int>(std::floor(body.left())));
    const int lastX = std::min(width(), static_cast<int>(std::ceil(body.right())));
    painter.save();
    painter.setClipRect(body);
    for (int ch = 0; ch < channels; ++ch) {
        const double centre = body.top() + laneHeight * (ch + 0.5);
        const double scale = laneHeight * 0.47;
        painter.setPen(kGrid);
        painter.drawLine(QPointF(body.left(), centre), QPointF(body.right(), centre));
        painter.setPen(kWaveform);
        for (int x = firstX; x < lastX; ++x) {
            const double t0 = secondsAtX(x);
            const double t1 = secondsAtX(x + 1);
            const auto frame = [&](double s) {
                return static_cast<std::int64_t>((s - placement.audioStart + t.trimStartSeconds) * rate);
            };
            const PeakPair peak = pyramid->range(ch, frame(t0), std::max(frame(t1), frame(t0) + 1));
            const double gain = envelopeAt(t, placement, (t0 + t1) / 2.0);
            const double top = centre - std::clamp(peak.max * gain, -1.0, 1.0) * scale;
            const double bottom = centre - std::clamp(peak.min * gain, -1.0, 1.0) * scale;
            painter.drawLine(QPointF(x + 0.5, top), QPointF(x + 0.5, std::max(bottom, top + 1.0)));
        }
    }
    painter.restore();
}

void AlbumTimelineView::paintFades(QPainter& painter, int track, const QRectF& clip) const {
    const Track& t = m_document->project().tracks[static_cast<std::size_t>(track)];
    const double top = clip.top() + kClipTitleHeight;
    const double height = clip.bottom() - top;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto drawCurve = [&](const Fade& fade, FadeEdge edge) {
        const double length = fade.lengthSeconds * m_pixelsPerSecond;
        const double start = edge == FadeEdge::In ? clip.left() : clip.right() - length;
        if (length >= 1.0) {
            QPainterPath path;
            constexpr int kPoints = 48;
            for (int i = 0; i <= kPoints; ++i) {
                const double p = static_cast<double>(i) / kPoints;
                const double gain = fades::fadeInGain(fade.curve, edge == FadeEdge::In ? p : 1.0 - p);
                const QPointF point(start + p * length, top + (1.0 - gain) * height);
                i == 0 ? path.moveTo(point) : path.lineTo(point);
            }
            painter.setPen(QPen(kFadeLine, 1.5));
            painter.drawPath(path);
        }
        const QPointF handle = fadeHandle(track, edge);
        painter.setPen(QPen(Qt::black, 1));
        painter.setBrush(kFadeLine);
        painter.drawRect(QRectF(handle.x() - kHandleRadius, handle.y() - kHandleRadius, 2 * kHandleRadius,
                                2 * kHandleRadius));
    };
    drawCurve(t.fadeIn, FadeEdge::In);
    drawCurve(t.fadeOut, FadeEdge::Out);
    painter.restore();
}

void AlbumTimelineView::paintOverlays(QPainter& painter) const {
    const QRect lane = laneRect();
    if (m_transport->hasLoopRange()) {
        const QRectF loop(QPointF(xForSeconds(m_transport->loopStart()), 0),
                          QPointF(xForSeconds(m_transport->loopEnd()), lane.bottom()));
        painter.fillRect(loop, m_transport->isLooping() ? kLoopFill : QColor(kLoopFill.red(), kLoopFill.green(),
                                                                              kLoopFill.blue(), kLoopFill.alpha() / 2));
        painter.setPen(kLoopEdge);
        painter.drawLine(loop.topLeft(), QPointF(loop.left(), kRulerHeight));
        painter.drawLine(loop.topRight(), QPointF(loop.right(), kRulerHeight));
        painter.fillRect(QRectF(loop.left(), 0, loop.width(), 3), kLoopEdge);
    }
    const double x = xForSeconds(m_transport->position());
    m_drawnPlayHeadX = x;
    painter.setPen(QPen(kPlayHead, 1.5));
    painter.drawLine(QPointF(x, 0), QPointF(x, lane.bottom()));
    QPainterPath head;
    head.moveTo(x - 6, 0);
    head.lineTo(x + 6, 0);
    head.lineTo(x, 8);
    head.closeSubpath();
    painter.fillPath(head, kPlayHead);
}

// ---- interaction ------------------------------------------------------------------

AlbumTimelineView::FadeHit AlbumTimelineView::fadeAt(QPointF point) const {
    for (int i = static_cast<int>(m_layout.tracks.size()) - 1; i >= 0; --i)
        for (const FadeEdge edge : {FadeEdge::Out, FadeEdge::In})
            if (QLineF(point, fadeHandle(i, edge)).length() <= kHandleGrab)
                return {i, edge};
    return {};
}

void AlbumTimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    setFocus();
    m_pressPoint = event->position();
    m_pressSeconds = secondsAtX(m_pressPoint.x());
    ++m_gestureId;
    if (rulerRect().contains(event->position().toPoint())) {
        m_gesture = Gesture::Loop;
        return;
    }
    if (const FadeHit hit = fadeAt(m_pressPoint); hit.track >= 0) {
        m_gesture = Gesture::Fade;
        m_dragTrack = hit.track;
        m_dragEdge = hit.edge;
        return;
    }
    m_gesture = Gesture::Seek;
    m_dragTrack = laneRect().contains(m_pressPoint.toPoint()) ? m_layout.trackAt(m_pressSeconds) : -1;
    if (m_dragTrack >= 0) {
        const Track& track = m_document->project().tracks[static_cast<std::size_t>(m_dragTrack)];
        m_dragOrigin = track.crossfadeSeconds > 0.0 ? -track.crossfadeSeconds : track.pregapSeconds;
    }
}

void AlbumTimelineView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF point = event->position();
    if (m_gesture == Gesture::None) {
        const bool overHandle = fadeAt(point).track >= 0;
        setCursor(overHandle ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    const double seconds = secondsAtX(point.x());
    const bool moved = std::fabs(point.x() - m_pressPoint.x()) >= kDragThreshold;
    switch (m_gesture) {
    case Gesture::Loop:
        if (moved) {
            m_transport->setLoopRange(snapped(m_pressSeconds), snapped(seconds));
            m_transport->setLooping(true);
        }
        break;
    case Gesture::Fade: {
        const auto& placement = m_layout.tracks[static_cast<std::size_t>(m_dragTrack)];
        const double length = m_dragEdge == FadeEdge::In ? seconds - placement.audioStart
                                                         : placement.audioEnd - seconds;
        m_document->setFadeLength(m_dragTrack, m_dragEdge, std::clamp(snapped(length), 0.0, placement.length()),
                                  m_gestureId);
        break;
    }
    case Gesture::Seek:
        if (moved && m_dragTrack >= 0)
            m_gesture = Gesture::Clip;
        else
            break;
        [[fallthrough]];
    case Gesture::Clip: {
        const double offset = snapped(m_dragOrigin + seconds - m_pressSeconds);
        // A crossfade cannot be longer than either track it joins.
        double longest = m_layout.tracks[static_cast<std::size_t>(m_dragTrack)].length();
        if (m_dragTrack > 0)
            longest = std::min(longest, m_layout.tracks[static_cast<std::size_t>(m_dragTrack - 1)].length());
        m_document->setTrackOffset(m_dragTrack, std::max(offset, -longest), m_gestureId);
        break;
    }
    case Gesture::None: break;
    }
}

void AlbumTimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const bool moved = std::fabs(event->position().x() - m_pressPoint.x()) >= kDragThreshold;
    if ((m_gesture == Gesture::Seek || m_gesture == Gesture::Loop) && !moved) {
        m_transport->seek(snapped(m_pressSeconds));
        if (m_dragTrack >= 0)
            emit trackActivated(m_dragTrack);
    }
    m_gesture = Gesture::None;
    m_dragTrack = -1;
}

void AlbumTimelineView::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / kWheelNotch;
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(kZoomStep, notches), secondsAtX(event->position().x()));
    } else {
        const double horizontal = (event->angleDelta().x() != 0 ? event->angleDelta().x() / kWheelNotch : notches);
        scrollToSeconds(m_scrollSeconds - horizontal * visibleSeconds() * kScrollFraction);
    }
    event->accept();
}

void AlbumTimelineView::keyPressEvent(QKeyEvent* event) {
    const double centre = secondsAtX(width() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(kZoomStep, m_transport->position()); break;
    case Qt::Key_Minus: zoomBy(1.0 / kZoomStep, centre); break;
    case Qt::Key_Left: scrollToSeconds(m_scrollSeconds - visibleSeconds() * kScrollFraction); break;
    case Qt::Key_Right: scrollToSeconds(m_scrollSeconds + visibleSeconds() * kScrollFraction); break;
    case Qt::Key_F: zoomToFit(); break;
    case Qt::Key_Home: m_transport->seek(0.0); scrollToSeconds(0.0); break;
    case Qt::Key_End: m_transport->seek(m_layout.totalSeconds); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void AlbumTimelineView::contextMenuEvent(QContextMenuEvent* event) {
    FadeHit hit = fadeAt(event->pos());
    if (hit.track < 0) {
        // Anywhere over a fade's region counts, not just its handle.
        const double seconds = secondsAtX(event->pos().x());
        const int track = m_layout.trackAt(seconds);
        if (track < 0)
            return;
        const Track& t = m_document->project().tracks[static_cast<std::size_t>(track)];
        const auto& placement = m_layout.tracks[static_cast<std::size_t>(track)];
        if (seconds <= placement.audioStart + t.fadeIn.lengthSeconds)
            hit = {track, FadeEdge::In};
        else if (seconds >= placement.audioEnd - t.fadeOut.lengthSeconds)
            hit = {track, FadeEdge::Out};
        else
            return;
    }
    const Track& t = m_document->project().tracks[static_cast<std::size_t>(hit.track)];
    const FadeCurve current = (hit.edge == FadeEdge::In ? t.fadeIn : t.fadeOut).curve;
    QMenu menu(this);
    menu.addSection(hit.edge == FadeEdge::In ? tr("Fade-in curve") : tr("Fade-out curve"));
    auto* group = new QActionGroup(&menu);
    for (const FadeCurve curve : {FadeCurve::Linear, FadeCurve::EqualPower, FadeCurve::Logarithmic,
                                  FadeCurve::Exponential, FadeCurve::SCurve}) {
        QAction* action = menu.addAction(fadeCurveName(curve));
        action->setCheckable(true);
        action->setChecked(curve == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, hit, curve] { m_document->setFadeCurve(hit.track, hit.edge, curve); });
    }
    menu.exec(event->globalPos());
}

}  // namespace lathe::ui
