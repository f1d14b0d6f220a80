#pragma once

#include <QObject>
#include <QTimer>

namespace lathe::ui {

class ProjectDocument;
class RecoveryStore;

// Every two minutes, writes the album to its recovery file if it changed since the last
// save or autosave; removes the file once the album is saved or another one is opened,
// so only unsaved work is ever offered back.
class Autosaver : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2 * 60 * 1000;

    Autosaver(ProjectDocument* document, RecoveryStore* store, QObject* parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    // Writes now if there is unsaved work; returns whether a file was written.
    bool autosave();
    // For a clean close: nothing is left to recover.
    void discard();

signals:
    // An autosave could not be written (the message names the file and the reason).
    void failed(const QString& message);

private:
    void documentSaved();

    ProjectDocument* m_document;
    RecoveryStore* m_store;
    QTimer m_timer;
    bool m_pending = false;  // edits since the last autosave
};

}  // namespace lathe::ui
