#include "ParameterControl.h"

#include "ChainColours.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>

namespace lathe::ui {
namespace {

constexpr int kNameHeight = 15;
constexpr int kKnobSize = 40;
constexpr int kEntryHeight = 21;
constexpr int kWidth = 68;
constexpr int kGap = 2;
constexpr double kStartAngle = 225.0;  // degrees, the knob's minimum (clockwise to -45)
constexpr double kSweep = 270.0;
constexpr int kSignificantDigits = 3;
constexpr double kKilo = 1000.0;

using namespace chain_colours;

double roundTo(double value, double step) {
    return std::round(value / step) * step;
}

}  // namespace

int nextGestureKey() {
    // Far above the small counters other views use, so two gestures never share a key.
    static int key = 1 << 20;
    return ++key;
}

// ---- ParameterSpec ----

ParameterSpec ParameterSpec::fromRange(const QString& name, ParameterUnit unit, const rules::Range& range,
                                       double defaultValue, double displayScale) {
    ParameterSpec spec;
    spec.name = name;
    spec.unit = unit;
    spec.maximum = range.max;
    spec.minimum = range.minExclusive && range.min == 0.0 ? range.max / kLogDecades : range.min;
    spec.defaultValue = defaultValue;
    spec.displayScale = displayScale;
    spec.logarithmic =
        spec.minimum > 0.0 &&
        (unit == ParameterUnit::Hertz || unit == ParameterUnit::Milliseconds || unit == ParameterUnit::Ratio);
    return spec;
}

ParameterSpec ParameterSpec::frequency(const QString& name, double defaultValue, bool zeroMeansOff) {
    ParameterSpec spec;
    spec.name = name;
    spec.unit = ParameterUnit::Hertz;
    spec.minimum = kLowestHz;
    spec.maximum = kHighestHz;
    spec.defaultValue = defaultValue;
    spec.logarithmic = true;
    spec.zeroMeansOff = zeroMeansOff;
    return spec;
}

double ParameterSpec::positionOf(double value) const {
    if (zeroMeansOff && value <= 0.0)
        return 0.0;
    value = std::clamp(value, minimum, maximum);
    if (logarithmic)
        return std::log(value / minimum) / std::log(maximum / minimum);
    return (value - minimum) / (maximum - minimum);
}

double ParameterSpec::valueAt(double position) const {
    position = std::clamp(position, 0.0, 1.0);
    if (zeroMeansOff && position <= 0.0)
        return 0.0;
    if (logarithmic)
        return minimum * std::pow(maximum / minimum, position);
    return minimum + position * (maximum - minimum);
}

double ParameterSpec::clamp(double value) const {
    if (zeroMeansOff && value <= 0.0)
        return 0.0;
    return std::clamp(value, minimum, maximum);
}

int ParameterSpec::decimalsFor(double shown) const {
    const double magnitude = std::abs(shown);
    switch (unit) {
    case ParameterUnit::Decibel:
    case ParameterUnit::DecibelTruePeak:
    case ParameterUnit::Ratio: return 1;
    case ParameterUnit::Percent: return 0;
    case ParameterUnit::Hertz:
        if (magnitude >= kKilo)
            return magnitude >= 10 * kKilo ? 1 : 2;  // shown in kHz
        return magnitude >= 100.0 ? 0 : 1;
    case ParameterUnit::Milliseconds: return magnitude >= 100.0 ? 0 : magnitude >= 10.0 ? 1 : 2;
    }
    return 1;
}

double ParameterSpec::rounded(double value) const {
    if (zeroMeansOff && value <= 0.0)
        return 0.0;
    double shown = value * displayScale;
    if (logarithmic && shown > 0.0) {
        const double digits = std::floor(std::log10(shown)) + 1.0 - kSignificantDigits;
        shown = roundTo(shown, std::pow(10.0, digits));
    } else {
        shown = roundTo(shown, std::pow(10.0, -decimalsFor(shown)));
    }
    return clamp(shown / displayScale);
}

QString ParameterSpec::unitSuffix() const {
    switch (unit) {
    case ParameterUnit::Decibel: return QStringLiteral("dB");
    case ParameterUnit::DecibelTruePeak: return QStringLiteral("dBTP");
    case ParameterUnit::Hertz: return QStringLiteral("Hz");
    case ParameterUnit::Milliseconds: return QStringLiteral("ms");
    case ParameterUnit::Ratio: return QStringLiteral(":1");
    case ParameterUnit::Percent: return QStringLiteral("%");
    }
    return {};
}

QString ParameterSpec::text(double value) const {
    if (zeroMeansOff && value <= 0.0)
        return ParameterControl::tr("Off");
    const double shown = value * displayScale;
    if (unit == ParameterUnit::Hertz && shown >= kKilo)
        return QStringLiteral("%1 kHz").arg(shown / kKilo, 0, 'f', decimalsFor(shown));
    const QString number = QString::number(shown, 'f', decimalsFor(shown));
    if (unit == ParameterUnit::Ratio || unit == ParameterUnit::Percent)
        return number + unitSuffix();
    return number + QLatin1Char(' ') + unitSuffix();
}

std::optional<double> ParameterSpec::parse(const QString& typed) const {
    QString text = typed.trimmed().toLower();
    if (zeroMeansOff && (text == QStringLiteral("off") || text == ParameterControl::tr("Off").toLower()))
        return 0.0;
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    text.replace(QChar(0x2212), QLatin1Char('-'));  // a typographic minus
    double factor = 1.0;
    static const QRegularExpression number(
        QStringLiteral("^\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*([a-z%:0-9]*)\\s*$"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString suffix = match.captured(2);
    if (unit == ParameterUnit::Hertz && (suffix == QStringLiteral("k") || suffix == QStringLiteral("khz")))
        factor = kKilo;
    else if (!suffix.isEmpty() && suffix != unitSuffix().toLower() &&
             !(unit == ParameterUnit::Ratio && suffix == QStringLiteral(":1")) &&
             !(unit == ParameterUnit::DecibelTruePeak && suffix == QStringLiteral("db")))
        return std::nullopt;
    bool ok = false;
    const double shown = match.captured(1).toDouble(&ok) * factor;
    if (!ok || !std::isfinite(shown))
        return std::nullopt;
    return rounded(clamp(shown / displayScale));
}

// ---- ParameterControl ----

ParameterControl::ParameterControl(const ParameterSpec& spec, QWidget* parent)
    : QWidget(parent), m_spec(spec), m_value(spec.defaultValue), m_entry(new QLineEdit(this)) {
    setFocusPolicy(Qt::WheelFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(
        tr("%1 — drag or scroll to change (Shift: fine), double-click for the default (%2), or type a value")
            .arg(spec.name, spec.text(spec.defaultValue)));
    m_entry->setAlignment(Qt::AlignCenter);
    m_entry->setFixedHeight(kEntryHeight);
    m_entry->setAccessibleName(spec.name);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addSpacing(kNameHeight + kKnobSize + kGap);
    layout->addWidget(m_entry);
    connect(m_entry, &QLineEdit::editingFinished, this, &ParameterControl::commitEntry);
    showValue();
}

QSize ParameterControl::sizeHint() const {
    return {kWidth, kNameHeight + kKnobSize + kGap + kEntryHeight};
}

QRect ParameterControl::knobRect() const {
    return {(width() - kKnobSize) / 2, kNameHeight, kKnobSize, kKnobSize};
}

void ParameterControl::setValue(double value) {
    if (value == m_value)
        return;
    m_value = value;
    // A value being typed stays; anything else shows the document's.
    if (!m_entry->hasFocus() || !m_entry->isModified())
        showValue();
    update();
}

void ParameterControl::showValue() {
    m_entry->setText(m_spec.text(m_value));
}

void ParameterControl::commit(double value, int mergeKey) {
    value = m_spec.rounded(value);
    if (value == m_value)
        return;
    m_value = value;
    showValue();
    update();
    emit valueEdited(value, mergeKey);
}

void ParameterControl::commitEntry() {
    if (!m_entry->isModified()) {
        showValue();  // focus left without typing: nothing to commit (an undo may have moved it)
        return;
    }
    const std::optional<double> typed = m_spec.parse(m_entry->text());
    if (typed)
        commit(*typed, -1);
    showValue();  // an unreadable entry goes back to the value
}

void ParameterControl::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton ||
        !knobRect().adjusted(-8, -kNameHeight, 8, 0).contains(event->position().toPoint())) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_dragging = true;
    m_dragPosition = m_spec.positionOf(m_value);
    m_lastPoint = event->position();
    m_gestureKey = nextGestureKey();
}

void ParameterControl::mouseMoveEvent(QMouseEvent* event) {
    if (!m_dragging)
        return;
    const QPointF delta = event->position() - m_lastPoint;
    m_lastPoint = event->position();
    // Up and right turn the knob up.
    double step = (delta.x() - delta.y()) / kPixelsPerRange;
    if (event->modifiers() & Qt::ShiftModifier)
        step *= kFineFactor;
    m_dragPosition = std::clamp(m_dragPosition + step, 0.0, 1.0);
    commit(m_spec.valueAt(m_dragPosition), m_gestureKey);
}

void ParameterControl::mouseReleaseEvent(QMouseEvent* event) {
    m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void ParameterControl::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton &&
        knobRect().adjusted(-8, -kNameHeight, 8, 0).contains(event->position().toPoint())) {
        m_dragging = false;
        commit(m_spec.defaultValue, -1);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void ParameterControl::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0) {
        event->ignore();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_gestureKey < 0 || now - m_lastWheelMs > kWheelBurstMs || m_dragging)
        m_gestureKey = nextGestureKey();
    m_lastWheelMs = now;
    step(notches, event->modifiers());
    event->accept();
}

void ParameterControl::keyPressEvent(QKeyEvent* event) {
    double notches = 0.0;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Right: notches = 1.0; break;
    case Qt::Key_Down:
    case Qt::Key_Left: notches = -1.0; break;
    case Qt::Key_PageUp: notches = 10.0; break;
    case Qt::Key_PageDown: notches = -10.0; break;
    default: QWidget::keyPressEvent(event); return;
    }
    if (!event->isAutoRepeat() || m_gestureKey < 0)
        m_gestureKey = nextGestureKey();  // a held key is one undo step
    step(notches, event->modifiers());
}

void ParameterControl::step(double notches, Qt::KeyboardModifiers modifiers) {
    double stepSize = notches / kNotchesPerRange;
    if (modifiers & Qt::ShiftModifier)
        stepSize *= kFineFactor;
    double position = m_spec.positionOf(m_value) + stepSize;
    // A step too small to survive the rounding still moves the value by one shown unit.
    double next = m_spec.rounded(m_spec.valueAt(position));
    while (next == m_value && position > 0.0 && position < 1.0) {
        position += stepSize;
        next = m_spec.rounded(m_spec.valueAt(position));
    }
    commit(next, m_gestureKey);
}

void ParameterControl::changeEvent(QEvent* event) {
    if (event->type() == QEvent::EnabledChange)
        update();
    QWidget::changeEvent(event);
}

void ParameterControl::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.drawText(QRect(0, 0, width(), kNameHeight), Qt::AlignHCenter | Qt::AlignTop,
                     painter.fontMetrics().elidedText(m_spec.name, Qt::ElideRight, width()));

    const QRectF knob = QRectF(knobRect()).adjusted(4, 4, -4, -4);
    const QColor accent = isEnabled() ? kAccent : kScale;
    // The track, then the value arc: from the left end, or from 0 for a range around 0.
    QPen track(kKnobTrack, 4.0, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(track);
    painter.drawArc(knob, static_cast<int>(kStartAngle * 16), static_cast<int>(-kSweep * 16));
    const double position = m_spec.positionOf(m_value);
    const double origin = m_spec.minimum < 0.0 && m_spec.maximum > 0.0 ? m_spec.positionOf(0.0) : 0.0;
    QPen arc(accent, 4.0, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(arc);
    painter.drawArc(knob, static_cast<int>((kStartAngle - origin * kSweep) * 16),
                    static_cast<int>(-(position - origin) * kSweep * 16));
    // The face and its pointer.
    const QRectF face = knob.adjusted(6, 6, -6, -6);
    QRadialGradient shade(face.center() - QPointF(0, face.height() * 0.3), face.width());
    shade.setColorAt(0.0, kKnobFace.lighter(135));
    shade.setColorAt(1.0, kKnobFace.darker(120));
    painter.setPen(QPen(kKnobTrack, 1.0));
    painter.setBrush(shade);
    painter.drawEllipse(face);
    const double angle = (kStartAngle - position * kSweep) * M_PI / 180.0;
    const QPointF direction(std::cos(angle), -std::sin(angle));
    const double radius = face.width() / 2.0;
    painter.setPen(QPen(isEnabled() ? QColor(Qt::white) : kScale, 2.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(face.center() + direction * radius * 0.35, face.center() + direction * radius * 0.85);
}

}  // namespace lathe::ui
