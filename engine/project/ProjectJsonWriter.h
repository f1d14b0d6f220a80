#pragma once

#include "project/JsonDocument.h"
#include "project/Project.h"

#include <filesystem>
#include <string>

namespace lathe {

// Writes a Project as `.lathe` JSON: every key, in the order of ProjectSchema.h (the
// order of project-format.md's example), two-space indented, so saved files diff
// cleanly. Sources below `projectDir` are written relative to it with '/' separators,
// others absolute.
class ProjectJsonWriter {
public:
    explicit ProjectJsonWriter(std::filesystem::path projectDir);

    Json toJson(const Project& project) const;
    std::string toText(const Project& project) const;

    // How a source path is stored for a project in `projectDir`.
    static std::string storedSourcePath(const std::filesystem::path& source,
                                        const std::filesystem::path& projectDir);

private:
    std::filesystem::path m_projectDir;
};

}  // namespace lathe
