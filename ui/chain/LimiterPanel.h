#pragma once

#include "ParameterPanel.h"
#include "PlatformTargets.h"

class QComboBox;
class QLabel;

namespace lathe::ui {

class GainReductionMeter;
class ReductionHistory;

// The true-peak limiter: input gain, ceiling, release, look-ahead; its gain reduction
// now and over the last seconds (the engine meters the master chain's last limiter);
// and a streaming platform's loudness target: choosing one sets the ceiling the service
// asks for and shows the loudness to aim at beside the short-term loudness heard now.
class LimiterPanel : public ParameterPanel {
    Q_OBJECT
public:
    LimiterPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback = nullptr,
                 QWidget* parent = nullptr);

    QComboBox* targetChoice() const { return m_target; }
    QLabel* targetText() const { return m_targetText; }
    GainReductionMeter* reductionMeter() const { return m_meter; }
    ReductionHistory* history() const { return m_history; }
    // Whether the engine meters this limiter (the master chain's last enabled one).
    bool isMetered() const;

    void showMeterFrame(const MeterFrame& frame) override;

protected:
    void refreshDetails(const Module& module) override;

private:
    void chooseTarget(int index);
    void updateTargetText();

    QList<PlatformTarget> m_targets;
    QComboBox* m_target;
    QLabel* m_targetText;
    GainReductionMeter* m_meter;
    ReductionHistory* m_history;
    QLabel* m_meterNote;
    std::optional<double> m_shortTermLufs;
};

}  // namespace lathe::ui
