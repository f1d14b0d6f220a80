#pragma once

#include <string>
#include <utility>
#include <vector>

namespace lathe {

// (library, version) of every audio library linked into the engine, for --version
// and for reports, so a master can always be traced to the code that made it.
std::vector<std::pair<std::string, std::string>> linkedLibraryVersions();

}  // namespace lathe
