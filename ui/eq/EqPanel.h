#pragma once

#include "chain/ModulePanel.h"

#include "project/ModuleSettings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QToolButton;
class QStackedWidget;

namespace lathe::ui {

class EqCurveView;
class PlaybackController;

// The editor of an `eq` module: the curve with its band nodes over the live spectra of
// the mix and the master, the phase mode and display range above it, and the selected
// band's exact values below. Every change is one undoable document edit (a whole drag
// or wheel turn one step), which the playback controller passes on to the engine.
class EqPanel : public ModulePanel {
    Q_OBJECT
public:
    // `playback` feeds the spectra; nullptr shows the curve alone.
    EqPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
            QWidget* parent = nullptr);

    EqCurveView* curveView() const { return m_curve; }
    QComboBox* phaseBox() const { return m_phase; }
    QComboBox* rangeBox() const { return m_range; }
    QComboBox* shapeBox() const { return m_shape; }
    QComboBox* placementBox() const { return m_placement; }
    QDoubleSpinBox* frequencyBox() const { return m_frequency; }
    QDoubleSpinBox* gainBox() const { return m_gain; }
    QDoubleSpinBox* qBox() const { return m_q; }
    QComboBox* slopeBox() const { return m_slope; }
    QCheckBox* enabledBox() const { return m_enabled; }

protected:
    void refresh(const Module& module) override;

private:
    QWidget* buildHeader();
    QWidget* buildBandStrip();
    double sampleRate() const;
    double highestFrequency() const;
    void showSelectedBand();
    // One undoable change of band `band`; `mergeKey` >= 0 joins a gesture's edits.
    void editBand(int band, const std::function<void(EqBand&)>& change, int mergeKey = -1);
    void addBand(const EqBand& band);
    void removeBand(int band);

    EqCurveView* m_curve;
    QComboBox* m_phase = nullptr;
    QComboBox* m_range = nullptr;
    QLabel* m_bandTitle = nullptr;
    QStackedWidget* m_bandPages = nullptr;  // the hint, or the selected band's fields
    QLabel* m_hint = nullptr;
    QWidget* m_bandControls = nullptr;
    QComboBox* m_shape = nullptr;
    QComboBox* m_placement = nullptr;
    QDoubleSpinBox* m_frequency = nullptr;
    QDoubleSpinBox* m_gain = nullptr;
    QDoubleSpinBox* m_q = nullptr;
    QComboBox* m_slope = nullptr;
    QCheckBox* m_enabled = nullptr;
    QToolButton* m_delete = nullptr;
};

}  // namespace lathe::ui
