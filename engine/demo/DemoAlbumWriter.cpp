#include "demo/DemoAlbumWriter.h"

#include "core/Error.h"
#include "demo/DemoMix.h"
#include "demo/DemoProject.h"
#include "demo/DemoSongs.h"
#include "project/ProjectFile.h"

#include <future>
#include <iomanip>
#include <sstream>
#include <string>
#include <system_error>

namespace lathe::demo {
namespace {

constexpr const char* kMixesFolder = "mixes";
constexpr const char* kProjectName = "demo.lathe";

std::filesystem::path mixFileName(std::size_t index, const SongDescription& song) {
    std::ostringstream name;
    name << std::setw(2) << std::setfill('0') << index + 1 << ' ' << song.title << ".wav";
    return name.str();
}

void createFolder(const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw writeFailed(folder.string(), "cannot create the folder: " + error.message());
}

}  // namespace

DemoAlbumFiles writeDemoAlbum(const std::filesystem::path& directory) {
    const std::filesystem::path root = std::filesystem::absolute(directory);
    const std::filesystem::path mixesFolder = root / kMixesFolder;
    createFolder(mixesFolder);
    const std::vector<SongDescription> songs = demoSongs();
    DemoAlbumFiles files;
    files.project = root / kProjectName;
    for (std::size_t i = 0; i < songs.size(); ++i)
        files.mixes.push_back(mixesFolder / mixFileName(i, songs[i]));
    // The songs share nothing, so they render side by side; each is deterministic on
    // its own, so the files do not depend on the scheduling.
    std::vector<std::future<void>> renders;
    for (std::size_t i = 0; i < songs.size(); ++i)
        renders.push_back(
            std::async(std::launch::async, [&files, &songs, i] { writeDemoMix(files.mixes[i], songs[i]); }));
    for (auto& render : renders)
        render.wait();
    for (auto& render : renders)
        render.get();  // rethrows the first failure
    saveProject(buildDemoProject(songs, files.mixes), files.project);
    return files;
}

}  // namespace lathe::demo
