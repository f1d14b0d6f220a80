#include "io/AtomicFile.h"

#include "core/Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace lathe {
namespace {

constexpr mode_t kFileMode = 0644;

std::string errnoText() { return std::strerror(errno); }

void syncFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        throw writeFailed(path.string(), errnoText());
    const bool ok = ::fsync(fd) == 0;
    const std::string why = ok ? std::string() : errnoText();
    ::close(fd);
    if (!ok)
        throw writeFailed(path.string(), why);
}

void writeAllBytes(int fd, std::string_view bytes, const std::filesystem::path& target) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            throw writeFailed(target.string(), errnoText());
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : m_target(std::move(target)) {
    const auto directory = m_target.has_parent_path() ? m_target.parent_path()
                                                      : std::filesystem::path(".");
    // Hidden, and named after the target so a stray one explains itself.
    std::string hiddenName(".");
    hiddenName += m_target.filename().string();
    hiddenName += ".lathe-tmp-XXXXXX";
    const std::string pattern = (directory / hiddenName).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        throw writeFailed(m_target.string(), "cannot create a temporary file: " + errnoText());
    // mkstemp makes the file private; a finished master should be readable like any file.
    ::fchmod(fd, kFileMode);
    ::close(fd);
    m_temp = name.data();
}

AtomicFile::~AtomicFile() {
    if (!m_committed) {
        std::error_code ignored;
        std::filesystem::remove(m_temp, ignored);
    }
}

void AtomicFile::replaceBackup(const std::filesystem::path& backup) const {
    // The backup is replaced atomically too: a process killed while keeping it must not
    // leave a half-copied previous version. A hard link is whole at once and costs
    // nothing; a copy is the fallback where the file system has no links.
    AtomicFile staged(backup);
    std::error_code ec;
    std::filesystem::remove(staged.tempPath(), ec);
    if (::link(m_target.c_str(), staged.tempPath().c_str()) != 0) {
        std::filesystem::copy_file(m_target, staged.tempPath(),
                                   std::filesystem::copy_options::overwrite_existing, ec);
        if (ec)
            throw writeFailed(backup.string(), ec.message());
    }
    staged.commit();
}

void AtomicFile::commit(const std::filesystem::path& backup) {
    syncFile(m_temp);
    if (!backup.empty() && std::filesystem::exists(m_target))
        replaceBackup(backup);
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0)
        throw writeFailed(m_target.string(), errnoText());
    m_committed = true;
}

void AtomicFile::write(const std::filesystem::path& target, std::string_view bytes,
                       const std::filesystem::path& backup) {
    AtomicFile file(target);
    const int fd = ::open(file.tempPath().c_str(), O_WRONLY | O_TRUNC);
    if (fd < 0)
        throw writeFailed(target.string(), errnoText());
    try {
        writeAllBytes(fd, bytes, target);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0)
        throw writeFailed(target.string(), errnoText());
    file.commit(backup);
}

}  // namespace lathe
