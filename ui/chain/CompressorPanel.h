#pragma once

#include "ParameterPanel.h"

namespace lathe::ui {

class CompressorControls;
class TransferCurveView;

// The compressor module: every setting of its CompressorControls, and its static curve.
class CompressorPanel : public ParameterPanel {
    Q_OBJECT
public:
    CompressorPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback = nullptr,
                    QWidget* parent = nullptr);

    TransferCurveView* curve() const { return m_curve; }

protected:
    void refreshDetails(const Module& module) override;

private:
    CompressorControls* m_controls;
    TransferCurveView* m_curve;
};

}  // namespace lathe::ui
