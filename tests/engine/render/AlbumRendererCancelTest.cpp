#include "render/AlbumRenderer.h"

#include "engine/render/ReleaseTestProject.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <thread>

namespace lathe {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A render stops within a fraction of a second of cancel(), from any stage.
constexpr auto kPromptly = std::chrono::milliseconds(750);

std::vector<std::string> entriesOf(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        names.push_back(fs::relative(entry.path(), folder).generic_string());
    std::sort(names.begin(), names.end());
    return names;
}

struct CancelOutcome {
    bool cancelled = false;
    std::chrono::milliseconds afterCancel{0};
};

// Renders the test album (in memory, as the workstation does: the project file does
// not exist) and cancels it from another thread once `stage` has begun.
CancelOutcome renderAndCancelAt(const std::string& stage, const fs::path& folder, const fs::path& outDir) {
    AlbumRenderer::Options options;
    options.project = folder / "unsaved.lathe";
    options.document = test::releaseTestProject(folder);
    options.outDir = outDir;
    AlbumRenderer renderer(options);

    std::mutex mutex;
    std::condition_variable reached;
    bool atStage = false;
    renderer.setProgressCallback([&](const std::string& current, double) {
        if (current != stage)
            return;
        const std::lock_guard lock(mutex);
        atStage = true;
        reached.notify_one();
    });
    Clock::time_point cancelledAt;
    std::thread canceller([&] {
        std::unique_lock lock(mutex);
        reached.wait(lock, [&] { return atStage; });
        cancelledAt = Clock::now();
        renderer.cancel();
    });
    CancelOutcome outcome;
    try {
        renderer.render();
    } catch (const RenderCancelled&) {
        outcome.cancelled = true;
    }
    const auto stopped = Clock::now();
    canceller.join();
    outcome.afterCancel = std::chrono::duration_cast<std::chrono::milliseconds>(stopped - cancelledAt);
    return outcome;
}

class AlbumRendererCancel : public testing::TestWithParam<std::string> {};

TEST_P(AlbumRendererCancel, StopsPromptlyAndWritesNothing) {
    const test::TempDir dir;
    const fs::path outDir = dir / "release" / "masters";
    const CancelOutcome outcome = renderAndCancelAt(GetParam(), dir.path(), outDir);
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_LT(outcome.afterCancel, kPromptly) << "stage " << GetParam();
    EXPECT_FALSE(fs::exists(outDir));
    // No staging folder or temporary file is left beside it either.
    EXPECT_TRUE(entriesOf(dir / "release").empty());
}

INSTANTIATE_TEST_SUITE_P(EveryLongStage, AlbumRendererCancel,
                         testing::Values("tracks", "master", "ddp", "mp3"),
                         [](const testing::TestParamInfo<std::string>& stage) { return stage.param; });

TEST(AlbumRendererCancel, KeepsThePreviousOutputAsItWas) {
    const test::TempDir dir;
    const fs::path outDir = dir / "masters";
    fs::create_directories(outDir / "WAV");
    std::ofstream(outDir / "WAV" / "01 Earlier.wav") << "an earlier master";
    const CancelOutcome outcome = renderAndCancelAt("master", dir.path(), outDir);
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_EQ(entriesOf(outDir), (std::vector<std::string>{"WAV", "WAV/01 Earlier.wav"}));
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_TRUE(entry.path().filename() == "masters" || entry.path().filename() == "mixes")
            << entry.path();
}

TEST(AlbumRendererCancel, RendersTheDocumentInMemoryWhenNotCancelled) {
    const test::TempDir dir;
    Project project = test::releaseTestProject(dir.path());
    project.exports.ddp.enabled = false;
    project.exports.mp3.enabled = false;
    project.album.text.title = "Unsaved Title";
    AlbumRenderer::Options options;
    options.project = dir / "never-written.lathe";
    options.document = project;
    options.outDir = dir / "out";
    const AlbumRenderer::Result result = AlbumRenderer(options).render();
    EXPECT_FALSE(fs::exists(dir / "never-written.lathe"));
    EXPECT_EQ(result.report["album"]["title"], "Unsaved Title");
    EXPECT_TRUE(fs::exists(dir / "out" / "WAV" / "05 Song 5.wav"));
    // The delivered WAVs measured together as an album: its true peak is the tracks'
    // highest, its loudness between theirs.
    const auto& album = result.report["album"]["delivered"]["wav"];
    double highestPeak = -100.0, quietest = 0.0, loudest = -100.0;
    for (const auto& track : result.report["tracks"]) {
        const auto& wav = track["outputs"]["wav"];
        highestPeak = std::max(highestPeak, wav["true_peak_dbtp"].get<double>());
        quietest = std::min(quietest, wav["integrated_lufs"].get<double>());
        loudest = std::max(loudest, wav["integrated_lufs"].get<double>());
    }
    EXPECT_DOUBLE_EQ(album["true_peak_dbtp"].get<double>(), highestPeak);
    EXPECT_GE(album["integrated_lufs"].get<double>(), quietest);
    EXPECT_LE(album["integrated_lufs"].get<double>(), loudest);
    EXPECT_GT(album["loudness_range_lu"].get<double>(), 0.0);
    EXPECT_FALSE(result.report["album"]["delivered"].contains("mp3"));
}

}  // namespace
}  // namespace lathe
