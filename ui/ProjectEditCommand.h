#pragma once

#include "project/Project.h"

#include <QUndoCommand>

namespace lathe::ui {

class ProjectDocument;

// One edit as before/after snapshots of the whole project: a project is a few
// kilobytes, so snapshots are simpler and safer than inverse operations.
class ProjectEditCommand : public QUndoCommand {
public:
    ProjectEditCommand(ProjectDocument* document, Project before, Project after, const QString& text,
                       int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* m_document;
    Project m_before;
    Project m_after;
    int m_mergeKey;
};

}  // namespace lathe::ui
