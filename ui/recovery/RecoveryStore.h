#pragma once

#include "project/Project.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <filesystem>
#include <memory>

class QLockFile;

namespace lathe::ui {

// The folder of recovery files: what each running window autosaved of its album, so that
// after a crash the work since the last save can be offered back. A window holds a lock
// beside its recovery file while it runs; a file whose lock nobody holds was left by a
// window that did not close cleanly.
class RecoveryStore {
public:
    struct Entry {
        std::filesystem::path recoveryFile;  // the autosaved project
        std::filesystem::path originalFile;  // where the album was saved, or empty if never
        QDateTime savedAt;
    };

    // `folder`: default is <app data>/recovery.
    explicit RecoveryStore(std::filesystem::path folder = {});
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore&) = delete;
    RecoveryStore& operator=(const RecoveryStore&) = delete;

    const std::filesystem::path& folder() const { return m_folder; }

    // This window's slot: claims a new, locked recovery file name.
    void claim();
    // Writes `project` (atomically) as this window's recovery file. Throws lathe::Error.
    void write(const Project& project, const std::filesystem::path& originalFile);
    // Removes this window's recovery file (after a save or a clean close).
    void discard();
    bool hasRecoveryFile() const;
    std::filesystem::path recoveryFile() const;

    // Recovery files left by windows that are gone, newest first.
    QList<Entry> abandoned() const;
    // Removes an abandoned entry's files.
    static void remove(const Entry& entry);

private:
    std::filesystem::path m_folder;
    QString m_slot;
    std::unique_ptr<QLockFile> m_lock;
};

}  // namespace lathe::ui
