#include "EqPanel.h"

#include "EqBandText.h"
#include "EqCurveView.h"
#include "PlaybackController.h"
#include "ProjectDocument.h"
#include "Transport.h"
#include "TransportBar.h"

#include "dsp/EqBandDesign.h"
#include "project/ProjectSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cmath>

namespace lathe::ui {
namespace {

// A row of fixed height. Its wrapped hint would otherwise make the whole panel ask for
// height-for-width, and the chain editor's scroll area would then size the panel to its
// preferred height instead of the room there is, with scroll bars.
class FixedHeightRow : public QWidget {
public:
    bool hasHeightForWidth() const override { return false; }
};

constexpr double kFallbackSampleRate = 48000.0;

QDoubleSpinBox* spinBox(double minimum, double maximum, int decimals, const QString& suffix) {
    auto* box = new QDoubleSpinBox;
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    box->setKeyboardTracking(false);  // one edit per value typed, not per keystroke
    box->setAlignment(Qt::AlignRight);
    box->setMinimumWidth(96);
    return box;
}

QLabel* caption(const QString& text) {
    auto* label = new QLabel(text);
    label->setStyleSheet(QStringLiteral("color: #8a9099; font-size: 8pt;"));
    return label;
}

}  // namespace

EqPanel::EqPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback, QWidget* parent)
    : ModulePanel(document, address, parent), m_curve(new EqCurveView) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(buildHeader());
    layout->addWidget(m_curve, 1);
    layout->addWidget(buildBandStrip());

    connect(m_curve, &EqCurveView::selectedBandChanged, this, &EqPanel::showSelectedBand);
    connect(m_curve, &EqCurveView::bandEdited, this, [this](int band, const EqBand& edited, int gesture) {
        editBand(band, [&edited](EqBand& target) { target = edited; }, gesture);
    });
    connect(m_curve, &EqCurveView::bandAdded, this, &EqPanel::addBand);
    connect(m_curve, &EqCurveView::bandRemoved, this, &EqPanel::removeBand);
    if (playback)
        connect(playback, &PlaybackController::spectrumFrame, this, [this, playback](const SpectrumFrame& frame) {
            if (isVisible())
                m_curve->setSpectra(frame, playback->sampleRate() / SpectrumFrame::kFftSize);
        });
    refreshNow();
}

QWidget* EqPanel::buildHeader() {
    auto* header = new QWidget;
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    // The chain editor names the module above; the header names the selected band.
    m_bandTitle = new QLabel;
    m_bandTitle->setMinimumWidth(70);
    m_bandTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    row->addWidget(m_bandTitle);
    row->addSpacing(16);
    const auto swatch = [](MonitorSource source, const QString& text) {
        return QStringLiteral("<span style='color:%1'>■</span> %2")
            .arg(TransportBar::monitorColour(source).name(), text.toHtmlEscaped());
    };
    auto* legend = new QLabel(swatch(MonitorSource::Mix, tr("mix (A)")) + QStringLiteral(" &nbsp; ") +
                              swatch(MonitorSource::Master, tr("master (B)")));
    legend->setStyleSheet(QStringLiteral("color: #8a9099;"));
    // The legend gives way first when a language's longer words need the room.
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(legend);
    row->addStretch(1);

    m_phase = new QComboBox;
    m_phase->addItem(tr("Minimum phase"), static_cast<int>(EqPhase::Minimum));
    m_phase->addItem(tr("Linear phase"), static_cast<int>(EqPhase::Linear));
    m_phase->setToolTip(tr("Minimum phase: no latency, the phase turns like an analogue EQ.\n"
                           "Linear phase: no phase shift, with latency and pre-ringing."));
    connect(m_phase, &QComboBox::activated, this, [this](int index) {
        const auto phase = static_cast<EqPhase>(m_phase->itemData(index).toInt());
        editSettings<EqSettings>(tr("Change EQ Phase"), [phase](EqSettings& eq) { eq.phase = phase; });
    });
    row->addWidget(caption(tr("Phase")));
    row->addWidget(m_phase);
    row->addSpacing(10);

    m_range = new QComboBox;
    for (const double range : EqCurveView::kRangesDb)
        m_range->addItem(tr("±%1 dB").arg(range), range);
    m_range->setCurrentIndex(m_range->findData(EqCurveView::kDefaultRangeDb));
    m_range->setToolTip(tr("The gain range the curve shows"));
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_curve->setRangeDb(m_range->itemData(index).toDouble()); });
    row->addWidget(caption(tr("Range")));
    row->addWidget(m_range);
    return header;
}

QWidget* EqPanel::buildBandStrip() {
    auto* strip = new FixedHeightRow;
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(2, 0, 2, 0);
    m_bandControls = new QWidget;
    auto* grid = new QGridLayout(m_bandControls);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(1);
    m_shape = new QComboBox;
    for (const EqShape shape : kEqShapes)
        m_shape->addItem(EqBandText::shapeName(shape), static_cast<int>(shape));
    m_placement = new QComboBox;
    for (const Placement placement : kPlacements)
        m_placement->addItem(EqBandText::placementName(placement), static_cast<int>(placement));
    m_frequency = spinBox(EqBandDesign::kMinFrequencyHz, highestFrequency(), 1, tr(" Hz"));
    m_gain = spinBox(schema::kGainDb.min, schema::kGainDb.max, 2, tr(" dB"));
    m_gain->setSingleStep(0.1);
    m_q = spinBox(EqBandDesign::kMinQ, EqBandDesign::kMaxQ, 2, QString());
    m_slope = new QComboBox;
    for (const int slope : schema::kCutSlopes)
        m_slope->addItem(tr("%1 dB/oct").arg(slope), slope);
    m_enabled = new QCheckBox(tr("On"));
    // A glyph, not a word: the strip must fit a chain dock beside the module list.
    m_delete = new QToolButton;
    m_delete->setText(QStringLiteral("✕"));
    m_delete->setAccessibleName(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected band (Del)"));

    const std::array<std::pair<QString, QWidget*>, 8> fields{{{tr("Shape"), m_shape},
                                                              {tr("Placement"), m_placement},
                                                              {tr("Frequency"), m_frequency},
                                                              {tr("Gain"), m_gain},
                                                              {tr("Q"), m_q},
                                                              {tr("Slope"), m_slope},
                                                              {QString(), m_enabled},
                                                              {QString(), m_delete}}};
    for (int column = 0; column < static_cast<int>(fields.size()); ++column) {
        grid->addWidget(caption(fields[static_cast<std::size_t>(column)].first), 0, column);
        grid->addWidget(fields[static_cast<std::size_t>(column)].second, 1, column);
    }
    grid->setColumnStretch(static_cast<int>(fields.size()), 1);
    m_hint = new QLabel(tr("Double-click the curve to add a band. Drag a node for frequency and gain, "
                           "turn the wheel over it for Q, right-click for shape and placement."));
    m_hint->setStyleSheet(QStringLiteral("color: #8a9099;"));
    m_hint->setWordWrap(true);
    // Both pages share one height, so selecting a band never resizes the curve under the mouse.
    m_bandPages = new QStackedWidget;
    m_bandPages->addWidget(m_hint);
    m_bandPages->addWidget(m_bandControls);
    row->addWidget(m_bandPages, 1);
    strip->setFixedHeight(std::max(m_bandControls->sizeHint().height(), m_hint->sizeHint().height()));

    const auto selected = [this] { return m_curve->selectedBand(); };
    connect(m_shape, &QComboBox::activated, this, [this, selected](int index) {
        const auto shape = static_cast<EqShape>(m_shape->itemData(index).toInt());
        editBand(selected(), [shape](EqBand& band) { band.shape = shape; });
    });
    connect(m_placement, &QComboBox::activated, this, [this, selected](int index) {
        const auto placement = static_cast<Placement>(m_placement->itemData(index).toInt());
        editBand(selected(), [placement](EqBand& band) { band.placement = placement; });
    });
    connect(m_frequency, &QDoubleSpinBox::valueChanged, this,
            [this, selected](double hz) { editBand(selected(), [hz](EqBand& band) { band.freqHz = hz; }); });
    connect(m_gain, &QDoubleSpinBox::valueChanged, this,
            [this, selected](double db) { editBand(selected(), [db](EqBand& band) { band.gainDb = db; }); });
    connect(m_q, &QDoubleSpinBox::valueChanged, this,
            [this, selected](double q) { editBand(selected(), [q](EqBand& band) { band.q = q; }); });
    connect(m_slope, &QComboBox::activated, this, [this, selected](int index) {
        const int slope = m_slope->itemData(index).toInt();
        editBand(selected(), [slope](EqBand& band) { band.slopeDbPerOctave = slope; });
    });
    connect(m_enabled, &QCheckBox::clicked, this,
            [this, selected](bool on) { editBand(selected(), [on](EqBand& band) { band.enabled = on; }); });
    connect(m_delete, &QToolButton::clicked, this, [this, selected] { removeBand(selected()); });
    return strip;
}

double EqPanel::sampleRate() const {
    const int rate = document()->project().album.sampleRate;
    return rate > 0 ? static_cast<double>(rate) : kFallbackSampleRate;
}

double EqPanel::highestFrequency() const {
    // Below Nyquist as the schema asks, and where the band design still holds.
    return std::floor(sampleRate() / 2.0 * EqBandDesign::kMaxFrequencyOfNyquist);
}

void EqPanel::refresh(const Module& module) {
    const auto* eq = std::get_if<EqSettings>(&module.parameters);
    if (!eq)
        return;
    {
        const QSignalBlocker blocker(m_frequency);
        m_frequency->setMaximum(highestFrequency());  // the album's rate may have changed
    }
    m_curve->setBands(eq->bands, sampleRate());
    const QSignalBlocker blocker(m_phase);
    m_phase->setCurrentIndex(m_phase->findData(static_cast<int>(eq->phase)));
    showSelectedBand();
}

void EqPanel::showSelectedBand() {
    const int band = m_curve->selectedBand();
    const auto& bands = m_curve->bands();
    const bool any = band >= 0 && band < static_cast<int>(bands.size());
    m_bandPages->setCurrentWidget(any ? m_bandControls : static_cast<QWidget*>(m_hint));
    m_bandTitle->setText(any ? tr("Band %1").arg(band + 1) : tr("No band"));
    if (!any)
        return;
    const EqBand& b = bands[static_cast<std::size_t>(band)];
    m_bandTitle->setStyleSheet(QStringLiteral("font-weight: bold; color: %1;").arg(EqCurveView::pathColour(b.placement).name()));
    const bool cut = b.shape == EqShape::LowCut || b.shape == EqShape::HighCut;
    for (QObject* box : std::initializer_list<QObject*>{m_shape, m_placement, m_frequency, m_gain, m_q, m_slope, m_enabled})
        box->blockSignals(true);
    m_shape->setCurrentIndex(m_shape->findData(static_cast<int>(b.shape)));
    m_placement->setCurrentIndex(m_placement->findData(static_cast<int>(b.placement)));
    m_frequency->setValue(b.freqHz);
    m_gain->setValue(b.gainDb);
    m_gain->setEnabled(EqBandDesign::hasGain(b.shape));
    m_q->setValue(b.q);
    m_q->setEnabled(!cut);
    m_slope->setCurrentIndex(m_slope->findData(b.slopeDbPerOctave));
    m_slope->setEnabled(cut);
    m_enabled->setChecked(b.enabled);
    for (QObject* box : std::initializer_list<QObject*>{m_shape, m_placement, m_frequency, m_gain, m_q, m_slope, m_enabled})
        box->blockSignals(false);
}

void EqPanel::editBand(int band, const std::function<void(EqBand&)>& change, int mergeKey) {
    if (band < 0)
        return;
    editSettings<EqSettings>(tr("Edit EQ Band %1").arg(band + 1), [band, &change](EqSettings& eq) {
        if (band < static_cast<int>(eq.bands.size()))
            change(eq.bands[static_cast<std::size_t>(band)]);
    }, mergeKey);
}

void EqPanel::addBand(const EqBand& band) {
    const auto* eq = settings<EqSettings>();
    if (!eq || eq->bands.size() >= EqSettings::kMaxBands)
        return;
    const int added = static_cast<int>(eq->bands.size());
    editSettings<EqSettings>(tr("Add EQ Band"), [&band](EqSettings& settings) {
        if (settings.bands.size() < EqSettings::kMaxBands)
            settings.bands.push_back(band);
    });
    m_curve->setSelectedBand(added);
}

void EqPanel::removeBand(int band) {
    const auto* eq = settings<EqSettings>();
    if (!eq || band < 0 || band >= static_cast<int>(eq->bands.size()))
        return;
    m_curve->setSelectedBand(-1);
    editSettings<EqSettings>(tr("Delete EQ Band %1").arg(band + 1), [band](EqSettings& settings) {
        if (band < static_cast<int>(settings.bands.size()))
            settings.bands.erase(settings.bands.begin() + band);
    });
}

}  // namespace lathe::ui
