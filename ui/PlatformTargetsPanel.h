#pragma once

#include "PlatformTargets.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableWidget;

namespace lathe::ui {

// What each streaming service would do to the current master: the playback gain it
// applies, the loudness listeners end up hearing, and a warning where the master's
// true peak exceeds the service's limit (its encoder may clip).
class PlatformTargetsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Platform, Reference, Gain, Playback, Limit, Verdict, ColumnCount };

    explicit PlatformTargetsPanel(QWidget* parent = nullptr);

    // nullopt loudness: nothing measured yet.
    void setMaster(std::optional<double> integratedLufs, std::optional<double> truePeakDbtp, const QString& caption);
    QTableWidget* table() const { return m_table; }
    const QList<PlatformTarget>& targets() const { return m_targets; }

private:
    QList<PlatformTarget> m_targets;
    QTableWidget* m_table;
    QLabel* m_caption;
};

}  // namespace lathe::ui
