#pragma once

#include <filesystem>

namespace lathe {

// A folder that appears complete or not at all (a DDP image, a set of track files):
// its files are written into a hidden temporary folder beside the target, which
// commit() renames into place, replacing an older folder of that name. A folder not
// committed is removed with everything in it.
class AtomicDirectory {
public:
    explicit AtomicDirectory(std::filesystem::path target);
    ~AtomicDirectory();
    AtomicDirectory(const AtomicDirectory&) = delete;
    AtomicDirectory& operator=(const AtomicDirectory&) = delete;

    const std::filesystem::path& targetPath() const noexcept { return m_target; }
    // Write the files here, then commit().
    const std::filesystem::path& tempPath() const noexcept { return m_temp; }

    // Flushes the folder's entries to disk and renames it over the target.
    void commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    bool m_committed = false;
};

}  // namespace lathe
