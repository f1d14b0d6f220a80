#include "ProjectEditCommand.h"

#include "ProjectDocument.h"

namespace lathe::ui {

ProjectEditCommand::ProjectEditCommand(ProjectDocument* document, Project before, Project after,
                                       const QString& text, int mergeKey)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey) {}

void ProjectEditCommand::undo() { m_document->replaceProject(m_before); }
void ProjectEditCommand::redo() { m_document->replaceProject(m_after); }

bool ProjectEditCommand::mergeWith(const QUndoCommand* other) {
    m_after = static_cast<const ProjectEditCommand*>(other)->m_after;
    return true;
}

}  // namespace lathe::ui
