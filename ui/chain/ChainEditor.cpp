#include "ChainEditor.h"

#include "BypassMatcher.h"
#include "ModuleListView.h"
#include "ModulePanel.h"
#include "ModulePanelFactory.h"
#include "ProjectDocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {

constexpr int kListWidth = 210;

QToolButton* toolButton(const QString& text, const QString& tip) {
    auto* button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setMinimumWidth(28);
    return button;
}

}  // namespace

ChainEditor::ChainEditor(ProjectDocument* document, PlaybackController* playback, Transport* transport,
                         QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_playback(playback),
      m_chainChoice(new QComboBox),
      m_list(new ModuleListView),
      m_addMenu(new QMenu(this)),
      m_add(toolButton(tr("+"), tr("Add a module after the selected one"))),
      m_remove(toolButton(tr("−"), tr("Remove the selected module"))),
      m_up(toolButton(tr("▲"), tr("Move the selected module earlier in the chain"))),
      m_down(toolButton(tr("▼"), tr("Move the selected module later in the chain"))),
      m_match(toolButton(tr("Match"),
                         tr("Level-matched bypass: a module you bypass keeps its loudness on the monitor, "
                            "so you hear what it does to the sound, not how much louder it makes it"))),
      m_matchStatus(new QLabel),
      m_panelTitle(new QLabel),
      m_panelArea(new QScrollArea),
      m_matcher(new BypassMatcher(document, playback, transport, this)) {
    for (std::string_view type : moduleTypeNames()) {
        const std::string name(type);
        m_addMenu->addAction(ModulePanelFactory::typeTitle(type), this, [this, name] { addModule(name); });
    }
    m_add->setMenu(m_addMenu);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_match->setCheckable(true);
    m_chainChoice->setToolTip(
        tr("The chain to edit: the master's, or a track's (follows the selected track)"));
    m_matchStatus->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = m_panelTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_panelTitle->setFont(titleFont);
    m_panelArea->setWidgetResizable(true);
    m_panelArea->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QToolButton* button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_match);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 4, 6);
    leftLayout->addWidget(m_chainChoice);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_matchStatus);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 6, 6, 6);
    rightLayout->addWidget(m_panelTitle);
    rightLayout->addWidget(m_panelArea, 1);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({kListWidth, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_chainChoice, &QComboBox::activated, this,
            [this](int index) { editChain(m_chainChoice->itemData(index).toInt()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_selected)
            selectModule(row);
    });
    connect(m_list, &ModuleListView::moveRequested, this, &ChainEditor::moveModule);
    connect(m_list, &ModuleListView::enabledToggled, this, &ChainEditor::setModuleEnabled);
    connect(m_list, &ModuleListView::removeRequested, this, &ChainEditor::removeModule);
    connect(m_remove, &QToolButton::clicked, this, [this] { removeModule(m_selected); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveModule(m_selected, m_selected - 1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveModule(m_selected, m_selected + 1); });
    connect(m_match, &QToolButton::toggled, m_matcher, &BypassMatcher::setMatching);
    connect(m_matcher, &BypassMatcher::trimChanged, this, &ChainEditor::updateMatchStatus);
    connect(m_document, &ProjectDocument::changed, this, &ChainEditor::documentChanged);
    documentChanged();
}

const Chain* ChainEditor::chain() const {
    return ModuleAddress::chainIn(m_document->project(), m_chain);
}

void ChainEditor::editChain(int track) {
    m_chain = ModuleAddress::chainIn(m_document->project(), track) ? track : ModuleAddress::kMaster;
    m_selected = chain() && !chain()->modules.empty() ? 0 : -1;
    documentChanged();
}

void ChainEditor::setCurrentTrack(int track) {
    if (m_chain != ModuleAddress::kMaster && track >= 0 && track != m_chain)
        editChain(track);
}

void ChainEditor::selectModule(int row) {
    m_selected = row;
    rebuildList();
    updatePanel();
    updateButtons();
}

void ChainEditor::editChainModules(const QString& description, const std::function<void(Chain&)>& change) {
    const int track = m_chain;
    m_document->edit(description, [track, &change](Project& project) {
        if (Chain* edited = ModuleAddress::chainIn(project, track))
            change(*edited);
    });
}

void ChainEditor::addModule(std::string_view typeName) {
    const std::optional<ModuleParameters> parameters = defaultModuleParameters(typeName);
    if (!parameters || !chain())
        return;
    const int at = m_selected < 0 ? static_cast<int>(chain()->modules.size()) : m_selected + 1;
    m_selected = at;
    editChainModules(tr("Add %1").arg(ModulePanelFactory::typeTitle(typeName)), [&](Chain& edited) {
        edited.modules.insert(
            edited.modules.begin() + std::min<std::ptrdiff_t>(at, std::ssize(edited.modules)),
            Module{*parameters, true});
    });
}

void ChainEditor::removeModule(int row) {
    const Chain* current = chain();
    if (!current || row < 0 || row >= static_cast<int>(current->modules.size()))
        return;
    const QString title =
        ModulePanelFactory::typeTitle(current->modules[static_cast<std::size_t>(row)].parameters);
    m_selected = std::min(row, static_cast<int>(current->modules.size()) - 2);
    editChainModules(tr("Remove %1").arg(title),
                     [row](Chain& edited) { edited.modules.erase(edited.modules.begin() + row); });
}

void ChainEditor::moveModule(int from, int to) {
    const Chain* current = chain();
    const int count = current ? static_cast<int>(current->modules.size()) : 0;
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    m_selected = to;
    editChainModules(tr("Move %1").arg(ModulePanelFactory::typeTitle(
                         current->modules[static_cast<std::size_t>(from)].parameters)),
                     [from, to](Chain& edited) {
                         Module moved = std::move(edited.modules[static_cast<std::size_t>(from)]);
                         edited.modules.erase(edited.modules.begin() + from);
                         edited.modules.insert(edited.modules.begin() + to, std::move(moved));
                     });
}

void ChainEditor::setModuleEnabled(int row, bool enabled) {
    const Chain* current = chain();
    if (!current || row < 0 || row >= static_cast<int>(current->modules.size()))
        return;
    const QString title =
        ModulePanelFactory::typeTitle(current->modules[static_cast<std::size_t>(row)].parameters);
    if (!enabled)
        m_matcher->noteBypassed({m_chain, row});
    m_selected = row;
    editChainModules(
        enabled ? tr("Activate %1").arg(title) : tr("Bypass %1").arg(title),
        [row, enabled](Chain& edited) { edited.modules[static_cast<std::size_t>(row)].enabled = enabled; });
    rebuildList();  // an edit that changed nothing (the same state) still redraws the box
}

void ChainEditor::documentChanged() {
    if (!chain())
        m_chain = ModuleAddress::kMaster;
    const int count = static_cast<int>(chain()->modules.size());
    m_selected = count == 0 ? -1 : std::clamp(m_selected < 0 ? 0 : m_selected, 0, count - 1);
    rebuildChainChoice();
    rebuildList();
    updatePanel();
    updateButtons();
    updateMatchStatus();
}

void ChainEditor::rebuildChainChoice() {
    const QSignalBlocker blocker(m_chainChoice);
    m_chainChoice->clear();
    m_chainChoice->addItem(tr("Master chain"), ModuleAddress::kMaster);
    const auto& tracks = m_document->project().tracks;
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        const QString title = QString::fromStdString(tracks[t].text.title);
        m_chainChoice->addItem(
            title.isEmpty() ? tr("Track %1").arg(t + 1) : tr("Track %1: %2").arg(t + 1).arg(title),
            static_cast<int>(t));
    }
    m_chainChoice->setCurrentIndex(m_chainChoice->findData(m_chain));
}

void ChainEditor::rebuildList() {
    QList<ModuleListView::Row> rows;
    const auto& matched = m_matcher->matched();
    int index = 0;
    for (const Module& module : chain()->modules) {
        const bool isMatched =
            std::find(matched.begin(), matched.end(), ModuleAddress{m_chain, index}) != matched.end();
        rows.append({ModulePanelFactory::typeTitle(module.parameters), ModulePanelFactory::summary(module),
                     module.enabled, isMatched});
        ++index;
    }
    m_list->setRows(rows, m_selected);
}

void ChainEditor::updatePanel() {
    const ModuleAddress address{m_chain, m_selected};
    const Module* module = m_selected >= 0 ? address.moduleIn(m_document->project()) : nullptr;
    const bool same =
        m_panel && module && address == m_panelAddress && module->parameters.index() == m_panelType;
    if (!same) {
        if (m_panel) {
            m_panelArea->takeWidget();
            m_panel->hide();
            m_panel->deleteLater();  // the change being handled may still be on its way to it
            m_panel = nullptr;
        }
        if (module) {
            m_panel = ModulePanelFactory::create(m_document, m_playback, address);
            m_panelAddress = address;
            m_panelType = module->parameters.index();
            m_panelArea->setWidget(m_panel);
        }
    }
    if (!module) {
        m_panelTitle->setText(chain()->modules.empty() ? tr("Empty chain") : QString());
        return;
    }
    const QString where = m_chain == ModuleAddress::kMaster ? tr("Master") : tr("Track %1").arg(m_chain + 1);
    m_panelTitle->setText(QStringLiteral("%1 · %2%3")
                              .arg(ModulePanelFactory::typeTitle(module->parameters), where,
                                   module->enabled ? QString() : QStringLiteral(" · ") + tr("bypassed")));
}

void ChainEditor::updateButtons() {
    const int count = static_cast<int>(chain()->modules.size());
    m_remove->setEnabled(m_selected >= 0);
    m_up->setEnabled(m_selected > 0);
    m_down->setEnabled(m_selected >= 0 && m_selected < count - 1);
}

void ChainEditor::updateMatchStatus() {
    if (!m_matcher->isMatching() || m_matcher->matched().empty()) {
        m_matchStatus->setText(m_matcher->isMatching() ? tr("Bypass a module to hear it level-matched.")
                                                       : QString());
        rebuildList();
        return;
    }
    const std::optional<double> trim = m_matcher->trimDb();
    m_matchStatus->setText(trim ? tr("Bypass made up by %1 dB on the monitor").arg(*trim, 0, 'f', 1)
                                : tr("Measuring the bypassed level…"));
    rebuildList();
}

}  // namespace lathe::ui
