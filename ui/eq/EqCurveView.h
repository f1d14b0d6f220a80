#pragma once

#include "FrequencyAxis.h"

#include "SpectrumTrace.h"

#include "dsp/ButterworthCutDesign.h"
#include "playback/MeterFrames.h"
#include "project/ModuleSettings.h"

#include <QWidget>
#include <array>
#include <optional>
#include <vector>

namespace lathe::ui {

// The EQ as a mastering engineer reads it: a log frequency axis 20 Hz – 20 kHz, a gain
// axis of ±6 to ±30 dB, the summed response computed from the same digital sections the
// engine runs (EqBandDesign at the project's sample rate), each band's own contribution
// faintly, one summed curve per channel path when bands are placed on mid/side or
// left/right, and the live spectra of the mix and the master underneath.
//
// Each band is a node: drag moves frequency and gain (cuts and notches: frequency only),
// the wheel or an Alt/Ctrl-drag changes Q (slope for cuts), a double-click on empty space
// adds a bell, a double-click on a node switches it on or off, the context menu changes
// shape and placement or deletes it. The view edits nothing itself: it asks through its
// signals, and shows what setBands() gives it.
class EqCurveView : public QWidget {
    Q_OBJECT
public:
    static constexpr double kLowHz = FrequencyAxis::kLowHz;
    static constexpr double kHighHz = FrequencyAxis::kHighHz;
    static constexpr std::array<double, 4> kRangesDb{6.0, 12.0, 18.0, 30.0};
    static constexpr double kDefaultRangeDb = 18.0;
    static constexpr double kSpectrumFloorDb = -96.0;
    static constexpr double kSpectrumTopDb = 0.0;
    static constexpr double kNodeRadius = 8.0;

    explicit EqCurveView(QWidget* parent = nullptr);

    // The bands to show, designed at `sampleRate` as the engine designs them.
    void setBands(const std::vector<EqBand>& bands, double sampleRate);
    const std::vector<EqBand>& bands() const { return m_bands; }
    double sampleRate() const { return m_sampleRate; }

    void setRangeDb(double rangeDb);
    double rangeDb() const { return m_rangeDb; }

    // -1: none.
    void setSelectedBand(int band);
    int selectedBand() const { return m_selected; }
    int hoveredBand() const { return m_hovered; }

    // Live spectra (bins at binHz); cleared when playback stops being fed.
    void setSpectra(const SpectrumFrame& frame, double binHz);
    void clearSpectra();

    // --- the response, as drawn (testable without pixels) ---
    // The enabled bands' summed response in dB at `hz`: every band, or with a placement
    // the stereo bands plus those on it (EqBandDesign::appliesTo).
    double responseDb(double hz, std::optional<Placement> path = std::nullopt) const;
    // One band's own response (as if enabled).
    double bandResponseDb(int band, double hz) const;
    // The paths that get their own summed curve: none (one stereo curve), mid and side,
    // left and right, or all four.
    std::vector<Placement> curvePaths() const;

    // --- geometry ---
    QRectF plotRect() const;
    double xForHz(double hz) const;
    double hzAtX(double x) const;
    double yForDb(double db) const;
    double dbAtY(double y) const;
    // Where band's node is drawn (bells and shelves at their gain, cuts and notches on
    // the 0 dB line), and the band under `point` (-1: none).
    QPointF nodePosition(int band) const;
    int bandAt(QPointF point) const;

    static QColor pathColour(Placement placement);
    QSize sizeHint() const override { return {760, 360}; }
    QSize minimumSizeHint() const override { return {360, 200}; }

signals:
    void selectedBandChanged(int band);
    // `gesture` is the same for every edit of one drag or wheel turn (merge them into one
    // undo step), -1 for a one-off edit.
    void bandEdited(int band, const lathe::EqBand& edited, int gesture);
    void bandAdded(const lathe::EqBand& band);
    void bandRemoved(int band);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    enum class Drag { None, Move, Width };

    void paintGrid(QPainter& painter, const QRectF& plot) const;
    void paintSpectra(QPainter& painter, const QRectF& plot) const;
    void paintBandFills(QPainter& painter, const QRectF& plot) const;
    void paintCurves(QPainter& painter, const QRectF& plot) const;
    void paintNodes(QPainter& painter) const;
    void paintReadout(QPainter& painter, const QRectF& plot) const;
    QPainterPath responsePath(const std::function<double(double)>& db, const QRectF& plot) const;
    // Q (or the slope of a cut) moved by `steps`, up being narrower/steeper.
    EqBand widened(const EqBand& band, double steps) const;
    void edit(int band, const EqBand& edited, int gesture);
    void setHovered(int band);
    int newGesture();

    std::vector<EqBand> m_bands;
    std::vector<SectionList> m_sections;  // per band, as the engine designs it
    double m_sampleRate = 48000.0;
    double m_rangeDb = kDefaultRangeDb;
    int m_selected = -1;
    int m_hovered = -1;

    Drag m_drag = Drag::None;
    int m_dragBand = -1;
    QPointF m_dragOffset;    // node minus mouse at the press, so the node does not jump
    QPointF m_pressPoint;
    EqBand m_pressBand;
    int m_gesture = -1;
    int m_wheelGesture = -1;
    qint64 m_lastWheelMs = 0;

    std::array<SpectrumTrace, 2> m_spectra{SpectrumTrace(kSpectrumFloorDb), SpectrumTrace(kSpectrumFloorDb)};
};

}  // namespace lathe::ui
