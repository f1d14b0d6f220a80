#include "MultibandPanel.h"

#include "ChainColours.h"
#include "CompressorControls.h"
#include "CrossoverView.h"
#include "GainReductionMeter.h"
#include "PlaybackController.h"
#include "ProjectDocument.h"

#include "playback/MeterFrames.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace lathe::ui {
namespace {

// "120", "1.5k": a band's edges where room is short.
QString shortHz(double hz) {
    return hz >= 1000 ? QString::number(hz / 1000, 'g', 2) + QLatin1Char('k') : QString::number(hz, 'f', 0);
}


constexpr int kKnobsPerRow = 8;  // one row: the crossover view takes the height

QToolButton* toggle(const QString& text, const QString& tip) {
    auto* button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setFixedSize(24, 22);
    return button;
}

}  // namespace

MultibandPanel::MultibandPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
                               QWidget* parent)
    : ParameterPanel(document, address, playback, parent),
      m_view(new CrossoverView),
      m_add(new QPushButton(tr("+ Crossover"))),
      m_remove(new QPushButton(tr("− Crossover"))),
      m_linearPhase(new QCheckBox(tr("Linear phase"))),
      m_bandTitle(new QLabel),
      m_compressor(new CompressorControls(
          this,
          [this](Module& module) -> CompressorSettings* {
              auto* settings = std::get_if<MultibandSettings>(&module.parameters);
              if (!settings || m_selected >= static_cast<int>(settings->bands.size()))
                  return nullptr;
              return &settings->bands[static_cast<std::size_t>(m_selected)].compressor;
          },
          kKnobsPerRow)) {
    m_add->setToolTip(tr("Split the selected band in two at its centre"));
    m_remove->setToolTip(
        tr("Merge the selected band with the band above it (the top band: with the one below)"));
    m_linearPhase->setToolTip(tr("FIR crossovers: no phase shift between bands, at the cost of latency"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_bandTitle);
    top->addStretch();
    top->addWidget(m_linearPhase);
    top->addWidget(m_add);
    top->addWidget(m_remove);

    auto* strips = new QHBoxLayout;
    strips->setSpacing(6);
    for (std::size_t band = 0; band < m_strips.size(); ++band) {
        Strip& strip = m_strips[band];
        strip.box = new QWidget;
        strip.select = new QToolButton;
        strip.select->setCheckable(true);
        strip.select->setAutoRaise(true);
        strip.select->setToolButtonStyle(Qt::ToolButtonTextOnly);
        strip.select->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        strip.select->setStyleSheet(
            QStringLiteral("QToolButton { border: none; border-left: 3px solid %1; padding: 2px 6px;"
                           " background: transparent; }"
                           "QToolButton:checked { background: rgba(255, 255, 255, 36); font-weight: bold; }")
                .arg(chain_colours::bandColour(static_cast<int>(band)).name()));
        strip.solo = toggle(tr("S"), tr("Solo: hear only the soloed bands"));
        strip.bypass = toggle(tr("B"), tr("Bypass this band's compressor"));
        strip.meter = new GainReductionMeter(Qt::Horizontal);
        strip.meter->setCompact(true);
        auto* row = new QHBoxLayout;
        row->setSpacing(2);
        row->addWidget(strip.select, 1);
        row->addWidget(strip.solo);
        row->addWidget(strip.bypass);
        auto* column = new QVBoxLayout(strip.box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addLayout(row);
        column->addWidget(strip.meter);
        strips->addWidget(strip.box, 1);
        const int index = static_cast<int>(band);
        connect(strip.select, &QToolButton::clicked, this, [this, index] { selectBand(index); });
        connect(strip.solo, &QToolButton::clicked, this,
                [this, index] { toggleBand(index, &MultibandBand::solo, tr("Solo band")); });
        connect(strip.bypass, &QToolButton::clicked, this,
                [this, index] { toggleBand(index, &MultibandBand::bypass, tr("Bypass band")); });
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(strips);
    layout->addWidget(m_compressor);

    connect(m_view, &CrossoverView::crossoverDragged, this, &MultibandPanel::moveCrossover);
    connect(m_view, &CrossoverView::bandClicked, this, &MultibandPanel::selectBand);
    connect(m_add, &QPushButton::clicked, this, &MultibandPanel::addCrossover);
    connect(m_remove, &QPushButton::clicked, this, &MultibandPanel::removeCrossover);
    connect(m_linearPhase, &QCheckBox::clicked, this, [this](bool on) {
        editSettings<MultibandSettings>(tr("Set linear phase"),
                                        [on](MultibandSettings& settings) { settings.linearPhase = on; });
    });
    refreshNow();
}

bool MultibandPanel::isMetered() const {
    const Module* self = module();
    if (!address().isMaster() || !self || !self->enabled)
        return false;
    const Chain& chain = document()->project().masterChain;
    for (int i = 0; i < address().module; ++i)
        if (chain.modules[static_cast<std::size_t>(i)].enabled &&
            std::holds_alternative<MultibandSettings>(chain.modules[static_cast<std::size_t>(i)].parameters))
            return false;
    return true;
}

void MultibandPanel::selectBand(int band) {
    m_selected = band;
    refreshNow();
}

double MultibandPanel::highestCrossoverHz() const {
    // Below Nyquist of the album with room for the filter: the schema's rule, kept with margin.
    const double nyquist = document()->project().album.sampleRate / 2.0;
    return std::min(CrossoverView::kHighHz, nyquist / kMinCrossoverRatio);
}

void MultibandPanel::moveCrossover(int index, double hz, int mergeKey) {
    const double highest = highestCrossoverHz();
    editSettings<MultibandSettings>(
        tr("Move crossover"),
        [index, hz, highest](MultibandSettings& settings) {
            auto& corners = settings.crossoversHz;
            if (index < 0 || index >= static_cast<int>(corners.size()))
                return;
            const auto i = static_cast<std::size_t>(index);
            const double low = i == 0 ? CrossoverView::kLowHz : corners[i - 1] * kMinCrossoverRatio;
            const double high = i + 1 == corners.size() ? highest : corners[i + 1] / kMinCrossoverRatio;
            // Three significant digits: the number the handle's label shows.
            const double clamped = std::clamp(hz, low, high);
            const double step = std::pow(10.0, std::floor(std::log10(clamped)) - 2.0);
            corners[i] = std::clamp(std::round(clamped / step) * step, low, high);
        },
        mergeKey);
}

void MultibandPanel::addCrossover() {
    const int band = m_selected;
    const double highest = highestCrossoverHz();
    editSettings<MultibandSettings>(tr("Add crossover"), [band, highest](MultibandSettings& settings) {
        if (settings.bands.size() >= MultibandSettings::kMaxBands ||
            band >= static_cast<int>(settings.bands.size()))
            return;
        const auto b = static_cast<std::size_t>(band);
        const double low = b == 0 ? CrossoverView::kLowHz : settings.crossoversHz[b - 1];
        const double high = b == settings.crossoversHz.size() ? highest : settings.crossoversHz[b];
        if (high / low < kMinCrossoverRatio * kMinCrossoverRatio)
            return;  // too narrow to split
        const double centre = std::round(std::sqrt(low * high));
        settings.crossoversHz.insert(settings.crossoversHz.begin() + static_cast<std::ptrdiff_t>(b), centre);
        settings.bands.insert(settings.bands.begin() + static_cast<std::ptrdiff_t>(b) + 1, settings.bands[b]);
    });
}

void MultibandPanel::removeCrossover() {
    const int band = m_selected;
    editSettings<MultibandSettings>(tr("Remove crossover"), [band](MultibandSettings& settings) {
        if (settings.bands.size() <= MultibandSettings::kMinBands ||
            band >= static_cast<int>(settings.bands.size()))
            return;
        // The selected band takes over its upper neighbour (the top band: its lower one).
        const std::size_t corner = std::min(static_cast<std::size_t>(band), settings.crossoversHz.size() - 1);
        const std::size_t removed = corner == static_cast<std::size_t>(band) ? corner + 1 : corner;
        settings.crossoversHz.erase(settings.crossoversHz.begin() + static_cast<std::ptrdiff_t>(corner));
        settings.bands.erase(settings.bands.begin() + static_cast<std::ptrdiff_t>(removed));
    });
}

void MultibandPanel::toggleBand(int band, bool MultibandBand::*flag, const QString& description) {
    editSettings<MultibandSettings>(description, [band, flag](MultibandSettings& settings) {
        if (band < static_cast<int>(settings.bands.size()))
            settings.bands[static_cast<std::size_t>(band)].*flag =
                !(settings.bands[static_cast<std::size_t>(band)].*flag);
    });
}

QString MultibandPanel::bandRange(const MultibandSettings& settings, int band) const {
    const auto b = static_cast<std::size_t>(band);
    const QString low = b == 0 ? FrequencyAxis::valueText(CrossoverView::kLowHz) : FrequencyAxis::valueText(settings.crossoversHz[b - 1]);
    const QString high =
        b >= settings.crossoversHz.size() ? FrequencyAxis::valueText(CrossoverView::kHighHz)
                                          : FrequencyAxis::valueText(settings.crossoversHz[b]);
    return QStringLiteral("%1 – %2").arg(low, high);
}

void MultibandPanel::refreshDetails(const Module& module) {
    const auto* settings = std::get_if<MultibandSettings>(&module.parameters);
    if (!settings)
        return;
    const int bands = static_cast<int>(settings->bands.size());
    m_selected = std::clamp(m_selected, 0, bands - 1);
    m_view->setCrossovers(settings->crossoversHz);
    m_view->setSelectedBand(m_selected);
    const bool anySolo = std::any_of(settings->bands.begin(), settings->bands.end(),
                                     [](const MultibandBand& b) { return b.solo; });
    std::vector<bool> audible;
    for (const MultibandBand& band : settings->bands)
        audible.push_back(anySolo ? band.solo : !band.bypass);
    m_view->setBandStates(audible);
    const bool metered = isMetered();
    for (int band = 0; band < static_cast<int>(m_strips.size()); ++band) {
        Strip& strip = m_strips[static_cast<std::size_t>(band)];
        strip.box->setVisible(band < bands);
        if (band >= bands)
            continue;
        const MultibandBand& settingsBand = settings->bands[static_cast<std::size_t>(band)];
        const auto b = static_cast<std::size_t>(band);
        const double low = b == 0 ? CrossoverView::kLowHz : settings->crossoversHz[b - 1];
        const double high =
            b >= settings->crossoversHz.size() ? CrossoverView::kHighHz : settings->crossoversHz[b];
        strip.select->setText(QStringLiteral("%1   %2–%3 Hz").arg(band + 1).arg(shortHz(low), shortHz(high)));
        strip.select->setToolTip(bandRange(*settings, band));
        strip.select->setChecked(band == m_selected);
        strip.solo->setChecked(settingsBand.solo);
        strip.bypass->setChecked(settingsBand.bypass);
        strip.meter->setAvailable(metered);
    }
    m_add->setEnabled(bands < static_cast<int>(MultibandSettings::kMaxBands));
    m_remove->setEnabled(bands > static_cast<int>(MultibandSettings::kMinBands));
    m_linearPhase->setChecked(settings->linearPhase);
    m_bandTitle->setText(tr("Band %1: %2").arg(m_selected + 1).arg(bandRange(*settings, m_selected)));
    m_compressor->refresh(module);
}

void MultibandPanel::showMeterFrame(const MeterFrame& frame) {
    const bool metered = isMetered();
    m_view->setReductions(frame.multibandGainReductionDb, metered);
    if (!metered)
        return;
    for (std::size_t band = 0; band < m_strips.size(); ++band)
        m_strips[band].meter->setReductionDb(frame.multibandGainReductionDb[band]);
}

void MultibandPanel::showSpectrumFrame(const SpectrumFrame& frame) {
    double rate = playback() ? playback()->sampleRate() : 0.0;
    if (rate <= 0.0)
        rate = document()->project().album.sampleRate;
    // The master's spectrum: where its energy lies now is where a crossover matters.
    m_view->setSpectrum(frame.masterDb, rate / static_cast<double>(SpectrumFrame::kFftSize));
}

}  // namespace lathe::ui
