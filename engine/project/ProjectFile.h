#pragma once

#include "project/Project.h"

#include <filesystem>
#include <string>
#include <vector>

namespace lathe {

// One problem in a project, located by its JSON path ("tracks[2].isrc").
struct ProjectProblem {
    std::string jsonPath;
    std::string message;
};

// Reads a `.lathe` file. Unknown keys and module types, wrong types, bad values and
// failed validation are all collected; if there is any, throws a BadInput Error whose
// text names the file and every problem ("a.lathe: tracks[2].isrc: ...; ...").
// Relative sources are resolved against the project's folder.
Project loadProject(const std::filesystem::path& file);

// Parses project JSON text; `fileName` only names the file in errors.
Project parseProject(const std::string& jsonText, const std::filesystem::path& projectDir,
                     const std::string& fileName);

// Writes every key in a stable order, sources relative to the project's folder when
// they lie below it; atomic, keeping the previous version as `NAME.lathe~`.
void saveProject(const Project& project, const std::filesystem::path& file);
std::string serializeProject(const Project& project, const std::filesystem::path& projectDir);

// Every rule of project-format.md's "Validation" section that can be checked without
// reading audio (Red Book durations need the sources' lengths: see the timeline).
std::vector<ProjectProblem> validateProject(const Project& project);

}  // namespace lathe
