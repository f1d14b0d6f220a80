// libFuzzer target: project JSON as `lathe-cli render` and the GUI load it. Any input
// must give a Project or a ProjectError; a Project must survive a save/load round trip
// unchanged (the writer's output is always a valid project). Anything else aborts.
#include "project/ProjectFile.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

const std::filesystem::path kProjectDir = "/lathe-fuzz/project";
constexpr const char* kFileName = "fuzz.lathe";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    lathe::Project project;
    try {
        project = lathe::parseProject(text, kProjectDir, kFileName);
    } catch (const lathe::ProjectError& error) {
        // Every problem must say what is wrong.
        for (const auto& problem : error.problems())
            if (problem.message.empty())
                std::abort();
        return 0;
    }
    const std::string saved = lathe::serializeProject(project, kProjectDir);
    const lathe::Project reloaded = lathe::parseProject(saved, kProjectDir, kFileName);
    if (lathe::serializeProject(reloaded, kProjectDir) != saved)
        std::abort();
    return 0;
}
