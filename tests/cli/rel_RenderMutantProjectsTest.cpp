// End to end: mutants of the demo album's project (the engine's mutation fuzz, a
// subset) handed to `lathe-cli render`. Each one the engine rejects must stop the
// render before any audio: exit 2, one stderr line per problem naming the file and a
// JSON path (or a line and column), the same problems as JSON, and no output folder.
#include "demo/DemoAlbumWriter.h"
#include "project/ProjectFile.h"
#include "support/ProjectMutator.h"
#include "support/RunProcess.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

namespace lathe {
namespace {

namespace fs = std::filesystem;

constexpr unsigned kSeed = 4242;
constexpr int kRenderRuns = 16;
constexpr int kMaxMutants = 200;
constexpr std::size_t kShownBytes = 300;

std::string fileBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool rejectedByTheEngine(const fs::path& project) {
    try {
        loadProject(project);
        return false;
    } catch (const ProjectError&) {
        return true;
    }
}

TEST(CliRenderMutants, RejectedProjectsStopBeforeAnyAudioNamingTheFileAndThePath) {
    const test::TempDir scratch;
    const auto album = demo::writeDemoAlbum(scratch / "album");
    test::ProjectMutator mutator(fileBytes(album.project), kSeed);
    const fs::path mutant = album.project.parent_path() / "mutant.lathe";
    int runs = 0;
    for (int i = 0; i < kMaxMutants && runs < kRenderRuns; ++i) {
        const auto [mutation, text] = mutator.next();
        std::ofstream(mutant, std::ios::binary | std::ios::trunc) << text;
        // An accepted mutant would render the whole album: the engine test covers those.
        if (!rejectedByTheEngine(mutant))
            continue;
        ++runs;
        const fs::path out = scratch / ("masters " + std::to_string(i));
        const auto result = test::runCli({"render", "--quiet", "--json", "--out", out.string(), mutant.string()});
        SCOPED_TRACE(std::string("mutant ") + std::to_string(i) + " (" + test::nameOf(mutation) + ")");

        EXPECT_EQ(result.exitCode, 2) << result.err.substr(0, kShownBytes);
        EXPECT_FALSE(fs::exists(out));
        std::istringstream lines(result.err);
        std::size_t lineCount = 0;
        for (std::string line; std::getline(lines, line); ++lineCount)
            EXPECT_EQ(line.rfind("lathe-cli: error: " + mutant.string() + ": ", 0), 0u) << line.substr(0, kShownBytes);
        EXPECT_GE(lineCount, 1u);

        const auto report = nlohmann::json::parse(result.out, nullptr, false);
        ASSERT_FALSE(report.is_discarded()) << result.out.substr(0, kShownBytes);
        EXPECT_EQ(report["schema"], 1);
        EXPECT_EQ(report["ok"], false);
        ASSERT_EQ(report["problems"].size(), lineCount);
        for (const auto& problem : report["problems"]) {
            const std::string path = problem["path"];
            const std::string message = problem["message"];
            EXPECT_TRUE(!path.empty() || message.rfind("line ", 0) == 0) << message.substr(0, kShownBytes);
        }
    }
    EXPECT_EQ(runs, kRenderRuns);
}

}  // namespace
}  // namespace lathe
