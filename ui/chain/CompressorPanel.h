#pragma once

#include "ParameterPanel.h"

namespace lathe::ui {

class CompressorControls;

// The compressor module: every setting of its CompressorControls.
class CompressorPanel : public ParameterPanel {
    Q_OBJECT
public:
    CompressorPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback = nullptr,
                    QWidget* parent = nullptr);

protected:
    void refreshDetails(const Module& module) override;

private:
    CompressorControls* m_controls;
};

}  // namespace lathe::ui
