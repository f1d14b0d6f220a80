#include "Autosaver.h"

#include "ProjectDocument.h"
#include "RecoveryStore.h"

#include "core/Error.h"

namespace lathe::ui {

Autosaver::Autosaver(ProjectDocument* document, RecoveryStore* store, QObject* parent)
    : QObject(parent), m_document(document), m_store(store) {
    m_store->claim();
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosave);
    m_timer.start();
    // `changed` comes before the undo stack counts the edit: whether it is unsaved is
    // asked at autosave time.
    connect(document, &ProjectDocument::changed, this, [this] { m_pending = true; });
    connect(document, &ProjectDocument::fileChanged, this, &Autosaver::documentSaved);
    connect(document, &ProjectDocument::opened, this, &Autosaver::discard);
}

bool Autosaver::autosave() {
    if (!m_pending || !m_document->isModified())
        return false;
    try {
        m_store->write(m_document->project(), m_document->file());
        m_pending = false;
        return true;
    } catch (const Error& error) {
        emit failed(tr("Autosave failed: %1").arg(QString::fromStdString(error.what())));
        return false;
    }
}

void Autosaver::discard() {
    m_pending = false;
    m_store->discard();
}

// fileChanged also fires when an undo returns to the saved state: either way nothing
// unsaved is left.
void Autosaver::documentSaved() {
    if (!m_document->isModified())
        discard();
}

}  // namespace lathe::ui
