#include "engine/render/ReleaseTestProject.h"
#include "project/ProjectFile.h"
#include "support/RunProcess.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace lathe {
namespace {

namespace fs = std::filesystem;

std::size_t entriesIn(const fs::path& folder) {
    return static_cast<std::size_t>(
        std::distance(fs::recursive_directory_iterator(folder), fs::recursive_directory_iterator()));
}

TEST(CliRender, InvalidProjectNamesEveryProblemAndWritesNothing) {
    test::TempDir dir;
    Project project = test::releaseTestProject(dir / "album");
    test::writeAudioFile(dir / "album" / "mixes" / "short.wav",
                         test::sine(440.0, 0.3, 3.0, test::kReleaseRate, 2), test::kReleaseRate);
    project.tracks[2].source = dir / "album" / "mixes" / "short.wav";  // 3 s: below the Red Book's 4 s
    project.tracks[2].crossfadeSeconds = 0.0;
    project.tracks[2].fadeIn.lengthSeconds = 0.5;
    project.tracks[1].fadeOut.lengthSeconds = 0.5;
    project.tracks[3].isrc = "USXYZ26A0001";  // the year must be two digits
    project.album.upcEan = "0123456789013";   // wrong check digit
    project.tracks[0].pregapSeconds = 1.0;    // track 1 needs 2 s on a CD
    const fs::path file = dir / "album" / "bad.lathe";
    saveProject(project, file);
    const std::size_t before = entriesIn(dir.path());

    const auto result = test::runCli({"render", "--quiet", file.string()});
    EXPECT_EQ(result.exitCode, 2) << result.err;
    for (const char* path : {"tracks[2]", "tracks[3].isrc", "album.upc_ean", "tracks[0].pregap_s"})
        EXPECT_NE(result.err.find(std::string(": ") + path), std::string::npos) << path << " not in\n"
                                                                                << result.err;
    EXPECT_EQ(result.err.find("lathe-cli: error: "), 0u);
    EXPECT_EQ(entriesIn(dir.path()), before);
    EXPECT_FALSE(fs::exists(dir / "album" / "bad masters"));

    const auto json = test::runCli({"render", "--json", file.string()});
    EXPECT_EQ(json.exitCode, 2);
    const auto document = nlohmann::json::parse(json.out);
    EXPECT_EQ(document["schema"], 1);
    EXPECT_GE(document["problems"].size(), 4u);
}

TEST(CliRender, DdpTocIsTheTimelineAndTrackWavsJoinIntoTheAlbumWavOfACueSheet) {
    test::TempDir dir;
    Project project = test::releaseTestProject(dir / "album");
    project.exports.wav.bits = 24;
    project.exports.wav.dither = DitherKind::Tpdf;
    saveProject(project, dir / "album" / "tracks.lathe");
    project.exports.wav.split = WavSplit::Album;
    saveProject(project, dir / "album" / "whole.lathe");

    const auto tracks = test::runCli({"render", "--json", "--only", "ddp,wav", "--seed", "7", "--out",
                                      (dir / "tracks").string(), (dir / "album" / "tracks.lathe").string()});
    ASSERT_EQ(tracks.exitCode, 0) << tracks.err;
    const auto report = nlohmann::json::parse(tracks.out);
    EXPECT_EQ(report["schema"], 1);
    EXPECT_TRUE(fs::exists(dir / "tracks" / "DDP" / "IMAGE.DAT"));
    EXPECT_FALSE(fs::exists(dir / "tracks" / "MP3"));

    // inspect-ddp reads the image back: its table of contents is the timeline rounded
    // to CD frames, as the render reported it.
    const auto inspect = test::runCli({"inspect-ddp", "--json", (dir / "tracks" / "DDP").string()});
    ASSERT_EQ(inspect.exitCode, 0) << inspect.out << inspect.err;
    const auto toc = nlohmann::json::parse(inspect.out);
    EXPECT_EQ(toc["upc_ean"], "0123456789012");
    EXPECT_TRUE(toc["problems"].empty());
    ASSERT_EQ(toc["tracks"].size(), report["tracks"].size());
    for (std::size_t i = 0; i < toc["tracks"].size(); ++i) {
        const auto& track = report["tracks"][i];
        const auto nearestFrame = [](const nlohmann::json& sample) {
            return (sample.get<std::int64_t>() + 294) / 588;
        };
        EXPECT_EQ(toc["tracks"][i]["index0_sector"], nearestFrame(track["index0_sample"]));
        EXPECT_EQ(toc["tracks"][i]["index1_sector"], nearestFrame(track["start_sample"]));
        EXPECT_EQ(toc["tracks"][i]["isrc"], track["isrc"]);
        EXPECT_EQ(toc["tracks"][i]["title"], track["title"]);
    }
    EXPECT_EQ(toc["image_sectors"].get<std::int64_t>() * 588,
              report["album"]["total_samples"].get<std::int64_t>());
    const auto whole = test::runCli({"render", "--quiet", "--only", "ddp,wav", "--seed", "7", "--out",
                                     (dir / "whole").string(), (dir / "album" / "whole.lathe").string()});
    ASSERT_EQ(whole.exitCode, 0) << whole.err;
    EXPECT_TRUE(whole.out.empty());

    std::vector<AudioBuffer> parts;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir / "tracks" / "WAV"))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    ASSERT_EQ(files.size(), 5u);
    for (const auto& part : files)
        parts.push_back(test::readAudioFile(part));
    std::vector<const AudioBuffer*> pointers;
    for (const auto& part : parts)
        pointers.push_back(&part);
    const AudioBuffer joined = test::concatenate(pointers);
    const AudioBuffer album = test::readAudioFile(dir / "whole" / "WAV" / "Test Pressing.wav");
    ASSERT_EQ(joined.frameCount(), album.frameCount());
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < album.frameCount(); ++i)
            ASSERT_EQ(joined.channel(c)[i], album.channel(c)[i]) << "channel " << c << " frame " << i;

    std::ifstream reportFile(dir / "whole" / "report.json");
    const auto wholeReport = nlohmann::json::parse(reportFile);
    EXPECT_EQ(wholeReport["album"]["outputs"]["wav"]["path"], "WAV/Test Pressing.wav");
    EXPECT_EQ(wholeReport["album"]["outputs"]["wav"]["frames"], album.frameCount());

    std::ifstream cue(dir / "whole" / "WAV" / "Test Pressing.cue");
    const std::string text((std::istreambuf_iterator<char>(cue)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("FILE \"Test Pressing.wav\" WAVE"), std::string::npos) << text;
    EXPECT_NE(text.find("TRACK 05 AUDIO"), std::string::npos);
    EXPECT_NE(text.find("ISRC USXYZ2600013"), std::string::npos);
    EXPECT_NE(text.find("    INDEX 01 00:00:00\n"), std::string::npos);
    EXPECT_NE(text.find("    INDEX 02 "), std::string::npos);  // track 4's mark
}

TEST(CliRender, BadFlagsAndUnwritableOutputs) {
    test::TempDir dir;
    const fs::path file = test::writeReleaseTestProject(dir / "album");
    const auto only = test::runCli({"render", "--only", "flac", file.string()});
    EXPECT_EQ(only.exitCode, 2);
    EXPECT_NE(only.err.find("--only"), std::string::npos) << only.err;

    { std::ofstream(dir / "plain-file") << "not a folder"; }
    const auto unwritable = test::runCli({"render", "--quiet", "--only", "wav", "--out",
                                          (dir / "plain-file" / "masters").string(), file.string()});
    EXPECT_EQ(unwritable.exitCode, 3) << unwritable.err;
    EXPECT_NE(unwritable.err.find("plain-file"), std::string::npos) << unwritable.err;
}

}  // namespace
}  // namespace lathe
