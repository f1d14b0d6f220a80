#include "io/AtomicDirectory.h"

#include "core/Error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace lathe {
namespace {

constexpr mode_t kFolderMode = 0755;

std::string errnoText() {
    return std::strerror(errno);
}

std::filesystem::path parentOf(const std::filesystem::path& target) {
    return target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
}

// A fresh hidden folder beside the target, named after it so a stray one explains itself.
std::filesystem::path makeHiddenFolder(const std::filesystem::path& target, const char* purpose) {
    std::string hiddenName(".");
    hiddenName += target.filename().string();
    hiddenName += purpose;
    hiddenName += "XXXXXX";
    const std::string pattern = (parentOf(target) / hiddenName).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (::mkdtemp(name.data()) == nullptr)
        throw writeFailed(target.string(), "cannot create a temporary folder: " + errnoText());
    ::chmod(name.data(), kFolderMode);
    return name.data();
}

void syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

AtomicDirectory::AtomicDirectory(std::filesystem::path target) : m_target(std::move(target)) {
    if (m_target.filename().empty())
        m_target = m_target.parent_path();
    m_temp = makeHiddenFolder(m_target, ".lathe-tmp-");
}

AtomicDirectory::~AtomicDirectory() {
    if (!m_committed) {
        std::error_code ignored;
        std::filesystem::remove_all(m_temp, ignored);
    }
}

void AtomicDirectory::commit() {
    syncFolder(m_temp);
    // rename() cannot replace a folder that has files in it: the old one steps aside
    // first and is removed only once the new one is in place.
    std::filesystem::path old;
    std::error_code ec;
    if (std::filesystem::exists(m_target, ec)) {
        const std::filesystem::path aside = makeHiddenFolder(m_target, ".lathe-old-");
        old = aside / "previous";
        if (::rename(m_target.c_str(), old.c_str()) != 0) {
            const std::string why = errnoText();
            std::filesystem::remove_all(aside, ec);
            throw writeFailed(m_target.string(), "cannot replace the existing folder: " + why);
        }
    }
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0) {
        const std::string why = errnoText();
        if (!old.empty() && ::rename(old.c_str(), m_target.c_str()) == 0)
            std::filesystem::remove_all(old.parent_path(), ec);
        throw writeFailed(m_target.string(), why);
    }
    m_committed = true;
    syncFolder(parentOf(m_target));
    if (!old.empty())
        std::filesystem::remove_all(old.parent_path(), ec);
}

}  // namespace lathe
