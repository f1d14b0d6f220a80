#include "RecoveryOffer.h"

#include "ProjectDocument.h"
#include "RecoveryStore.h"

#include "core/Error.h"
#include "project/ProjectFile.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace lathe::ui {
namespace {

QString albumName(const RecoveryStore::Entry& entry) {
    if (entry.originalFile.empty())
        return QObject::tr("an album that was never saved");
    return QStringLiteral("“%1”").arg(QString::fromStdString(entry.originalFile.filename().string()));
}

bool recover(QWidget* parent, const RecoveryStore::Entry& entry, ProjectDocument& document) {
    try {
        document.recover(loadProject(entry.recoveryFile), entry.originalFile);
    } catch (const Error& error) {
        QMessageBox::critical(parent, QObject::tr("Cannot recover"), QString::fromStdString(error.what()));
        return false;
    }
    RecoveryStore::remove(entry);
    return true;
}

}  // namespace

bool offerRecovery(QWidget* parent, const RecoveryStore& store, ProjectDocument& document) {
    const QList<RecoveryStore::Entry> entries = store.abandoned();
    if (entries.isEmpty())
        return false;
    const RecoveryStore::Entry& newest = entries.constFirst();
    QMessageBox box(QMessageBox::Warning, QObject::tr("Recover unsaved work"),
                    QObject::tr("Lathe did not close normally. Changes to %1, autosaved %2, were never saved.")
                        .arg(albumName(newest), QLocale().toString(newest.savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QObject::tr("Recover opens them as unsaved changes; the album's own file is untouched "
                                       "until you save."));
    QPushButton* recoverButton = box.addButton(QObject::tr("Recover"), QMessageBox::AcceptRole);
    QPushButton* discardButton = box.addButton(QObject::tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(QObject::tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(recoverButton);
    box.setObjectName(QStringLiteral("recoveryOffer"));
    box.exec();
    if (box.clickedButton() == recoverButton)
        return recover(parent, newest, document);
    if (box.clickedButton() == discardButton)
        RecoveryStore::remove(newest);
    return false;
}

}  // namespace lathe::ui
