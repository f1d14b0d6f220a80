#include "ModulePanel.h"

#include "ProjectDocument.h"

namespace lathe::ui {

ModulePanel::ModulePanel(ProjectDocument* document, ModuleAddress address, QWidget* parent)
    : QWidget(parent), m_document(document), m_address(address) {
    connect(document, &ProjectDocument::changed, this, &ModulePanel::refreshNow);
}

const Module* ModulePanel::module() const { return m_address.moduleIn(m_document->project()); }

void ModulePanel::refreshNow() {
    if (const Module* current = module())
        refresh(*current);
}

void ModulePanel::editModule(const QString& description, const std::function<void(Module&)>& change,
                             int mergeKey) {
    const ModuleAddress address = m_address;
    m_document->edit(description, [address, &change](Project& project) {
        if (Module* edited = address.moduleIn(project))
            change(*edited);
    }, mergeKey);
}

}  // namespace lathe::ui
