#pragma once

#include "ModulePanel.h"

class QLabel;

namespace lathe::ui {

// A read-only list of an EQ's bands, shown until the EQ editor (EqPanel) is wired into
// the ModulePanelFactory.
class EqSummaryPanel : public ModulePanel {
    Q_OBJECT
public:
    EqSummaryPanel(ProjectDocument* document, ModuleAddress address, QWidget* parent = nullptr);

protected:
    void refresh(const Module& module) override;

private:
    QLabel* m_text;
};

}  // namespace lathe::ui
