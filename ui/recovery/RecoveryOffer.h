#pragma once

class QWidget;

namespace lathe::ui {

class ProjectDocument;
class RecoveryStore;

// At start: when a window before this one ended without closing (a crash, a power cut),
// offers its autosaved work back: Recover opens it as unsaved changes of its album,
// Discard deletes it, Not Now keeps it for the next start. Returns whether it recovered.
bool offerRecovery(QWidget* parent, const RecoveryStore& store, ProjectDocument& document);

}  // namespace lathe::ui
