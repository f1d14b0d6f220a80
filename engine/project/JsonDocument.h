#pragma once

#include "project/ProjectError.h"

#include <nlohmann/json.hpp>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace lathe {

// Project JSON keeps its keys in file order, so problems and saved files follow it.
using Json = nlohmann::ordered_json;

// Parses untrusted JSON text. Text that is too large, not UTF-8, nested too deeply,
// holds a duplicate key or is not JSON at all adds problems (syntax errors name the
// line and column); nullopt when no document could be built.
std::optional<Json> parseJsonDocument(std::string_view text, std::vector<ProjectProblem>& problems);

// The most bytes a project may have: a 99-track album with long chains is well under 1 MiB.
inline constexpr std::size_t kMaxProjectBytes = 4u << 20u;

// The problem of a text or file of `bytes` above kMaxProjectBytes.
ProjectProblem tooLargeProblem(std::uintmax_t bytes);

}  // namespace lathe
