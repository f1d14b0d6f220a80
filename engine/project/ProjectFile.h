#pragma once

#include "project/Project.h"
#include "project/ProjectError.h"
#include "project/ProjectValidator.h"

#include <filesystem>
#include <optional>
#include <string>

namespace lathe {

// Reads a `.lathe` file. Unknown keys and module types, wrong types, bad values and
// failed validation (ValidationStage::Editing) are all collected; if there is any,
// throws a ProjectError (BadInput) whose text names the file and every problem
// ("a.lathe: tracks[2].isrc: ...; ..."). Relative sources are resolved against the
// project's folder. A file that cannot be read is a BadInput Error too.
Project loadProject(const std::filesystem::path& file);

// A project as read, with every problem of its structure (unknown keys, wrong types),
// not yet validated: for callers that adjust it and validate it with problems of their
// own (render). `project` is empty when the document is not a Lathe project of a known
// version. Throws only when the file cannot be read at all.
struct ProjectReading {
    std::optional<Project> project;
    std::vector<ProjectProblem> problems;
};
ProjectReading readProject(const std::filesystem::path& file);

// Parses project JSON text; `fileName` only names the file in errors.
Project parseProject(const std::string& jsonText, const std::filesystem::path& projectDir,
                     const std::string& fileName);

// Reads a chain file `{"modules": [...]}` (`lathe-cli process --chain`) with the module
// reader and rules of project files, for audio at `sampleRate`. Any problem throws a
// ProjectError naming the file and the JSON paths ("chain.json: modules[1].type: ...").
Chain loadChain(const std::filesystem::path& file, double sampleRate);
Chain parseChain(const std::string& jsonText, double sampleRate, const std::string& fileName);

// Writes every key in a stable order, sources relative to the project's folder when
// they lie below it; atomic, keeping the previous version as `NAME.lathe~`.
void saveProject(const Project& project, const std::filesystem::path& file);
std::string serializeProject(const Project& project, const std::filesystem::path& projectDir);

// Where saveProject keeps the previous version of `file`.
std::filesystem::path projectBackupPath(const std::filesystem::path& file);

}  // namespace lathe
