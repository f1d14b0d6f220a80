#pragma once

#include "project/JsonDocument.h"
#include "project/Project.h"
#include "project/ProjectError.h"

#include <filesystem>
#include <vector>

namespace lathe {

// Turns a parsed `.lathe` document into a Project, following ProjectSchema.h. Every
// problem of structure (unknown keys and module types, wrong types, unknown enum
// names, a foreign format or a newer version) is collected with its JSON path; what
// could not be read keeps its default. Value ranges are the ProjectValidator's.
class ProjectJsonReader {
public:
    explicit ProjectJsonReader(std::filesystem::path projectDir);

    Project read(const Json& document);
    // A chain document `{"modules": [...]}` (lathe-cli process --chain): the modules as
    // a project holds them, with the same problems, paths rooted at the document
    // (`modules[1].gain_db`).
    Chain readChain(const Json& document);
    const std::vector<ProjectProblem>& problems() const noexcept { return m_problems; }
    // False when the document is no Lathe project or a newer version: nothing was read.
    bool headerAccepted() const noexcept { return m_headerAccepted; }

private:
    bool readHeader(class JsonObjectReader& root);

    std::filesystem::path m_projectDir;
    std::vector<ProjectProblem> m_problems;
    bool m_headerAccepted = false;
};

}  // namespace lathe
