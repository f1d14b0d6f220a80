// A deterministic mutation fuzz of a valid project: the demo album's project, mutated
// the ways hand edits, broken tools and hostile files do, must always load or fail
// with a ProjectError that says where (a JSON path, or a line and column) — never a
// crash, a hang or another exception.
#include "ProjectTestData.h"
#include "demo/DemoProject.h"
#include "demo/DemoSongs.h"
#include "support/ProjectMutator.h"

#include <cstdint>
#include <iomanip>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string_view>

namespace lathe {
namespace {

using test::Mutation;
using test::nameOf;
using test::ProjectMutator;

constexpr unsigned kSeed = 20261127;
constexpr int kMutants = 600;
const char* const kFileName = "demo.lathe";

// The demo album's project exactly as writeDemoAlbum saves it into a folder (without
// rendering its four mixes, which the parser never opens).
std::string demoProjectText() {
    const auto songs = demo::demoSongs();
    std::vector<std::filesystem::path> mixes;
    for (std::size_t i = 0; i < songs.size(); ++i) {
        std::ostringstream name;
        name << std::setw(2) << std::setfill('0') << i + 1 << ' ' << songs[i].title << ".wav";
        mixes.push_back(test::kProjectDir / "mixes" / name.str());
    }
    return serializeProject(demo::buildDemoProject(songs, mixes), test::kProjectDir);
}

bool namesAPlace(const ProjectProblem& problem) {
    if (!problem.jsonPath.empty())
        return true;
    // A document-level problem: malformed text gives its line and column.
    return problem.message.rfind("line ", 0) == 0 && problem.message.find(", column ") != std::string::npos;
}

TEST(ProjectMutationFuzz, EveryMutantLoadsOrFailsWithAProjectErrorThatSaysWhere) {
    const std::string original = demoProjectText();
    ASSERT_NO_THROW(parseProject(original, test::kProjectDir, kFileName));
    ProjectMutator mutator(original, kSeed);
    std::map<std::string, std::pair<int, int>> acceptedRejected;
    for (int i = 0; i < kMutants; ++i) {
        const auto [mutation, text] = mutator.next();
        auto& counts = acceptedRejected[nameOf(mutation)];
        try {
            parseProject(text, test::kProjectDir, kFileName);
            ++counts.first;
        } catch (const ProjectError& error) {
            ++counts.second;
            const std::string what = error.what();
            EXPECT_EQ(what.rfind(std::string(kFileName) + ": ", 0), 0u) << nameOf(mutation) << ": " << what.substr(0, 300);
            ASSERT_FALSE(error.problems().empty());
            for (const ProjectProblem& problem : error.problems())
                EXPECT_TRUE(namesAPlace(problem))
                    << "mutant " << i << " (" << nameOf(mutation) << "): " << describeProblem(problem).substr(0, 300);
        } catch (const std::exception& other) {
            ADD_FAILURE() << "mutant " << i << " (" << nameOf(mutation) << ") threw " << other.what();
        }
    }
    // Keys the format does not know, invalid text and nesting beyond the schema can
    // never load (a changed byte can leave valid JSON, so broken syntax sometimes does).
    for (const char* never : {"unknown key", "invalid UTF-8", "deep nesting"})
        EXPECT_EQ(acceptedRejected[never].first, 0) << never;
    for (const auto& [mutation, counts] : acceptedRejected)
        EXPECT_GT(counts.first + counts.second, 0) << mutation;
}

TEST(ProjectMutationFuzz, UnknownKeysAndDuplicatesAreNamedByTheirPath) {
    const std::string original = demoProjectText();
    Json document = Json::parse(original);
    document["tracks"][2]["fade_in"]["curv"] = "linear";
    try {
        parseProject(document.dump(), test::kProjectDir, kFileName);
        FAIL() << "an unknown key loaded";
    } catch (const ProjectError& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(describeProblem(error.problems()[0]), "tracks[2].fade_in.curv: unknown key");
    }
    std::string duplicated = original;
    const std::string title = "\"title\": ";
    duplicated.insert(duplicated.find(title), "\"title\": \"again\", ");
    try {
        parseProject(duplicated, test::kProjectDir, kFileName);
        FAIL() << "a duplicate key loaded";
    } catch (const ProjectError& error) {
        ASSERT_FALSE(error.problems().empty());
        EXPECT_EQ(describeProblem(error.problems()[0]), "album.title: duplicate key");
    }
}

}  // namespace
}  // namespace lathe
