#include "io/AtomicFile.h"

#include "core/Error.h"
#include "support/TempDir.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace lathe {
namespace {

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t entriesIn(const std::filesystem::path& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

TEST(AtomicFile, WritesTheWholeFileAndLeavesNoTemporary) {
    test::TempDir dir;
    AtomicFile::write(dir / "out.txt", "hello");
    EXPECT_EQ(readText(dir / "out.txt"), "hello");
    EXPECT_EQ(entriesIn(dir.path()), 1u);
}

TEST(AtomicFile, UncommittedWriteLeavesTheTargetUntouched) {
    test::TempDir dir;
    AtomicFile::write(dir / "out.txt", "old");
    {
        AtomicFile file(dir / "out.txt");
        std::ofstream(file.tempPath()) << "half a new file";
    }
    EXPECT_EQ(readText(dir / "out.txt"), "old");
    EXPECT_EQ(entriesIn(dir.path()), 1u);
}

TEST(AtomicFile, KeepsThePreviousVersionAsBackup) {
    test::TempDir dir;
    AtomicFile::write(dir / "a.lathe", "v1", dir / "a.lathe~");
    AtomicFile::write(dir / "a.lathe", "v2", dir / "a.lathe~");
    EXPECT_EQ(readText(dir / "a.lathe"), "v2");
    EXPECT_EQ(readText(dir / "a.lathe~"), "v1");
}

TEST(AtomicFile, UnwritableFolderIsAWriteFailure) {
    try {
        AtomicFile::write("/nonexistent-folder/out.txt", "x");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::WriteFailed);
        EXPECT_NE(std::string(error.what()).find("/nonexistent-folder/out.txt"), std::string::npos);
    }
}

}  // namespace
}  // namespace lathe
