#include "project/ProjectFile.h"
#include "support/RunProcess.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

namespace lathe {
namespace {

namespace fs = std::filesystem;

std::string fileBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every file below `root`, by relative path, with its bytes.
std::map<std::string, std::string> treeContents(const fs::path& root) {
    std::map<std::string, std::string> contents;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file())
            contents[fs::relative(entry.path(), root).generic_string()] = fileBytes(entry.path());
    return contents;
}

std::size_t lineCount(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

test::ProcessResult runDemoInto(const fs::path& folder) {
    return test::runCli({"demo", folder.string()});
}

// One test for the expensive part: two runs of the whole album.
TEST(CliDemo, WritesTheAlbumIntoANewFolderTheSameOnEveryRun) {
    const test::TempDir scratch;
    const auto first = scratch / "first" / "album";
    const auto firstRun = runDemoInto(first);
    ASSERT_EQ(firstRun.exitCode, 0) << firstRun.err;
    EXPECT_TRUE(firstRun.err.empty()) << firstRun.err;

    const auto files = treeContents(first);
    std::vector<std::string> names;
    for (const auto& [name, bytes] : files)
        names.push_back(name);
    // Nothing else: no temporary files left behind.
    EXPECT_EQ(names,
              (std::vector<std::string>{"demo.lathe", "mixes/01 First Light.wav", "mixes/02 Red Line.wav",
                                        "mixes/03 Quiet Hours.wav", "mixes/04 Homeward.wav"}));

    const Project project = loadProject(first / "demo.lathe");
    EXPECT_EQ(project.album.upcEan, "4260123456788");
    ASSERT_EQ(project.tracks.size(), 4u);
    for (std::size_t i = 0; i < project.tracks.size(); ++i) {
        const Track& track = project.tracks[i];
        EXPECT_EQ(track.isrc, "DEZZZ260000" + std::to_string(i + 1));
        EXPECT_TRUE(fs::exists(track.source)) << track.source;
        EXPECT_EQ(track.source.parent_path(), fs::absolute(first / "mixes"));
    }
    EXPECT_DOUBLE_EQ(project.tracks[0].pregapSeconds, 2.0);
    EXPECT_DOUBLE_EQ(project.tracks[1].pregapSeconds, 1.5);
    EXPECT_DOUBLE_EQ(project.tracks[3].crossfadeSeconds, 3.0);
    EXPECT_DOUBLE_EQ(project.tracks[3].pregapSeconds, 0.0);
    EXPECT_TRUE(validateProject(project, ValidationStage::Export).empty());

    const auto second = scratch / "second";
    const auto secondRun = runDemoInto(second);
    ASSERT_EQ(secondRun.exitCode, 0) << secondRun.err;
    const auto again = treeContents(second);
    ASSERT_EQ(again.size(), files.size());
    for (const auto& [name, bytes] : files) {
        ASSERT_TRUE(again.count(name)) << name;
        EXPECT_TRUE(again.at(name) == bytes) << name << " differs between runs";
    }
}

TEST(CliDemo, UnwritablePlaceIsExitThreeWithOneErrorLine) {
    const test::TempDir scratch;
    const auto blocker = scratch / "plain file";
    std::ofstream(blocker) << "a file, not a folder";
    const auto result = runDemoInto(blocker / "album");
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(result.err.rfind("lathe-cli: error: ", 0), 0u) << result.err;
    EXPECT_EQ(lineCount(result.err), 1u) << result.err;
    EXPECT_NE(result.err.find(blocker.string()), std::string::npos) << result.err;
}

TEST(CliDemo, MissingFolderArgumentIsBadUsage) {
    const auto result = test::runCli({"demo"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(lineCount(result.err), 1u) << result.err;
}

}  // namespace
}  // namespace lathe
