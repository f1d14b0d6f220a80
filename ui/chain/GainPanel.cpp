#include "GainPanel.h"

#include "project/ProjectSchema.h"

#include <QHBoxLayout>

namespace lathe::ui {

GainPanel::GainPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
                     QWidget* parent)
    : ParameterPanel(document, address, playback, parent) {
    QHBoxLayout* layout = knobRow();
    layout->addWidget(bindParameter(
        ParameterSpec::fromRange(tr("Gain"), ParameterUnit::Decibel, schema::kGainDb, GainSettings{}.gainDb),
        field(&GainSettings::gainDb)));
    layout->addStretch();
    refreshNow();
}

}  // namespace lathe::ui
