#include "DeclickPanel.h"

#include "project/ProjectSchema.h"

#include <QHBoxLayout>

namespace lathe::ui {

DeclickPanel::DeclickPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
                           QWidget* parent)
    : ParameterPanel(document, address, playback, parent) {
    constexpr double kPercent = 100.0;
    QHBoxLayout* layout = knobRow();
    layout->addWidget(
        bindParameter(ParameterSpec::fromRange(tr("Sensitivity"), ParameterUnit::Percent, schema::kUnit,
                                               DeclickSettings{}.sensitivity, kPercent),
                      field(&DeclickSettings::sensitivity)));
    layout->addStretch();
    refreshNow();
}

}  // namespace lathe::ui
