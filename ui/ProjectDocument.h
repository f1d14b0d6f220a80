#pragma once

#include "project/Project.h"

#include <QObject>
#include <QStringList>
#include <filesystem>
#include <functional>

class QUndoStack;

namespace lathe::ui {

enum class FadeEdge { In, Out };

// The open album: the Project the window edits, the file it came from, and the undo
// history. Every edit goes through edit(), which records a snapshot command, so all
// views learn of a change from one signal and every change can be undone.
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(QObject* parent = nullptr);

    const Project& project() const { return m_project; }
    const std::filesystem::path& file() const { return m_file; }
    bool isModified() const;
    QUndoStack* undoStack() const { return m_undo; }

    // Loads (throws lathe::Error naming the file and every problem) or starts afresh.
    void open(const std::filesystem::path& file);
    void reset(const Project& project, const std::filesystem::path& file);
    // Opens autosaved work as unsaved changes of `file` (empty: never saved), so saving
    // writes it where the album belongs and closing asks first.
    void recover(const Project& project, const std::filesystem::path& file);
    // Validates first; refuses (throws ProjectError) a project with problems.
    void saveAs(const std::filesystem::path& file);

    // Applies `change` to a copy and records it; `mergeKey` >= 0 lets consecutive edits
    // of one gesture (a drag) collapse into one undo step.
    void edit(const QString& description, const std::function<void(Project&)>& change, int mergeKey = -1);

    void moveTrack(int from, int to);
    void insertTracks(int row, const QStringList& sources);
    void removeTracks(QList<int> rows);
    // Places a track's audio `seconds` after the end of the previous one: positive is a
    // pregap (silence), negative a crossfade of that length.
    void setTrackOffset(int track, double seconds, int mergeKey = -1);
    void setFadeLength(int track, FadeEdge edge, double seconds, int mergeKey = -1);
    void setFadeCurve(int track, FadeEdge edge, FadeCurve curve);

    // Called by the undo command; views react to `changed`.
    void replaceProject(const Project& project);

signals:
    void changed();
    void fileChanged();
    // A different album was opened (not an edit of the same one).
    void opened();

private:
    Project m_project;
    std::filesystem::path m_file;
    QUndoStack* m_undo;
};

QString fadeCurveName(FadeCurve curve);

}  // namespace lathe::ui
