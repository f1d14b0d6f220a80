#pragma once

#include "project/FieldRules.h"

#include <QWidget>

class QLineEdit;

namespace lathe::ui {

enum class ParameterUnit { Decibel, DecibelTruePeak, Hertz, Milliseconds, Ratio, Percent };

// What one knob edits: its range (from ProjectSchema's rules), default, unit and mapping.
struct ParameterSpec {
    // The audible band: where a frequency knob turns (the schema only bounds by Nyquist).
    static constexpr double kLowestHz = 20.0;
    static constexpr double kHighestHz = 20000.0;
    // A time range that starts at 0 (exclusive) turns logarithmically from max / this.
    static constexpr double kLogDecades = 1e4;

    QString name;
    ParameterUnit unit = ParameterUnit::Decibel;
    double minimum = 0.0;
    double maximum = 1.0;
    double defaultValue = 0.0;
    bool logarithmic = false;
    bool zeroMeansOff = false;  // 0 is allowed and shown as "Off" (the knob's far left)
    double displayScale = 1.0;  // shown = stored * scale (0..1 shown as 0..100 %)

    // Hz and ms turn logarithmically; a range open at 0 starts the knob just above it.
    static ParameterSpec fromRange(const QString& name, ParameterUnit unit, const rules::Range& range,
                                   double defaultValue, double displayScale = 1.0);
    static ParameterSpec frequency(const QString& name, double defaultValue, bool zeroMeansOff);

    double positionOf(double value) const;  // 0..1 along the knob
    double valueAt(double position) const;
    double clamp(double value) const;
    // Rounded to what the field shows, so the project holds the numbers the user saw.
    double rounded(double value) const;
    QString text(double value) const;  // "-18.0 dB", "4.0:1", "Off"
    // A typed entry ("-12", "-12 dB", "1,5 k", "off"), clamped; nullopt when unreadable.
    std::optional<double> parse(const QString& typed) const;
    QString unitSuffix() const;
    int decimalsFor(double shown) const;
};

// A compact knob with its name above and an entry field below. Drag up/down (or the
// wheel, or the arrow keys) to turn, Shift for fine steps; double-click resets to the
// default; type a value (unit optional) and press Enter. Every change is reported with a merge key: the steps
// of one drag or one burst of wheel notches share a key, so they become one undo step.
class ParameterControl : public QWidget {
    Q_OBJECT
public:
    static constexpr double kPixelsPerRange = 200.0;   // a drag this long sweeps the range
    static constexpr double kFineFactor = 0.1;         // with Shift
    static constexpr double kNotchesPerRange = 100.0;  // wheel
    static constexpr int kWheelBurstMs = 600;          // notches closer than this merge

    explicit ParameterControl(const ParameterSpec& spec, QWidget* parent = nullptr);

    const ParameterSpec& spec() const { return m_spec; }
    double value() const { return m_value; }
    // Shows `value` without reporting it (the document's state).
    void setValue(double value);
    QRect knobRect() const;
    QLineEdit* entry() const { return m_entry; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void valueEdited(double value, int mergeKey);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void commit(double value, int mergeKey);
    void commitEntry();
    // Turns by `notches` hundredths of the range (fine with Shift), at least one shown step.
    void step(double notches, Qt::KeyboardModifiers modifiers);
    void showValue();

    ParameterSpec m_spec;
    double m_value;
    QLineEdit* m_entry;
    bool m_dragging = false;
    double m_dragPosition = 0.0;  // unrounded knob position during a drag
    QPointF m_lastPoint;
    int m_gestureKey = -1;
    qint64 m_lastWheelMs = 0;
};

// A fresh merge key for one gesture, distinct from every other widget's.
int nextGestureKey();

}  // namespace lathe::ui
