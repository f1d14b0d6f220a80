#include "LimiterPanel.h"

#include "GainReductionMeter.h"
#include "ProjectDocument.h"
#include "ReductionHistory.h"

#include "playback/MeterFrames.h"
#include "project/ProjectSchema.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace lathe::ui {

LimiterPanel::LimiterPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
                           QWidget* parent)
    : ParameterPanel(document, address, playback, parent),
      m_target(new QComboBox),
      m_targetText(new QLabel),
      m_meter(new GainReductionMeter(Qt::Horizontal)),
      m_history(new ReductionHistory),
      m_meterNote(new QLabel) {
    try {
        m_targets = loadPlatformTargets();
    } catch (const std::exception&) {
        m_targets.clear();  // the embedded table is checked by its own test; no presets then
    }
    const LimiterSettings defaults;
    using U = ParameterUnit;
    auto* controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(bindParameter(
        ParameterSpec::fromRange(tr("Input gain"), U::Decibel, schema::kGainDb, defaults.inputGainDb),
        field(&LimiterSettings::inputGainDb)));
    controls->addWidget(bindParameter(ParameterSpec::fromRange(tr("Ceiling"), U::DecibelTruePeak,
                                                               schema::kCeilingDbtp, defaults.ceilingDbtp),
                                      field(&LimiterSettings::ceilingDbtp)));
    controls->addWidget(bindParameter(
        ParameterSpec::fromRange(tr("Release"), U::Milliseconds, schema::kReleaseMs, defaults.releaseMs),
        field(&LimiterSettings::releaseMs)));
    controls->addWidget(bindParameter(ParameterSpec::fromRange(tr("Lookahead"), U::Milliseconds,
                                                               schema::kLookaheadMs, defaults.lookaheadMs),
                                      field(&LimiterSettings::lookaheadMs)));
    controls->addStretch();

    m_target->addItem(tr("No target"));
    for (const PlatformTarget& target : m_targets)
        m_target->addItem(target.name);
    m_target->setToolTip(
        tr("A streaming service's loudness target: sets the ceiling it asks for and shows the loudness to "
           "aim at"));
    m_targetText->setForegroundRole(QPalette::PlaceholderText);
    m_targetText->setMinimumHeight(m_targetText->fontMetrics().lineSpacing() * 2);
    auto* target = new QHBoxLayout;
    target->addWidget(new QLabel(tr("Target")));
    target->addWidget(m_target);
    target->addStretch();
    auto* targetColumn = new QVBoxLayout;
    targetColumn->addLayout(target);
    targetColumn->addWidget(m_targetText);
    connect(m_target, &QComboBox::activated, this, &LimiterPanel::chooseTarget);

    m_meterNote->setForegroundRole(QPalette::PlaceholderText);
    m_meterNote->setWordWrap(true);
    auto* meters = new QGridLayout;
    meters->setColumnStretch(1, 1);
    meters->setContentsMargins(0, 0, 0, 0);
    meters->addWidget(m_meter, 0, 1);
    meters->addWidget(m_history, 1, 1);
    meters->addWidget(m_meterNote, 2, 1);
    meters->setRowStretch(1, 1);

    // Settings and target on the left, what the limiter does on the right.
    auto* settings = new QVBoxLayout;
    settings->addLayout(controls);
    settings->addSpacing(6);
    settings->addLayout(targetColumn);
    settings->addStretch();
    auto* reduction = new QVBoxLayout;
    reduction->addWidget(sectionLabel(tr("Gain reduction")));
    reduction->addLayout(meters, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addLayout(settings);
    layout->addLayout(reduction, 1);
    refreshNow();
    updateTargetText();
}

bool LimiterPanel::isMetered() const {
    const Module* self = module();
    if (!address().isMaster() || !self || !self->enabled)
        return false;
    const Chain& chain = document()->project().masterChain;
    for (std::size_t i = static_cast<std::size_t>(address().module) + 1; i < chain.modules.size(); ++i)
        if (chain.modules[i].enabled && std::holds_alternative<LimiterSettings>(chain.modules[i].parameters))
            return false;
    return true;
}

void LimiterPanel::refreshDetails(const Module&) {
    const bool metered = isMetered();
    m_meter->setAvailable(metered);
    m_history->setEnabled(metered);
    m_meterNote->setText(
        metered ? QString()
                : tr("The engine meters the master chain's last active limiter; this one is not it."));
    m_meterNote->setVisible(!metered);
}

void LimiterPanel::chooseTarget(int index) {
    if (index > 0 && index <= m_targets.size()) {
        const double ceiling = std::clamp(m_targets[index - 1].truePeakLimitDbtp, schema::kCeilingDbtp.min,
                                          schema::kCeilingDbtp.max);
        editSettings<LimiterSettings>(tr("Ceiling for %1").arg(m_targets[index - 1].name),
                                      [ceiling](LimiterSettings& limiter) { limiter.ceilingDbtp = ceiling; });
    }
    updateTargetText();
}

void LimiterPanel::updateTargetText() {
    const int index = m_target->currentIndex();
    const bool hasTarget = index > 0 && index <= m_targets.size();
    QStringList lines;
    if (hasTarget) {
        const PlatformTarget& target = m_targets[index - 1];
        lines << tr("Aim for %1 LUFS integrated, ceiling %2 dBTP")
                     .arg(target.referenceLufs, 0, 'f', 1)
                     .arg(target.truePeakLimitDbtp, 0, 'f', 1);
        if (m_shortTermLufs)
            lines << tr("Short-term now %1 LUFS (%2 LU)")
                         .arg(*m_shortTermLufs, 0, 'f', 1)
                         .arg(QStringLiteral("%1%2")
                                  .arg(*m_shortTermLufs >= target.referenceLufs ? "+" : "")
                                  .arg(*m_shortTermLufs - target.referenceLufs, 0, 'f', 1));
    } else if (m_shortTermLufs) {
        lines << tr("Short-term now %1 LUFS").arg(*m_shortTermLufs, 0, 'f', 1);
    }
    m_targetText->setText(lines.join(QLatin1Char('\n')));
}

void LimiterPanel::showMeterFrame(const MeterFrame& frame) {
    if (std::isfinite(frame.shortTermLufs) && frame.shortTermLufs > schema::kTargetLufs.min)
        m_shortTermLufs = frame.shortTermLufs;
    else
        m_shortTermLufs.reset();
    updateTargetText();
    if (!isMetered())
        return;
    m_meter->setReductionDb(frame.gainReductionDb);
    m_history->push(frame.gainReductionDb);
}

}  // namespace lathe::ui
