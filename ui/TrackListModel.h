#pragma once

#include "project/Project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>
#include <vector>

namespace lathe::ui {

// What the background scan measured of one source.
struct SourceLoudness {
    std::optional<double> integratedLufs;  // nullopt: digital silence
    std::optional<double> truePeakDbtp;
    std::optional<double> loudnessRangeLu;
    std::optional<double> correlation;
    double durationSeconds = 0.0;
    double historyIntervalSeconds = 0.0;
    std::vector<double> shortTermLufs;  // every historyIntervalSeconds, for the history plot
    QString error;  // non-empty when the source could not be read
};

// The album's tracks as the sequencer lists them: number, title, length, gap, ISRC
// and, once the scan has measured the source, its loudness and true peak.
class TrackListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Title, Performer, Length, Pregap, Isrc, Loudness, TruePeak, ColumnCount };

    explicit TrackListModel(QObject* parent = nullptr);

    void setProject(const Project& project);
    const Project& project() const { return m_project; }
    void setSourceLoudness(const QString& sourcePath, const SourceLoudness& loudness);
    std::optional<SourceLoudness> sourceLoudness(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant displayText(int row, int column) const;
    double playedSeconds(int row) const;

    Project m_project;
    QHash<QString, SourceLoudness> m_loudness;
};

QString sourceKey(const Track& track);
QString formatDuration(double seconds);

}  // namespace lathe::ui
