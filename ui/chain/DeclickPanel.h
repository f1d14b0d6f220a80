#pragma once

#include "ParameterPanel.h"

namespace lathe::ui {

// The declicker: how eagerly it finds and repairs clicks.
class DeclickPanel : public ParameterPanel {
    Q_OBJECT
public:
    DeclickPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback = nullptr,
                 QWidget* parent = nullptr);
};

}  // namespace lathe::ui
