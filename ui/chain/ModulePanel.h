#pragma once

#include "ModuleAddress.h"

#include <QWidget>
#include <functional>

namespace lathe::ui {

class ProjectDocument;

// The editor of one chain module. It reads the module from the document whenever the
// project changes (an undo included) and writes every change back through the document,
// so the undo stack, the engine and every other view follow the same edit.
class ModulePanel : public QWidget {
    Q_OBJECT
public:
    ModulePanel(ProjectDocument* document, ModuleAddress address, QWidget* parent = nullptr);

    ModuleAddress address() const { return m_address; }
    ProjectDocument* document() const { return m_document; }
    // The module as the document has it now; nullptr once it no longer exists.
    const Module* module() const;

protected:
    // Shows `module`'s settings; called on construction (via refreshNow) and after every edit.
    virtual void refresh(const Module& module) = 0;
    // Derived constructors call this once their widgets exist.
    void refreshNow();
    // One undoable edit of this module; `mergeKey` >= 0 merges a gesture (a drag) into one step.
    void editModule(const QString& description, const std::function<void(Module&)>& change,
                    int mergeKey = -1);
    // Typed access to the settings of this panel's module type.
    template <typename Settings>
    const Settings* settings() const {
        const Module* current = module();
        return current ? std::get_if<Settings>(&current->parameters) : nullptr;
    }
    template <typename Settings>
    void editSettings(const QString& description, const std::function<void(Settings&)>& change,
                      int mergeKey = -1) {
        editModule(description, [&change](Module& edited) {
            if (auto* typed = std::get_if<Settings>(&edited.parameters))
                change(*typed);
        }, mergeKey);
    }

private:
    ProjectDocument* m_document;
    ModuleAddress m_address;
};

}  // namespace lathe::ui
