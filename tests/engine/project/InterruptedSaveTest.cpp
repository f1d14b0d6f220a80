// Fault injection: a process killed (SIGKILL, power-cut style: no cleanup) at random
// moments while it saves a project. Whatever moment it dies, the project file is the
// old version or the new one, byte for byte, and the backup is a whole version too.
#include "ProjectTestData.h"
#include "support/TempDir.h"

#include <csignal>
#include <fstream>
#include <iterator>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

namespace lathe {
namespace {

namespace fs = std::filesystem;

constexpr int kRounds = 24;
constexpr std::size_t kTracks = 60;
constexpr std::size_t kMessageBytes = 4000;  // makes each save a few hundred KB
constexpr int kMaxSavesBeforeKill = 3;
constexpr int kMaxDelayMicroseconds = 20000;

Project largeProject(const std::string& version) {
    Project project = test::fullProject();
    const Track model = project.tracks.front();
    project.tracks.clear();
    for (std::size_t i = 0; i < kTracks; ++i) {
        Track track = model;
        track.isrc.clear();
        track.text.title = version + " " + std::to_string(i + 1);
        track.text.message = std::string(kMessageBytes, static_cast<char>('a' + i % 26));
        project.tracks.push_back(track);
    }
    project.album.text.title = version;
    return project;
}

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The child saves the new and the old version in turn, forever, telling the parent
// (one byte on `pipe`) before each save begins. It never returns.
[[noreturn]] void saveForever(const Project& first, const Project& second, const fs::path& file, int pipe) {
    try {
        for (;;) {
            for (const Project* project : {&first, &second}) {
                if (::write(pipe, "s", 1) != 1)
                    ::_exit(1);
                saveProject(*project, file);
            }
        }
    } catch (...) {
        ::_exit(1);
    }
}

// Lets the child start `saves` saves, then kills it a random moment into the last one.
void killDuringASave(pid_t child, int pipe, int saves, int delayMicroseconds) {
    char byte = 0;
    for (int i = 0; i < saves; ++i)
        ASSERT_EQ(::read(pipe, &byte, 1), 1) << "the saving process died on its own";
    ::usleep(static_cast<useconds_t>(delayMicroseconds));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status)) << "the saving process exited by itself: status " << status;
}

bool isLeftoverTemporary(const fs::path& entry) {
    const std::string name = entry.filename().string();
    return name.rfind(".album.lathe", 0) == 0 && name.find(".lathe-tmp-") != std::string::npos;
}

TEST(InterruptedSave, KilledAtRandomMomentsLeavesTheOldOrNewVersionAndAWholeBackup) {
    test::TempDir dir;
    const fs::path file = dir / "album.lathe";
    const Project oldVersion = largeProject("old");
    const Project newVersion = largeProject("new");
    saveProject(oldVersion, file);
    const std::string oldText = readBytes(file);
    const std::string newText = serializeProject(newVersion, dir.path());
    ASSERT_NE(oldText, newText);

    std::mt19937 random(20261127);
    std::uniform_int_distribution<int> saves(1, kMaxSavesBeforeKill);
    std::uniform_int_distribution<int> delay(0, kMaxDelayMicroseconds);
    int newSeen = 0;
    for (int round = 0; round < kRounds; ++round) {
        int pipe[2];
        ASSERT_EQ(::pipe(pipe), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(pipe[0]);
            saveForever(newVersion, oldVersion, file, pipe[1]);
        }
        ::close(pipe[1]);
        killDuringASave(child, pipe[0], saves(random), delay(random));
        ::close(pipe[0]);

        const std::string text = readBytes(file);
        ASSERT_TRUE(text == oldText || text == newText)
            << "round " << round << ": a " << text.size() << "-byte project that is neither version";
        newSeen += text == newText ? 1 : 0;
        EXPECT_NO_THROW(loadProject(file)) << "round " << round;
        const fs::path backup = projectBackupPath(file);
        if (fs::exists(backup)) {
            const std::string backupText = readBytes(backup);
            EXPECT_TRUE(backupText == oldText || backupText == newText)
                << "round " << round << ": a " << backupText.size() << "-byte backup that is neither version";
        }
    }
    // Kills landed between saves as well as inside them: both versions were left behind.
    EXPECT_GT(newSeen, 0);
    EXPECT_LT(newSeen, kRounds);
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        const fs::path path = entry.path();
        EXPECT_TRUE(path == file || path == projectBackupPath(file) || isLeftoverTemporary(path)) << path;
    }
}

TEST(InterruptedSave, BackupIsThePreviousVersionAndSeparateFromTheNewFile) {
    test::TempDir dir;
    const fs::path file = dir / "album.lathe";
    saveProject(largeProject("first"), file);
    saveProject(largeProject("second"), file);
    const std::string secondText = readBytes(file);
    saveProject(largeProject("third"), file);
    EXPECT_EQ(readBytes(projectBackupPath(file)), secondText);
    EXPECT_EQ(loadProject(file).album.text.title, "third");
    EXPECT_EQ(loadProject(projectBackupPath(file)).album.text.title, "second");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 2);
}

}  // namespace
}  // namespace lathe
