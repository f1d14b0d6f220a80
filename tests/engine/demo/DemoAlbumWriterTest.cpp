#include "core/Error.h"
#include "demo/DemoAlbumWriter.h"
#include "demo/DemoProject.h"
#include "demo/DemoSongs.h"
#include "io/AudioFileReader.h"
#include "project/ProjectFile.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace lathe {
namespace {

std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One test, because writing the album is the expensive part (ctest runs each test in a
// process of its own).
TEST(DemoAlbumWriter, WritesFourMixesAndAProjectThatLoadsBackIntoANewFolder) {
    const test::TempDir scratch;
    const auto root = scratch / "new" / "demo";
    const demo::DemoAlbumFiles album = demo::writeDemoAlbum(root);

    EXPECT_EQ(album.project, root / "demo.lathe");
    ASSERT_EQ(album.mixes.size(), 4u);
    EXPECT_EQ(album.mixes[0], root / "mixes" / "01 First Light.wav");
    EXPECT_EQ(album.mixes[3], root / "mixes" / "04 Homeward.wav");
    for (const auto& file : album.mixes) {
        const AudioFileReader reader(file);
        EXPECT_EQ(reader.info().subtype, "PCM_24") << file;
        EXPECT_EQ(reader.info().sampleRate, 44100) << file;
        EXPECT_EQ(reader.info().channels, 2) << file;
        EXPECT_GE(reader.info().durationSeconds(), 20.0) << file;
        EXPECT_LE(reader.info().durationSeconds(), 40.0) << file;
    }

    const std::string text = fileBytes(album.project);
    EXPECT_NE(text.find("\"mixes/02 Red Line.wav\""), std::string::npos) << text;
    EXPECT_EQ(text.find(root.string()), std::string::npos) << "sources must be stored relative";
    const Project loaded = loadProject(album.project);
    EXPECT_EQ(loaded, demo::buildDemoProject(demo::demoSongs(), album.mixes));
    EXPECT_TRUE(validateProject(loaded, ValidationStage::Export).empty());
}

TEST(DemoAlbumWriter, UnwritableFolderIsAWriteFailureNamingIt) {
    const test::TempDir scratch;
    const auto blocker = scratch / "a file";
    std::ofstream(blocker) << "not a folder";
    try {
        demo::writeDemoAlbum(blocker / "demo");
        FAIL() << "expected a write failure";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::WriteFailed);
        EXPECT_NE(std::string(error.what()).find(blocker.string()), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace lathe
