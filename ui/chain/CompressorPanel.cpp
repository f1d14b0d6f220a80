#include "CompressorPanel.h"

#include "CompressorControls.h"
#include "TransferCurveView.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {
constexpr int kKnobsPerRow = 4;  // two rows, the curve beside them
}  // namespace

CompressorPanel::CompressorPanel(ProjectDocument* document, ModuleAddress address,
                                 PlaybackController* playback, QWidget* parent)
    : ParameterPanel(document, address, playback, parent),
      m_controls(new CompressorControls(
          this, [](Module& module) { return std::get_if<CompressorSettings>(&module.parameters); },
          kKnobsPerRow)),
      m_curve(new TransferCurveView) {
    auto* column = new QVBoxLayout;
    column->addWidget(m_controls);
    column->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(column);
    layout->addWidget(m_curve, 0, Qt::AlignTop);
    layout->addStretch(1);
    refreshNow();
}

void CompressorPanel::refreshDetails(const Module& module) {
    m_controls->refresh(module);
    if (const auto* settings = std::get_if<CompressorSettings>(&module.parameters))
        m_curve->setSettings(*settings);
}

}  // namespace lathe::ui
