#include "CompressorPanel.h"

#include "CompressorControls.h"

#include <QVBoxLayout>

namespace lathe::ui {

CompressorPanel::CompressorPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
                                 QWidget* parent)
    : ParameterPanel(document, address, playback, parent),
      m_controls(new CompressorControls(this, [](Module& module) { return std::get_if<CompressorSettings>(&module.parameters); })) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addStretch();
    refreshNow();
}

void CompressorPanel::refreshDetails(const Module& module) { m_controls->refresh(module); }

}  // namespace lathe::ui
