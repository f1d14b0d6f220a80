#include "render/AlbumRenderer.h"

#include "analysis/TruePeakMeter.h"
#include "core/Decibels.h"
#include "engine/render/ReleaseTestProject.h"
#include "core/Md5.h"
#include "export/DdpReader.h"
#include "project/ProjectError.h"
#include "support/RunProcess.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <map>

namespace lathe {
namespace {

namespace fs = std::filesystem;

std::string fileText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::map<std::string, std::string> md5Tree(const fs::path& root) {
    std::map<std::string, std::string> sums;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file())
            sums[fs::relative(entry.path(), root).generic_string()] = Md5::hexOfFile(entry.path());
    return sums;
}

std::vector<float> ffmpegDecode(const fs::path& file) {
    const auto result =
        test::runProcess("ffmpeg", {"-v", "error", "-i", file.string(), "-f", "f32le", "-ac", "2", "-"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    std::vector<float> samples(result.out.size() / sizeof(float));
    std::memcpy(samples.data(), result.out.data(), samples.size() * sizeof(float));
    return samples;
}

// The test album is rendered once (rendering is the expensive part, and ctest runs
// every TEST in its own process), then each property of the release is checked on it.
struct Release {
    fs::path project;
    fs::path out;
    nlohmann::ordered_json report;
};

const Release* g_release = nullptr;

fs::path out() {
    return g_release->out;
}
const nlohmann::ordered_json& report() {
    return g_release->report;
}

std::vector<fs::path> trackFiles(const std::string& folder, const std::string& extension) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(out() / folder))
        if (entry.path().extension() == extension)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

void expectWritesEveryMasterAndNothingElse() {
    std::vector<std::string> names;
    for (const auto& entry : fs::recursive_directory_iterator(out()))
        names.push_back(fs::relative(entry.path(), out()).generic_string());
    std::sort(names.begin(), names.end());
    const std::vector<std::string> expected = {"DDP",
                                               "DDP/CDTEXT.BIN",
                                               "DDP/DDPID",
                                               "DDP/DDPMS",
                                               "DDP/IMAGE.DAT",
                                               "DDP/PQDESCR",
                                               "DDP/checksum.md5",
                                               "MP3",
                                               "MP3/01 Song 1.mp3",
                                               "MP3/02 Song 2_ A_B _mix_.mp3",
                                               "MP3/03 Song 3.mp3",
                                               "MP3/04 Song 4.mp3",
                                               "MP3/05 Song 5.mp3",
                                               "WAV",
                                               "WAV/01 Song 1.wav",
                                               "WAV/02 Song 2_ A_B _mix_.wav",
                                               "WAV/03 Song 3.wav",
                                               "WAV/04 Song 4.wav",
                                               "WAV/05 Song 5.wav",
                                               "report.html",
                                               "report.json"};
    EXPECT_EQ(names, expected);
    // No staging or temporary folder is left beside it.
    for (const auto& entry : fs::directory_iterator(out().parent_path()))
        EXPECT_EQ(entry.path().filename().string().find(".out"), std::string::npos) << entry.path();
}

void expectReportHoldsTheTimelineAndTheMd5OfEveryFile() {
    const auto& json = report();
    EXPECT_EQ(json["schema"], 1);
    ASSERT_EQ(json["tracks"].size(), 5u);
    const auto& t = json["tracks"];
    EXPECT_EQ(t[0]["start_sample"], 2 * test::kReleaseRate);
    EXPECT_EQ(t[0]["isrc"], "USXYZ2600010");
    // Track 3 crossfades 1.5 s into track 2; track 4's mark is 2 s after its index 1.
    EXPECT_EQ(t[2]["start_sample"].get<std::int64_t>(), t[1]["end_sample"].get<std::int64_t>() - 66150);
    EXPECT_EQ(t[3]["index_samples"][0].get<std::int64_t>(), t[3]["start_sample"].get<std::int64_t>() + 88200);
    EXPECT_EQ(t[1]["start_sample"].get<std::int64_t>(), t[0]["end_sample"].get<std::int64_t>() + 44100);
    for (const auto& file : json["files"]) {
        if (file["path"] != "report.html") {
            EXPECT_EQ(file["md5"], Md5::hexOfFile(out() / file["path"].get<std::string>())) << file["path"];
        }
    }
    EXPECT_EQ(Md5::hexOfFile(out() / "report.html"), json["files"].back()["md5"]);
    // The album is on target, its outputs analysed as `analyze` does.
    EXPECT_NEAR(json["album"]["master_integrated_lufs"].get<double>(), -14.0, 0.1);
    EXPECT_TRUE(t[0]["outputs"]["wav"]["integrated_lufs"].is_number());
    EXPECT_LE(t[0]["outputs"]["wav"]["true_peak_dbtp"].get<double>(), -1.0 + 0.05);
}

void expectTrackWavsHoldTheirFileRangesWithExactSilenceInTheGaps() {
    const auto files = trackFiles("WAV", ".wav");
    ASSERT_EQ(files.size(), 5u);
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto& track = report()["tracks"][i];
        const AudioBuffer audio = test::readAudioFile(files[i]);
        EXPECT_EQ(
            static_cast<std::int64_t>(audio.frameCount()),
            track["file_end_sample"].get<std::int64_t>() - track["file_start_sample"].get<std::int64_t>());
        // The gap after track 1's audio (1 s before track 2) is digital silence.
        if (i == 0) {
            const auto audioFrames = static_cast<std::size_t>(track["end_sample"].get<std::int64_t>() -
                                                              track["file_start_sample"].get<std::int64_t>());
            for (std::size_t f = audioFrames; f < audio.frameCount(); ++f)
                ASSERT_EQ(audio.channel(0)[f], 0.0f) << f;
            EXPECT_GT(audio.frameCount() - audioFrames, 44000u);
        }
    }
}

void expectMp3sDecodeToTheWavLengthsWithTagsAndUnderTheCeiling() {
    const auto wavs = trackFiles("WAV", ".wav");
    const auto mp3s = trackFiles("MP3", ".mp3");
    ASSERT_EQ(mp3s.size(), 5u);
    for (std::size_t i = 0; i < mp3s.size(); ++i) {
        const std::vector<float> decoded = ffmpegDecode(mp3s[i]);
        EXPECT_EQ(decoded.size() / 2, test::readAudioFile(wavs[i]).frameCount()) << mp3s[i];
        TruePeakMeter meter(2);
        meter.processInterleaved(decoded.data(), decoded.size() / 2);
        meter.finish();
        EXPECT_LE(gainToDb(meter.peak()), -1.0 + 0.05) << mp3s[i];
        const auto& qc = report()["mp3_qc"][i];
        EXPECT_TRUE(qc["length_ok"].get<bool>());
        EXPECT_TRUE(qc["peak_ok"].get<bool>());
        EXPECT_TRUE(qc["tags_ok"].get<bool>());

        const auto probe = test::runProcess("ffprobe", {"-v", "error", "-show_entries", "format_tags", "-of",
                                                        "default=nw=1", mp3s[i].string()});
        const std::string number = std::to_string(i + 1);
        for (const std::string& expected :
             {"TAG:track=" + number + "/5", "TAG:TSRC=USXYZ26000" + std::to_string(10 + i),
              std::string("TAG:album=Test Pressing"), std::string("TAG:artist=The Examples"),
              std::string("TAG:date=2026-11-23"), std::string("TAG:REPLAYGAIN_TRACK_GAIN=")})
            EXPECT_NE(probe.out.find(expected), std::string::npos) << expected << " in\n" << probe.out;
    }
}

void expectDdpImageHoldsThe16BitTrackWavsSampleForSample() {
    const std::string image = fileText(out() / "DDP" / "IMAGE.DAT");
    ASSERT_EQ(image.size() % 2352, 0u);
    const std::size_t imageFrames = image.size() / 4;
    EXPECT_EQ(static_cast<std::int64_t>(imageFrames), report()["album"]["total_samples"].get<std::int64_t>());
    auto sampleAt = [&image](std::size_t frame, std::size_t channel) {
        const std::size_t at = (frame * 2 + channel) * 2;
        return static_cast<std::int16_t>(static_cast<unsigned char>(image[at]) |
                                         static_cast<unsigned char>(image[at + 1]) << 8);
    };
    // Track 1's pregap (00:00:00 to its index 1) is digital silence.
    const auto& tracks = report()["tracks"];
    ASSERT_EQ(tracks[0]["cd"]["index1_sector"], 150);
    for (std::size_t frame = 0; frame < 150 * 588; ++frame)
        ASSERT_EQ(sampleAt(frame, 0), 0) << frame;
    const auto wavs = trackFiles("WAV", ".wav");
    for (std::size_t i = 0; i < wavs.size(); ++i) {
        const auto begin =
            static_cast<std::size_t>(tracks[i]["cd"]["index1_sector"].get<std::int64_t>() * 588);
        EXPECT_EQ(static_cast<std::int64_t>(begin), tracks[i]["file_start_sample"].get<std::int64_t>());
        const AudioBuffer wav = test::readAudioFile(wavs[i]);
        ASSERT_LE(begin + wav.frameCount(), imageFrames);
        for (std::size_t c = 0; c < 2; ++c)
            for (std::size_t f = 0; f < wav.frameCount(); ++f)
                ASSERT_EQ(static_cast<int>(std::lround(wav.channel(c)[f] * 32768.0f)), sampleAt(begin + f, c))
                    << wavs[i] << " channel " << c << " frame " << f;
        if (i + 1 == wavs.size()) {
            EXPECT_EQ(begin + wav.frameCount(), imageFrames);
        }
    }
}

void expectCdIndexesAreTheTimelineRoundedToFrames() {
    for (const auto& track : report()["tracks"]) {
        const auto nearest = [](std::int64_t sample) { return (sample + 294) / 588; };
        EXPECT_EQ(track["cd"]["index1_sector"], nearest(track["start_sample"].get<std::int64_t>()));
        EXPECT_EQ(track["cd"]["index0_sector"], nearest(track["index0_sample"].get<std::int64_t>()));
        ASSERT_EQ(track["cd"]["index_sectors"].size(), track["index_samples"].size());
        for (std::size_t m = 0; m < track["index_samples"].size(); ++m)
            EXPECT_EQ(track["cd"]["index_sectors"][m],
                      nearest(track["index_samples"][m].get<std::int64_t>()));
    }
    EXPECT_EQ(report()["tracks"][3]["cd"]["index_sectors"].size(), 1u);
}

void expectDdpReadBackByTheIndependentReaderMatchesTheTimeline() {
    const DdpInspection inspection = DdpReader::inspect(out() / "DDP");
    EXPECT_TRUE(inspection.problems.empty()) << inspection.problems.front();
    EXPECT_TRUE(inspection.checksumsOk);
    EXPECT_EQ(inspection.upcEan, "0123456789012");
    EXPECT_EQ(inspection.albumText.title, "Test Pressing");
    const auto& tracks = report()["tracks"];
    ASSERT_EQ(inspection.tracks.size(), tracks.size());
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        const auto& cd = tracks[i]["cd"];
        EXPECT_EQ(inspection.tracks[i].isrc, tracks[i]["isrc"]);
        EXPECT_EQ(inspection.tracks[i].text.title, tracks[i]["title"]);
        EXPECT_EQ(inspection.tracks[i].index0Sector, cd["index0_sector"]);
        EXPECT_EQ(inspection.tracks[i].index1Sector, cd["index1_sector"]);
        EXPECT_EQ(inspection.tracks[i].extraIndexSectors,
                  cd["index_sectors"].get<std::vector<std::int64_t>>());
        EXPECT_EQ(inspection.tracks[i].endSector, cd["end_sector"]);
    }
    EXPECT_EQ(inspection.leadOutSector * 588, report()["album"]["total_samples"].get<std::int64_t>());
    EXPECT_EQ(report()["ddp"]["problems"].size(), 0u);
    EXPECT_TRUE(report()["ddp"]["checksums_ok"].get<bool>());
}

void expectHtmlReportIsSelfContained() {
    const std::string html = fileText(out() / "report.html");
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("Song 5"), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_EQ(html.find("href="), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
}

void expectRendersAreByteIdenticalAndReplaceTheOutputFolder() {
    AlbumRenderer::Options options;
    options.project = g_release->project;
    options.outDir = out().parent_path() / "second";
    fs::create_directories(*options.outDir);
    { std::ofstream(*options.outDir / "stale.txt") << "from an earlier render"; }
    AlbumRenderer(options).render();
    EXPECT_EQ(md5Tree(*options.outDir), md5Tree(out()));
    EXPECT_FALSE(fs::exists(*options.outDir / "stale.txt"));
}

TEST(AlbumRenderer, ReleaseOfTheTestAlbum) {
    test::TempDir dir;
    Release release;
    release.project = test::writeReleaseTestProject(dir / "album");
    AlbumRenderer::Options options;
    options.project = release.project;
    options.outDir = dir / "out";
    AlbumRenderer::Result result = AlbumRenderer(options).render();
    release.out = result.outDir;
    release.report = std::move(result.report);
    g_release = &release;
    {
        SCOPED_TRACE("WritesEveryMasterAndNothingElse");
        expectWritesEveryMasterAndNothingElse();
    }
    {
        SCOPED_TRACE("ReportHoldsTheTimelineAndTheMd5OfEveryFile");
        expectReportHoldsTheTimelineAndTheMd5OfEveryFile();
    }
    {
        SCOPED_TRACE("TrackWavsHoldTheirFileRangesWithExactSilenceInTheGaps");
        expectTrackWavsHoldTheirFileRangesWithExactSilenceInTheGaps();
    }
    {
        SCOPED_TRACE("Mp3sDecodeToTheWavLengthsWithTagsAndUnderTheCeiling");
        expectMp3sDecodeToTheWavLengthsWithTagsAndUnderTheCeiling();
    }
    {
        SCOPED_TRACE("DdpImageHoldsThe16BitTrackWavsSampleForSample");
        expectDdpImageHoldsThe16BitTrackWavsSampleForSample();
    }
    {
        SCOPED_TRACE("CdIndexesAreTheTimelineRoundedToFrames");
        expectCdIndexesAreTheTimelineRoundedToFrames();
    }
    {
        SCOPED_TRACE("DdpReadBackByTheIndependentReaderMatchesTheTimeline");
        expectDdpReadBackByTheIndependentReaderMatchesTheTimeline();
    }
    {
        SCOPED_TRACE("HtmlReportIsSelfContained");
        expectHtmlReportIsSelfContained();
    }
    {
        SCOPED_TRACE("RendersAreByteIdenticalAndReplaceTheOutputFolder");
        expectRendersAreByteIdenticalAndReplaceTheOutputFolder();
    }
    g_release = nullptr;
}

TEST(AlbumRendererValidation, ReportsEveryProblemAndWritesNothing) {
    test::TempDir dir;
    Project project = test::releaseTestProject(dir / "album");
    project.tracks[1].isrc = "US-XYZ-26-0001X";  // bad designation code
    project.album.upcEan = "0123456789013";      // wrong check digit
    project.tracks[0].pregapSeconds = 1.0;
    test::writeAudioFile(dir / "album" / "short.wav", test::sine(440.0, 0.3, 3.0, test::kReleaseRate, 2),
                         test::kReleaseRate);
    project.tracks[4].source = dir / "album" / "short.wav";
    project.tracks[4].fadeOut.lengthSeconds = 0.5;
    project.tracks[2].source = dir / "album" / "missing.wav";
    saveProject(project, dir / "bad.lathe");
    AlbumRenderer::Options options;
    options.project = dir / "bad.lathe";
    options.outDir = dir / "out";
    try {
        AlbumRenderer(options).render();
        FAIL() << "rendered an invalid project";
    } catch (const ProjectError& error) {
        std::vector<std::string> paths;
        for (const auto& problem : error.problems())
            paths.push_back(problem.jsonPath);
        for (const char* expected :
             {"tracks[1].isrc", "album.upc_ean", "tracks[0].pregap_s", "tracks[2].source"})
            EXPECT_NE(std::find(paths.begin(), paths.end(), expected), paths.end()) << expected;
    }
    EXPECT_FALSE(fs::exists(dir / "out"));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()),
              2);  // album/, bad.lathe
}

}  // namespace
}  // namespace lathe
