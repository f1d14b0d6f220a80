// Fault injection: the disk fills up while lathe-cli writes. A file-size limit
// (`ulimit -f`, with SIGXFSZ ignored so write() fails with EFBIG as on a full disk)
// stops `lathe-cli demo` in the middle of its first mix.
#include "demo/DemoSongs.h"
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

// In 512-byte blocks: 256 KiB, far less than one demo mix (20 s of 24-bit stereo).
constexpr int kFileSizeLimitBlocks = 512;

std::string fileBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every entry below `root` (hidden ones too), by relative path, with a file's bytes.
std::map<std::string, std::string> treeContents(const fs::path& root) {
    std::map<std::string, std::string> contents;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        contents[fs::relative(entry.path(), root).generic_string()] =
            entry.is_regular_file() ? fileBytes(entry.path()) : std::string("<folder>");
    return contents;
}

test::ProcessResult runCliWithFileSizeLimit(int blocks, const std::vector<std::string>& arguments) {
    std::vector<std::string> shellArguments{
        "-c", "trap '' XFSZ; ulimit -f " + std::to_string(blocks) + "; exec \"$0\" \"$@\"", LATHE_CLI_PATH};
    shellArguments.insert(shellArguments.end(), arguments.begin(), arguments.end());
    return test::runProcess("/bin/sh", shellArguments);
}

TEST(CliDiskFull, DemoThatRunsOutOfSpaceIsExitThreeLeavingEarlierOutputsAndNoPartialFile) {
    const test::TempDir scratch;
    const fs::path album = scratch / "album";
    fs::create_directories(album / "mixes");
    // What an earlier run left: a project and the first mix, both to be left alone.
    const std::string firstMix = "mixes/01 " + demo::demoSongs().front().title + ".wav";
    std::ofstream(album / "demo.lathe") << "{\"earlier\": \"project\"}";
    std::ofstream(album / firstMix) << "an earlier mix";
    const auto before = treeContents(album);

    const auto result = runCliWithFileSizeLimit(kFileSizeLimitBlocks, {"demo", album.string()});

    EXPECT_EQ(result.exitCode, 3) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind("lathe-cli: error: " + (album / "mixes").string() + "/", 0), 0u) << result.err;
    EXPECT_NE(result.err.find("File too large"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_EQ(treeContents(album), before) << "a partial or temporary file was left behind";
}

}  // namespace
}  // namespace lathe
