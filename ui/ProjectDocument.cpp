#include "ProjectDocument.h"

#include "ProjectEditCommand.h"

#include "project/ProjectFile.h"
#include "timeline/CdFrames.h"

#include <QUndoStack>
#include <algorithm>

namespace lathe::ui {
namespace {

// Red Book: the first track's pause is at least two seconds.
constexpr double kRedBookFirstPregapSeconds =
    static_cast<double>(CdFrames::kMinFirstPregapFrames) / CdFrames::kFramesPerSecond;

// Whatever track ends up first overlaps nothing and, for a CD, keeps its 2 s pause.
void keepFirstTrackValid(Project& project) {
    if (project.tracks.empty())
        return;
    Track& first = project.tracks.front();
    first.crossfadeSeconds = 0.0;
    if (project.exports.ddp.enabled)
        first.pregapSeconds = std::max(first.pregapSeconds, kRedBookFirstPregapSeconds);
}

}  // namespace

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {
    connect(m_undo, &QUndoStack::cleanChanged, this, &ProjectDocument::fileChanged);
}

bool ProjectDocument::isModified() const { return !m_undo->isClean(); }

void ProjectDocument::open(const std::filesystem::path& file) { reset(loadProject(file), file); }

void ProjectDocument::reset(const Project& project, const std::filesystem::path& file) {
    m_undo->clear();
    m_file = file;
    emit opened();
    replaceProject(project);
    emit fileChanged();
}

void ProjectDocument::recover(const Project& project, const std::filesystem::path& file) {
    reset(project, file);
    m_undo->resetClean();
    emit fileChanged();
}

void ProjectDocument::saveAs(const std::filesystem::path& file) {
    const auto problems = validateProject(m_project);
    if (!problems.empty())
        throw ProjectError(file.filename().string(), problems);
    saveProject(m_project, file);
    m_file = file;
    m_undo->setClean();
    emit fileChanged();
}

void ProjectDocument::edit(const QString& description, const std::function<void(Project&)>& change,
                           int mergeKey) {
    Project after = m_project;
    change(after);
    if (after == m_project)
        return;
    m_undo->push(new ProjectEditCommand(this, m_project, std::move(after), description, mergeKey));
}

void ProjectDocument::replaceProject(const Project& project) {
    m_project = project;
    emit changed();
}

void ProjectDocument::moveTrack(int from, int to) {
    const int count = static_cast<int>(m_project.tracks.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    edit(tr("Move track"), [from, to](Project& project) {
        auto& tracks = project.tracks;
        Track moved = std::move(tracks[static_cast<std::size_t>(from)]);
        tracks.erase(tracks.begin() + from);
        tracks.insert(tracks.begin() + to, std::move(moved));
        keepFirstTrackValid(project);
    });
}

void ProjectDocument::insertTracks(int row, const QStringList& sources) {
    if (sources.isEmpty())
        return;
    edit(tr("Add %n track(s)", nullptr, static_cast<int>(sources.size())), [row, &sources](Project& project) {
        auto at = std::clamp<std::size_t>(static_cast<std::size_t>(std::max(row, 0)), 0, project.tracks.size());
        for (const QString& source : sources) {
            Track track;
            track.source = source.toStdString();
            track.text.title = track.source.stem().string();
            project.tracks.insert(project.tracks.begin() + static_cast<std::ptrdiff_t>(at++), std::move(track));
        }
        keepFirstTrackValid(project);
    });
}

void ProjectDocument::removeTracks(QList<int> rows) {
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;
    edit(tr("Remove %n track(s)", nullptr, static_cast<int>(rows.size())), [&rows](Project& project) {
        for (const int row : rows)
            if (row >= 0 && row < static_cast<int>(project.tracks.size()))
                project.tracks.erase(project.tracks.begin() + row);
        keepFirstTrackValid(project);
    });
}

void ProjectDocument::setTrackOffset(int track, double seconds, int mergeKey) {
    if (track < 0 || track >= static_cast<int>(m_project.tracks.size()))
        return;
    // The first track has nothing to overlap.
    const double offset = track == 0 ? std::max(0.0, seconds) : seconds;
    edit(offset < 0.0 ? tr("Crossfade") : tr("Change gap"), [track, offset](Project& project) {
        Track& edited = project.tracks[static_cast<std::size_t>(track)];
        edited.pregapSeconds = std::max(0.0, offset);
        edited.crossfadeSeconds = std::max(0.0, -offset);
        keepFirstTrackValid(project);
    }, mergeKey);
}

void ProjectDocument::setFadeLength(int track, FadeEdge edge, double seconds, int mergeKey) {
    if (track < 0 || track >= static_cast<int>(m_project.tracks.size()))
        return;
    edit(edge == FadeEdge::In ? tr("Fade in") : tr("Fade out"), [track, edge, seconds](Project& project) {
        Track& edited = project.tracks[static_cast<std::size_t>(track)];
        (edge == FadeEdge::In ? edited.fadeIn : edited.fadeOut).lengthSeconds = std::max(0.0, seconds);
    }, mergeKey);
}

void ProjectDocument::setFadeCurve(int track, FadeEdge edge, FadeCurve curve) {
    if (track < 0 || track >= static_cast<int>(m_project.tracks.size()))
        return;
    edit(tr("Fade curve"), [track, edge, curve](Project& project) {
        Track& edited = project.tracks[static_cast<std::size_t>(track)];
        (edge == FadeEdge::In ? edited.fadeIn : edited.fadeOut).curve = curve;
    });
}

QString fadeCurveName(FadeCurve curve) {
    switch (curve) {
    case FadeCurve::Linear: return ProjectDocument::tr("Linear");
    case FadeCurve::EqualPower: return ProjectDocument::tr("Equal power");
    case FadeCurve::Logarithmic: return ProjectDocument::tr("Logarithmic");
    case FadeCurve::Exponential: return ProjectDocument::tr("Exponential");
    case FadeCurve::SCurve: return ProjectDocument::tr("S-curve");
    }
    return {};
}

}  // namespace lathe::ui
