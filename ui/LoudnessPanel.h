#pragma once

#include <QWidget>
#include <optional>

class QCustomPlot;
class QLabel;

namespace lathe::ui {

class CorrelationMeter;

// One set of loudness readings (EBU R128 / ITU-R BS.1770), nullopt where undefined.
struct LoudnessReadings {
    std::optional<double> momentaryLufs;
    std::optional<double> shortTermLufs;
    std::optional<double> integratedLufs;
    std::optional<double> loudnessRangeLu;
    std::optional<double> correlation;
};

// Momentary, short-term and integrated loudness, loudness range, a history plot of
// short-term loudness against the album's target, and phase correlation.
class LoudnessPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr double kPlotFloorLufs = -42.0;
    static constexpr double kPlotTopLufs = 0.0;

    explicit LoudnessPanel(QWidget* parent = nullptr);

    void setTarget(std::optional<double> targetLufs);
    void setReadings(const LoudnessReadings& readings);
    // Only what the analysis of the whole programme knows: integrated loudness and range.
    void setProgrammeReadings(std::optional<double> integratedLufs, std::optional<double> loudnessRangeLu);
    // Only what a live meter frame carries: momentary, short-term, correlation.
    void setLiveReadings(std::optional<double> momentaryLufs, std::optional<double> shortTermLufs,
                         std::optional<double> correlation);
    // Replaces the history (seconds, short-term LUFS) and labels what it measures.
    void setHistory(const QVector<double>& seconds, const QVector<double>& shortTermLufs, const QString& caption);
    void appendHistory(double seconds, double shortTermLufs);
    void setPlayHead(double seconds);

    QString readoutText(const QString& name) const;
    int historyPoints() const;

private:
    QLabel* addReadout(class QGridLayout* grid, int column, const QString& name, const QString& unit);

    QLabel* m_momentary;
    QLabel* m_shortTerm;
    QLabel* m_integrated;
    QLabel* m_range;
    QLabel* m_caption;
    QCustomPlot* m_plot;
    CorrelationMeter* m_correlation;
    std::optional<double> m_target;
};

}  // namespace lathe::ui
