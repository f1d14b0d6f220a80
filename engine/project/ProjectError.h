#pragma once

#include "core/Error.h"

#include <string>
#include <vector>

namespace lathe {

// One problem in a project, located by its JSON path ("tracks[2].isrc"). The path is
// empty for problems of the document as a whole (malformed JSON, not UTF-8).
struct ProjectProblem {
    std::string jsonPath;
    std::string message;
    bool operator==(const ProjectProblem&) const = default;
};

// "tracks[2].isrc: expected 12 characters", or just the message when there is no path.
std::string describeProblem(const ProjectProblem& problem);

// A project that cannot be used: a BadInput Error whose subject is the file name and
// whose reason lists the problems ("path: message; path: message"), keeping the list
// itself so the UI and the CLI can show one problem per line.
class ProjectError : public Error {
public:
    ProjectError(const std::string& fileName, std::vector<ProjectProblem> problems);

    const std::vector<ProjectProblem>& problems() const noexcept { return m_problems; }

private:
    std::vector<ProjectProblem> m_problems;
};

}  // namespace lathe
