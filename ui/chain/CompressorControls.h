#pragma once

#include "ParameterPanel.h"

#include <QWidget>

class QComboBox;

namespace lathe::ui {

// The controls of one compressor (threshold, ratio, attack, release, knee, makeup,
// detector, stereo link, sidechain high-pass), bound to wherever the panel's module
// keeps it: the compressor module itself, or the selected band of a multiband.
class CompressorControls : public QWidget {
    Q_OBJECT
public:
    using Access = std::function<CompressorSettings*(Module&)>;

    // `perRow`: knobs per row (8 in one row where height is short, 4 in two where width is).
    CompressorControls(ParameterPanel* panel, Access access, int perRow, QWidget* parent = nullptr);

    // The detector choice (the knobs refresh through the panel).
    void refresh(const Module& module);
    QComboBox* detector() const { return m_detector; }

private:
    ParameterPanel::Field field(double CompressorSettings::*member) const;

    ParameterPanel* m_panel;
    Access m_access;
    QComboBox* m_detector;
};

}  // namespace lathe::ui
