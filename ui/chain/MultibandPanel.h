#pragma once

#include "ParameterPanel.h"

#include <array>

class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace lathe::ui {

class CompressorControls;
class CrossoverView;
class GainReductionMeter;

// The multiband compressor: the crossovers dragged on the spectrum heard now, 2..5
// bands (a crossover added in the middle of the selected band, or the one above it
// removed), per band solo, bypass and a gain-reduction meter, and the selected band's
// compressor. The engine meters the master chain's first active multiband.
class MultibandPanel : public ParameterPanel {
    Q_OBJECT
public:
    // Two crossovers never come closer than this ratio (a sixth of an octave).
    static constexpr double kMinCrossoverRatio = 1.122;

    MultibandPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback = nullptr,
                   QWidget* parent = nullptr);

    CrossoverView* crossoverView() const { return m_view; }
    int selectedBand() const { return m_selected; }
    void selectBand(int band);
    QPushButton* addCrossoverButton() const { return m_add; }
    QPushButton* removeCrossoverButton() const { return m_remove; }
    QToolButton* soloButton(int band) const { return m_strips[static_cast<std::size_t>(band)].solo; }
    QToolButton* bypassButton(int band) const { return m_strips[static_cast<std::size_t>(band)].bypass; }
    GainReductionMeter* bandMeter(int band) const { return m_strips[static_cast<std::size_t>(band)].meter; }
    bool isMetered() const;

    void addCrossover();
    void removeCrossover();

    void showMeterFrame(const MeterFrame& frame) override;
    void showSpectrumFrame(const SpectrumFrame& frame) override;

protected:
    void refreshDetails(const Module& module) override;

private:
    struct Strip {
        QWidget* box = nullptr;
        QToolButton* select = nullptr;
        QToolButton* solo = nullptr;
        QToolButton* bypass = nullptr;
        GainReductionMeter* meter = nullptr;
    };

    void moveCrossover(int index, double hz, int mergeKey);
    void toggleBand(int band, bool MultibandBand::*flag, const QString& description);
    QString bandRange(const MultibandSettings& settings, int band) const;
    double highestCrossoverHz() const;

    int m_selected = 0;  // first: the compressor controls read it while they are built
    CrossoverView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QCheckBox* m_linearPhase;
    QLabel* m_bandTitle;
    std::array<Strip, MultibandSettings::kMaxBands> m_strips;
    CompressorControls* m_compressor;
};

}  // namespace lathe::ui
