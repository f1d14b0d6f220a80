#include "LoudnessPanel.h"

#include "CorrelationMeter.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace lathe::ui {
namespace {

constexpr int kReadoutPointSize = 15;
constexpr int kPlotMinHeight = 130;
const QColor kPlotBack(0x12, 0x14, 0x16);
const QColor kAxis(0x8a, 0x90, 0x99);
const QColor kGridLine(0x2a, 0x2e, 0x33);
const QColor kShortTerm(0x4f, 0xc3, 0xa1);
const QColor kTarget(0xf2, 0xc1, 0x4e);
const QColor kCursor(0xff, 0x55, 0x44);

QString formatLufs(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

void styleAxis(QCPAxis* axis) {
    axis->setBasePen(QPen(kAxis));
    axis->setTickPen(QPen(kAxis));
    axis->setSubTickPen(QPen(kAxis));
    axis->setTickLabelColor(kAxis);
    axis->setLabelColor(kAxis);
    axis->grid()->setPen(QPen(kGridLine));
}

}  // namespace

LoudnessPanel::LoudnessPanel(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel), m_plot(new QCustomPlot), m_correlation(new CorrelationMeter) {
    auto* grid = new QGridLayout;
    m_momentary = addReadout(grid, 0, tr("Momentary"), tr("LUFS"));
    m_shortTerm = addReadout(grid, 1, tr("Short-term"), tr("LUFS"));
    m_integrated = addReadout(grid, 2, tr("Integrated"), tr("LUFS"));
    m_range = addReadout(grid, 3, tr("Range"), tr("LU"));

    m_plot->setMinimumHeight(kPlotMinHeight);
    m_plot->setBackground(kPlotBack);
    m_plot->axisRect()->setBackground(kPlotBack);
    styleAxis(m_plot->xAxis);
    styleAxis(m_plot->yAxis);
    m_plot->yAxis->setRange(kPlotFloorLufs, kPlotTopLufs);
    m_plot->yAxis->setLabel(tr("LUFS"));
    QSharedPointer<QCPAxisTickerTime> ticker(new QCPAxisTickerTime);
    ticker->setTimeFormat(QStringLiteral("%m:%s"));
    m_plot->xAxis->setTicker(ticker);
    QCPGraph* shortTerm = m_plot->addGraph();
    shortTerm->setPen(QPen(kShortTerm, 1.5));
    shortTerm->setBrush(QColor(kShortTerm.red(), kShortTerm.green(), kShortTerm.blue(), 40));
    shortTerm->setName(tr("Short-term"));
    QCPGraph* target = m_plot->addGraph();
    target->setPen(QPen(kTarget, 1, Qt::DashLine));
    // The play-head cursor moves 60 times a second: it gets a buffered layer of its own
    // so moving it repaints one line, not the history.
    m_plot->addLayer(QStringLiteral("cursor"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_plot->layer(QStringLiteral("cursor"))->setMode(QCPLayer::lmBuffered);
    m_plot->setCurrentLayer(QStringLiteral("cursor"));
    QCPGraph* cursor = m_plot->addGraph();
    cursor->setPen(QPen(kCursor, 1));
    m_plot->setCurrentLayer(QStringLiteral("main"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);  // a long caption must not widen the dock

    auto* correlationRow = new QHBoxLayout;
    auto* correlationLabel = new QLabel(tr("Correlation"));
    correlationLabel->setForegroundRole(QPalette::PlaceholderText);
    correlationRow->addWidget(correlationLabel);
    correlationRow->addWidget(m_correlation, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_caption);
    layout->addLayout(correlationRow);
}

QLabel* LoudnessPanel::addReadout(QGridLayout* grid, int column, const QString& name, const QString& unit) {
    auto* title = new QLabel(QStringLiteral("%1 <span style='color:#8a9099'>%2</span>").arg(name, unit));
    title->setAlignment(Qt::AlignCenter);
    auto* value = new QLabel(QStringLiteral("—"));
    value->setObjectName(name);
    QFont font = value->font();
    font.setPointSize(kReadoutPointSize);
    font.setBold(true);
    value->setFont(font);
    value->setAlignment(Qt::AlignCenter);
    grid->addWidget(title, 0, column);
    grid->addWidget(value, 1, column);
    return value;
}

void LoudnessPanel::setTarget(std::optional<double> targetLufs) {
    m_target = targetLufs;
    const QCPRange range = m_plot->xAxis->range();
    m_plot->graph(1)->data()->clear();
    if (targetLufs) {
        m_plot->graph(1)->addData(range.lower, *targetLufs);
        m_plot->graph(1)->addData(range.upper, *targetLufs);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LoudnessPanel::setReadings(const LoudnessReadings& readings) {
    setProgrammeReadings(readings.integratedLufs, readings.loudnessRangeLu);
    setLiveReadings(readings.momentaryLufs, readings.shortTermLufs, readings.correlation);
}

void LoudnessPanel::setProgrammeReadings(std::optional<double> integratedLufs,
                                         std::optional<double> loudnessRangeLu) {
    m_integrated->setText(formatLufs(integratedLufs));
    m_range->setText(formatLufs(loudnessRangeLu));
}

void LoudnessPanel::setLiveReadings(std::optional<double> momentaryLufs, std::optional<double> shortTermLufs,
                                    std::optional<double> correlation) {
    m_momentary->setText(formatLufs(momentaryLufs));
    m_shortTerm->setText(formatLufs(shortTermLufs));
    m_correlation->setCorrelation(correlation);
}

void LoudnessPanel::setHistory(const QVector<double>& seconds, const QVector<double>& shortTermLufs,
                               const QString& caption) {
    m_plot->graph(0)->setData(seconds, shortTermLufs, true);
    m_plot->xAxis->setRange(0.0, seconds.isEmpty() ? 1.0 : std::max(1.0, seconds.back()));
    m_caption->setText(caption);
    setTarget(m_target);
}

void LoudnessPanel::appendHistory(double seconds, double shortTermLufs) {
    m_plot->graph(0)->addData(seconds, shortTermLufs);
    if (seconds > m_plot->xAxis->range().upper)
        m_plot->xAxis->setRange(0.0, seconds);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LoudnessPanel::setPlayHead(double seconds) {
    QCPGraph* cursor = m_plot->graph(2);
    cursor->data()->clear();
    cursor->addData(seconds, kPlotFloorLufs);
    cursor->addData(seconds + 1e-6, kPlotTopLufs);
    m_plot->layer(QStringLiteral("cursor"))->replot();
}

QString LoudnessPanel::readoutText(const QString& name) const {
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

int LoudnessPanel::historyPoints() const { return m_plot->graph(0)->dataCount(); }

}  // namespace lathe::ui
