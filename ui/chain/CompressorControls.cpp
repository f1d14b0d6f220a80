#include "CompressorControls.h"

#include "project/ProjectSchema.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lathe::ui {

CompressorControls::CompressorControls(ParameterPanel* panel, Access access, int perRow, QWidget* parent)
    : QWidget(parent), m_panel(panel), m_access(std::move(access)), m_detector(new QComboBox) {
    const CompressorSettings defaults;
    using U = ParameterUnit;
    const auto spec = [](const QString& name, U unit, const rules::Range& range, double value,
                         double scale = 1.0) {
        return ParameterSpec::fromRange(name, unit, range, value, scale);
    };
    constexpr double kPercent = 100.0;
    // In the order an engineer sets them: where, how much, how fast, then the rest.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(6);
    int placed = 0;
    const auto add = [&](ParameterControl* control) {
        grid->addWidget(control, placed / perRow, placed % perRow);
        ++placed;
    };
    add(panel->bindParameter(spec(tr("Threshold"), U::Decibel, schema::kThresholdDb, defaults.thresholdDb),
                             field(&CompressorSettings::thresholdDb)));
    add(panel->bindParameter(spec(tr("Ratio"), U::Ratio, schema::kRatio, defaults.ratio),
                             field(&CompressorSettings::ratio)));
    add(panel->bindParameter(spec(tr("Attack"), U::Milliseconds, schema::kAttackMs, defaults.attackMs),
                             field(&CompressorSettings::attackMs)));
    add(panel->bindParameter(spec(tr("Release"), U::Milliseconds, schema::kReleaseMs, defaults.releaseMs),
                             field(&CompressorSettings::releaseMs)));
    add(panel->bindParameter(spec(tr("Knee"), U::Decibel, schema::kKneeDb, defaults.kneeDb),
                             field(&CompressorSettings::kneeDb)));
    add(panel->bindParameter(spec(tr("Makeup"), U::Decibel, schema::kGainDb, defaults.makeupDb),
                             field(&CompressorSettings::makeupDb)));
    add(panel->bindParameter(
        spec(tr("Stereo link"), U::Percent, schema::kUnit, defaults.stereoLink, kPercent),
        field(&CompressorSettings::stereoLink)));
    add(panel->bindParameter(ParameterSpec::frequency(tr("SC HPF"), defaults.sidechainHighPassHz, true),
                             field(&CompressorSettings::sidechainHighPassHz)));

    m_detector->addItem(tr("RMS"), static_cast<int>(Detector::Rms));
    m_detector->addItem(tr("Peak"), static_cast<int>(Detector::Peak));
    m_detector->setToolTip(
        tr("What the compressor reacts to: the RMS level (smooth, musical) or the peak level (fast, catches "
           "transients)"));
    auto* detectorBox = new QVBoxLayout;
    auto* detectorLabel = new QLabel(tr("Detector"));
    detectorLabel->setAlignment(Qt::AlignHCenter);
    detectorBox->addWidget(detectorLabel);
    detectorBox->addWidget(m_detector);
    detectorBox->addStretch();
    grid->addLayout(detectorBox, 0, perRow, Qt::AlignTop);
    grid->setColumnStretch(perRow + 1, 1);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_detector, &QComboBox::activated, this, [this](int index) {
        const auto detector = static_cast<Detector>(m_detector->itemData(index).toInt());
        m_panel->editDetail(tr("Set detector"), [this, detector](Module& module) {
            if (CompressorSettings* settings = m_access(module))
                settings->detector = detector;
        });
    });
}

ParameterPanel::Field CompressorControls::field(double CompressorSettings::*member) const {
    return [access = m_access, member](Module& module) -> double* {
        CompressorSettings* settings = access(module);
        return settings ? &(settings->*member) : nullptr;
    };
}

void CompressorControls::refresh(const Module& module) {
    Module copy = module;
    const CompressorSettings* settings = m_access(copy);
    m_detector->setEnabled(settings != nullptr);
    if (settings)
        m_detector->setCurrentIndex(m_detector->findData(static_cast<int>(settings->detector)));
}

}  // namespace lathe::ui
