#include "TrackListModel.h"

#include <QColor>
#include <cmath>

namespace lathe::ui {
namespace {

constexpr double kMinutesPerHour = 60.0;
// Where a master's true peak starts to risk clipping in lossy encoders.
constexpr double kTruePeakWarningDbtp = -1.0;

QString formatDecibels(const std::optional<double>& value, const QString& unit) {
    if (!value)
        return QStringLiteral("—");
    return QStringLiteral("%1 %2").arg(*value, 0, 'f', 1).arg(unit);
}

}  // namespace

QString sourceKey(const Track& track) { return QString::fromStdString(track.source.string()); }

QString formatDuration(double seconds) {
    const double clamped = std::max(0.0, seconds);
    const int minutes = static_cast<int>(clamped / kMinutesPerHour);
    const double rest = clamped - minutes * kMinutesPerHour;
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 4, 'f', 1, QLatin1Char('0'));
}

TrackListModel::TrackListModel(QObject* parent) : QAbstractTableModel(parent) {}

void TrackListModel::setProject(const Project& project) {
    beginResetModel();
    m_project = project;
    endResetModel();
}

void TrackListModel::setSourceLoudness(const QString& sourcePath, const SourceLoudness& loudness) {
    m_loudness.insert(sourcePath, loudness);
    for (int row = 0; row < rowCount(); ++row)
        if (sourceKey(m_project.tracks[static_cast<std::size_t>(row)]) == sourcePath)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<SourceLoudness> TrackListModel::sourceLoudness(int row) const {
    const auto found = m_loudness.constFind(sourceKey(m_project.tracks.at(static_cast<std::size_t>(row))));
    if (found == m_loudness.constEnd())
        return std::nullopt;
    return *found;
}

int TrackListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_project.tracks.size());
}

int TrackListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

double TrackListModel::playedSeconds(int row) const {
    const Track& track = m_project.tracks[static_cast<std::size_t>(row)];
    const auto loudness = sourceLoudness(row);
    const double end = track.trimEndSeconds.value_or(loudness ? loudness->durationSeconds : 0.0);
    return end - track.trimStartSeconds;
}

QVariant TrackListModel::displayText(int row, int column) const {
    const Track& track = m_project.tracks[static_cast<std::size_t>(row)];
    const auto loudness = sourceLoudness(row);
    switch (column) {
    case Number: return row + 1;
    case Title: return QString::fromStdString(track.text.title);
    case Performer: return QString::fromStdString(track.text.performer);
    case Length: return loudness ? formatDuration(playedSeconds(row)) : QStringLiteral("…");
    case Pregap:
        return track.crossfadeSeconds > 0.0 ? tr("crossfade %1 s").arg(track.crossfadeSeconds, 0, 'f', 2)
                                            : tr("%1 s").arg(track.pregapSeconds, 0, 'f', 2);
    case Isrc: return QString::fromStdString(track.isrc);
    case Loudness:
        if (!loudness)
            return tr("measuring…");
        if (!loudness->error.isEmpty())
            return tr("unreadable");
        return formatDecibels(loudness->integratedLufs, tr("LUFS"));
    case TruePeak:
        return loudness && loudness->error.isEmpty() ? formatDecibels(loudness->truePeakDbtp, tr("dBTP"))
                                                     : QVariant();
    default: return {};
    }
}

QVariant TrackListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return displayText(index.row(), index.column());
    if (role == Qt::TextAlignmentRole && index.column() != Title && index.column() != Performer)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const auto loudness = sourceLoudness(index.row());
        if (loudness && !loudness->error.isEmpty())
            return loudness->error;
        return QString::fromStdString(m_project.tracks[static_cast<std::size_t>(index.row())].source.string());
    }
    if (role == Qt::ForegroundRole && index.column() == TruePeak) {
        const auto loudness = sourceLoudness(index.row());
        if (loudness && loudness->truePeakDbtp && *loudness->truePeakDbtp > kTruePeakWarningDbtp)
            return QColor(0xff, 0x6b, 0x5b);
    }
    return {};
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("#");
    case Title: return tr("Title");
    case Performer: return tr("Performer");
    case Length: return tr("Length");
    case Pregap: return tr("Gap");
    case Isrc: return tr("ISRC");
    case Loudness: return tr("Integrated");
    case TruePeak: return tr("True peak");
    default: return {};
    }
}

}  // namespace lathe::ui
