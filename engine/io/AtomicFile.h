#pragma once

#include <filesystem>
#include <string_view>

namespace lathe {

// Every file Lathe writes goes through this: the bytes go to a hidden temporary file
// beside the target, and only a complete file is renamed into place. A failed or
// interrupted write leaves the target as it was and removes the temporary file.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& targetPath() const noexcept { return m_target; }
    // Write here (any API that opens a path), then commit().
    const std::filesystem::path& tempPath() const noexcept { return m_temp; }

    // Flushes the temporary file to disk and renames it over the target. With a
    // backup path, an existing target is kept there first (e.g. `album.lathe~`).
    void commit(const std::filesystem::path& backup = {});

    // The whole file in one call.
    static void write(const std::filesystem::path& target, std::string_view bytes,
                      const std::filesystem::path& backup = {});

private:
    void replaceBackup(const std::filesystem::path& backup) const;

    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    bool m_committed = false;
};

}  // namespace lathe
