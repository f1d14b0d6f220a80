#pragma once

#include "AlbumLayout.h"
#include "ProjectDocument.h"

#include <QWidget>

class QScrollBar;

namespace lathe::ui {

class Transport;
class WaveformStore;

// The album on one time axis, as a CD montage: every track's stereo waveform at its
// place, the gaps between them, fades (drag the handle to change the length, right
// click for the curve), crossfades (drag a track's start over the previous one), CD
// index markers, the play head and a loop region (drag in the ruler). With DDP
// enabled every edit snaps to CD frames. Wheel scrolls, Ctrl+wheel or +/- zooms.
class AlbumTimelineView : public QWidget {
    Q_OBJECT
public:
    AlbumTimelineView(ProjectDocument* document, WaveformStore* waveforms, Transport* transport,
                      QWidget* parent = nullptr);

    const AlbumLayout& layout() const { return m_layout; }
    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    double xForSeconds(double seconds) const;
    double secondsAtX(double x) const;
    // Geometry for tests and for the window's overlays.
    QRect rulerRect() const;
    QRect laneRect() const;
    QRectF clipRect(int track) const;
    QPointF fadeHandle(int track, FadeEdge edge) const;

public slots:
    void zoomToFit();
    void zoomBy(double factor, double anchorSeconds);
    void scrollToSeconds(double leftEdge);

signals:
    void trackActivated(int track);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    enum class Gesture { None, Seek, Loop, Clip, Fade };
    struct FadeHit {
        int track = -1;
        FadeEdge edge = FadeEdge::In;
    };

    void relayout();
    void movePlayHead(double seconds);
    bool allLengthsKnown() const;
    void updateScrollBar();
    double snapped(double seconds) const;
    double visibleSeconds() const;
    FadeHit fadeAt(QPointF point) const;
    void paintRuler(QPainter& painter) const;
    void paintMarkers(QPainter& painter) const;
    void paintTrack(QPainter& painter, int track) const;
    void paintWaveform(QPainter& painter, int track, const QRectF& clip) const;
    void paintFades(QPainter& painter, int track, const QRectF& clip) const;
    void paintGap(QPainter& painter, int track) const;
    void paintOverlays(QPainter& painter) const;
    double envelopeAt(const Track& track, const TrackPlacement& placement, double seconds) const;

    ProjectDocument* m_document;
    WaveformStore* m_waveforms;
    Transport* m_transport;
    QScrollBar* m_scrollBar;
    AlbumLayout m_layout;
    double m_pixelsPerSecond = 10.0;
    double m_scrollSeconds = 0.0;
    bool m_fitPending = true;

    Gesture m_gesture = Gesture::None;
    QPointF m_pressPoint;
    double m_pressSeconds = 0.0;
    int m_dragTrack = -1;
    FadeEdge m_dragEdge = FadeEdge::In;
    double m_dragOrigin = 0.0;
    int m_gestureId = 0;
    mutable double m_drawnPlayHeadX = 0.0;
};

}  // namespace lathe::ui
