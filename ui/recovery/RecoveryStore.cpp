#include "RecoveryStore.h"

#include "io/AtomicFile.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <system_error>

namespace lathe::ui {
namespace {

constexpr const char* kProjectSuffix = ".lathe";
constexpr const char* kOriginSuffix = ".origin";  // one line: the album's own file
constexpr const char* kLockSuffix = ".lock";

std::filesystem::path defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"))
        .toStdString();
}

std::filesystem::path withSuffix(const std::filesystem::path& folder, const QString& slot, const char* suffix) {
    return folder / (slot.toStdString() + suffix);
}

}  // namespace

RecoveryStore::RecoveryStore(std::filesystem::path folder)
    : m_folder(folder.empty() ? defaultFolder() : std::move(folder)) {}

RecoveryStore::~RecoveryStore() = default;

void RecoveryStore::claim() {
    std::error_code ignored;
    std::filesystem::create_directories(m_folder, ignored);
    m_slot = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lock = std::make_unique<QLockFile>(QString::fromStdString(withSuffix(m_folder, m_slot, kLockSuffix).string()));
    m_lock->setStaleLockTime(0);  // held for the window's life, however long
    m_lock->tryLock(0);
}

void RecoveryStore::write(const Project& project, const std::filesystem::path& originalFile) {
    if (m_slot.isEmpty())
        claim();
    const std::filesystem::path file = recoveryFile();
    // Sources are stored absolute (the recovery folder is not the album's).
    AtomicFile::write(file, serializeProject(project, file.parent_path()));
    AtomicFile::write(withSuffix(m_folder, m_slot, kOriginSuffix), originalFile.string() + "\n");
}

void RecoveryStore::discard() {
    if (m_slot.isEmpty())
        return;
    std::error_code ignored;
    std::filesystem::remove(recoveryFile(), ignored);
    std::filesystem::remove(withSuffix(m_folder, m_slot, kOriginSuffix), ignored);
}

bool RecoveryStore::hasRecoveryFile() const { return !m_slot.isEmpty() && std::filesystem::exists(recoveryFile()); }

std::filesystem::path RecoveryStore::recoveryFile() const { return withSuffix(m_folder, m_slot, kProjectSuffix); }

QList<RecoveryStore::Entry> RecoveryStore::abandoned() const {
    QList<Entry> entries;
    const QDir folder(QString::fromStdString(m_folder.string()));
    const QStringList files = folder.entryList({QStringLiteral("*") + kProjectSuffix}, QDir::Files);
    for (const QString& name : files) {
        const QString slot = name.chopped(static_cast<int>(qstrlen(kProjectSuffix)));
        if (slot == m_slot)
            continue;
        QLockFile lock(QString::fromStdString(withSuffix(m_folder, slot, kLockSuffix).string()));
        if (!lock.tryLock(0))  // its window is still running
            continue;
        lock.unlock();
        Entry entry;
        entry.recoveryFile = withSuffix(m_folder, slot, kProjectSuffix);
        QFile origin(QString::fromStdString(withSuffix(m_folder, slot, kOriginSuffix).string()));
        if (origin.open(QIODevice::ReadOnly))
            entry.originalFile = QString::fromUtf8(origin.readLine()).trimmed().toStdString();
        entry.savedAt = QFileInfo(folder.filePath(name)).lastModified();
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.savedAt > b.savedAt; });
    return entries;
}

void RecoveryStore::remove(const Entry& entry) {
    std::error_code ignored;
    std::filesystem::path origin = entry.recoveryFile;
    origin.replace_extension(kOriginSuffix);
    std::filesystem::path lock = entry.recoveryFile;
    lock.replace_extension(kLockSuffix);
    std::filesystem::remove(entry.recoveryFile, ignored);
    std::filesystem::remove(origin, ignored);
    std::filesystem::remove(lock, ignored);
}

}  // namespace lathe::ui
