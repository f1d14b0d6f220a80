#include "project/ProjectError.h"

#include <cstddef>

namespace lathe {
namespace {

// A hostile file can hold a million bad keys; the message stays readable and the full
// list is still in problems().
constexpr std::size_t kMaxProblemsInMessage = 50;

std::string joinProblems(const std::vector<ProjectProblem>& problems) {
    std::string text;
    const std::size_t shown = std::min(problems.size(), kMaxProblemsInMessage);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0)
            text += "; ";
        text += describeProblem(problems[i]);
    }
    if (problems.size() > shown)
        text += "; and " + std::to_string(problems.size() - shown) + " more problems";
    return text;
}

}  // namespace

std::string describeProblem(const ProjectProblem& problem) {
    return problem.jsonPath.empty() ? problem.message : problem.jsonPath + ": " + problem.message;
}

ProjectError::ProjectError(const std::string& fileName, std::vector<ProjectProblem> problems)
    : Error(ErrorKind::BadInput, fileName, joinProblems(problems)),
      m_problems(std::move(problems)) {}

}  // namespace lathe
