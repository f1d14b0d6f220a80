#pragma once

#include "ParameterPanel.h"

namespace lathe::ui {

// The gain module: one level change in dB.
class GainPanel : public ParameterPanel {
    Q_OBJECT
public:
    GainPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback = nullptr,
              QWidget* parent = nullptr);
};

}  // namespace lathe::ui
