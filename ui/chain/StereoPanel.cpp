#include "StereoPanel.h"

#include "project/ProjectSchema.h"

#include <QHBoxLayout>

namespace lathe::ui {

StereoPanel::StereoPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
                         QWidget* parent)
    : ParameterPanel(document, address, playback, parent) {
    constexpr double kPercent = 100.0;
    const StereoSettings defaults;
    QHBoxLayout* layout = knobRow();
    layout->addWidget(bindParameter(ParameterSpec::fromRange(tr("Width"), ParameterUnit::Percent,
                                                             schema::kWidth, defaults.width, kPercent),
                                    field(&StereoSettings::width)));
    layout->addWidget(bindParameter(ParameterSpec::frequency(tr("Mono below"), defaults.monoBelowHz, true),
                                    field(&StereoSettings::monoBelowHz)));
    layout->addWidget(bindParameter(ParameterSpec::fromRange(tr("Balance"), ParameterUnit::Percent,
                                                             schema::kBalance, defaults.balance, kPercent),
                                    field(&StereoSettings::balance)));
    layout->addStretch();
    refreshNow();
}

}  // namespace lathe::ui
