#pragma once

#include "ParameterPanel.h"

namespace lathe::ui {

// The stereo module: width (0 % mono .. 200 %), mono below a frequency, balance.
class StereoPanel : public ParameterPanel {
    Q_OBJECT
public:
    StereoPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback = nullptr,
                QWidget* parent = nullptr);
};

}  // namespace lathe::ui
