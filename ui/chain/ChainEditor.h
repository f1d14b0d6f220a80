#pragma once

#include "ModuleAddress.h"

#include <QWidget>
#include <functional>
#include <string_view>

class QComboBox;
class QLabel;
class QMenu;
class QScrollArea;
class QToolButton;

namespace lathe::ui {

class BypassMatcher;
class ModuleListView;
class ModulePanel;
class PlaybackController;
class ProjectDocument;
class Transport;

// The chain editor: which chain (the master's, or a track's — following the track the
// window selects), its modules in signal order (add any type, remove, reorder by drag
// or the arrows, bypass each), and the selected module's panel. Every change is one
// undoable document edit; a level-matched bypass is offered through BypassMatcher.
class ChainEditor : public QWidget {
    Q_OBJECT
public:
    ChainEditor(ProjectDocument* document, PlaybackController* playback, Transport* transport,
                QWidget* parent = nullptr);

    // The chain edited: a track's index or ModuleAddress::kMaster.
    int editedChain() const { return m_chain; }
    void editChain(int track);
    // The window's current track: followed while a track's chain is edited.
    void setCurrentTrack(int track);

    int selectedModule() const { return m_selected; }
    void selectModule(int row);

    void addModule(std::string_view typeName);
    void removeModule(int row);
    void moveModule(int from, int to);
    void setModuleEnabled(int row, bool enabled);

    QComboBox* chainChoice() const { return m_chainChoice; }
    ModuleListView* moduleList() const { return m_list; }
    QMenu* addMenu() const { return m_addMenu; }
    QToolButton* removeButton() const { return m_remove; }
    QToolButton* upButton() const { return m_up; }
    QToolButton* downButton() const { return m_down; }
    QToolButton* matchButton() const { return m_match; }
    QLabel* matchStatus() const { return m_matchStatus; }
    ModulePanel* panel() const { return m_panel; }
    BypassMatcher* matcher() const { return m_matcher; }

    QSize sizeHint() const override { return {900, 380}; }

private:
    void documentChanged();
    void rebuildChainChoice();
    void rebuildList();
    void updatePanel();
    void updateButtons();
    void updateMatchStatus();
    const Chain* chain() const;
    void editChainModules(const QString& description, const std::function<void(Chain&)>& change);

    ProjectDocument* m_document;
    PlaybackController* m_playback;
    int m_chain = ModuleAddress::kMaster;
    int m_selected = -1;
    QComboBox* m_chainChoice;
    ModuleListView* m_list;
    QMenu* m_addMenu;
    QToolButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_match;
    QLabel* m_matchStatus;
    QLabel* m_panelTitle;
    QScrollArea* m_panelArea;
    ModulePanel* m_panel = nullptr;
    ModuleAddress m_panelAddress;
    std::size_t m_panelType = 0;
    BypassMatcher* m_matcher;
};

}  // namespace lathe::ui
