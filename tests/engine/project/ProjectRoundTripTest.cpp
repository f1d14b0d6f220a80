#include "project/ProjectFile.h"
#include "project/ProjectJsonWriter.h"

#include "ProjectTestData.h"
#include "support/TempDir.h"

#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

namespace lathe {
namespace {

using test::kProjectDir;

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(ProjectRoundTrip, FullProjectSurvivesSaveAndLoad) {
    const Project original = test::fullProject();
    const Project loaded = parseProject(serializeProject(original, kProjectDir), kProjectDir, "a.lathe");
    EXPECT_EQ(loaded, original);
}

TEST(ProjectRoundTrip, SaveLoadSaveIsByteIdentical) {
    const std::string first = serializeProject(test::fullProject(), kProjectDir);
    const std::string second =
        serializeProject(parseProject(first, kProjectDir, "a.lathe"), kProjectDir);
    EXPECT_EQ(second, first);
}

TEST(ProjectRoundTrip, FullProjectHoldsEveryModuleTypeAwayFromItsDefaults) {
    const Project project = test::fullProject();
    std::set<std::string> types;
    for (const Module& module : project.masterChain.modules) {
        types.insert(moduleTypeName(module.parameters));
        const auto defaults = defaultModuleParameters(moduleTypeName(module.parameters));
        ASSERT_TRUE(defaults.has_value());
        EXPECT_NE(module.parameters, *defaults) << moduleTypeName(module.parameters);
    }
    EXPECT_EQ(types.size(), moduleTypeNames().size());
    EXPECT_NE(project.album, Album{});
    EXPECT_NE(project.exports, ExportSettings{});
}

TEST(ProjectRoundTrip, MinimalProjectTakesEveryDefault) {
    const Project project = parseProject(test::kMinimalProject, kProjectDir, "a.lathe");
    EXPECT_EQ(project, Project{});
    EXPECT_EQ(project.album.text, CdText{});
    EXPECT_EQ(project.album.sampleRate, 44100);
    EXPECT_EQ(project.album.loudness.mode, LoudnessMode::Off);
    EXPECT_EQ(project.album.loudness.targetLufs, -14.0);
    EXPECT_TRUE(project.masterChain.modules.empty());
    EXPECT_TRUE(project.tracks.empty());
    EXPECT_TRUE(project.exports.ddp.enabled);
    EXPECT_TRUE(project.exports.wav.enabled);
    EXPECT_EQ(project.exports.wav.bits, 24);
    EXPECT_FALSE(project.exports.wav.sampleRate.has_value());
    EXPECT_EQ(project.exports.wav.split, WavSplit::Tracks);
    EXPECT_EQ(project.exports.wav.dither, DitherKind::Tpdf);
    EXPECT_TRUE(project.exports.mp3.enabled);
    EXPECT_EQ(project.exports.mp3.mode, Mp3Mode::Cbr);
    EXPECT_EQ(project.exports.mp3.bitrateKbps, 320);
    EXPECT_EQ(project.exports.mp3.vbrQuality, 0);
}

TEST(ProjectRoundTrip, MinimalTrackTakesEveryDefault) {
    const Track track = parseProject(
        R"({"format":"lathe-project","version":1,"tracks":[{"source":"a.wav"}]})", kProjectDir,
        "a.lathe").tracks.at(0);
    EXPECT_EQ(track.source, kProjectDir / "a.wav");
    EXPECT_EQ(track.text, CdText{});
    EXPECT_EQ(track.isrc, "");
    EXPECT_EQ(track.trimStartSeconds, 0.0);
    EXPECT_FALSE(track.trimEndSeconds.has_value());
    EXPECT_EQ(track.gainDb, 0.0);
    EXPECT_EQ(track.fadeIn.lengthSeconds, 0.0);
    EXPECT_EQ(track.fadeIn.curve, FadeCurve::EqualPower);
    EXPECT_EQ(track.fadeOut.lengthSeconds, 0.0);
    EXPECT_EQ(track.fadeOut.curve, FadeCurve::EqualPower);
    EXPECT_EQ(track.pregapSeconds, 2.0);
    EXPECT_EQ(track.crossfadeSeconds, 0.0);
    EXPECT_TRUE(track.indexMarksSeconds.empty());
    EXPECT_TRUE(track.chain.modules.empty());
}

Module onlyModule(const std::string& moduleJson) {
    const std::string text = R"({"format":"lathe-project","version":1,"master_chain":{"modules":[)" +
                             moduleJson + "]}}";
    return parseProject(text, kProjectDir, "a.lathe").masterChain.modules.at(0);
}

TEST(ProjectRoundTrip, ModulesWithOnlyATypeTakeTheirDefaults) {
    for (const auto type : moduleTypeNames()) {
        const Module module = onlyModule(R"({"type":")" + std::string(type) + R"("})");
        EXPECT_TRUE(module.enabled) << type;
        EXPECT_EQ(module.parameters, *defaultModuleParameters(type)) << type;
    }
    const auto compressor = std::get<CompressorSettings>(onlyModule(R"({"type":"compressor"})").parameters);
    EXPECT_EQ(compressor.thresholdDb, -18.0);
    EXPECT_EQ(compressor.ratio, 2.0);
    EXPECT_EQ(compressor.attackMs, 10.0);
    EXPECT_EQ(compressor.releaseMs, 120.0);
    EXPECT_EQ(compressor.kneeDb, 6.0);
    EXPECT_EQ(compressor.makeupDb, 0.0);
    EXPECT_EQ(compressor.detector, Detector::Rms);
    EXPECT_EQ(compressor.stereoLink, 1.0);
    EXPECT_EQ(compressor.sidechainHighPassHz, 0.0);
    const auto limiter = std::get<LimiterSettings>(onlyModule(R"({"type":"limiter"})").parameters);
    EXPECT_EQ(limiter.ceilingDbtp, -1.0);
    EXPECT_EQ(limiter.releaseMs, 60.0);
    EXPECT_EQ(limiter.lookaheadMs, 2.0);
    EXPECT_EQ(limiter.inputGainDb, 0.0);
    const auto stereo = std::get<StereoSettings>(onlyModule(R"({"type":"stereo"})").parameters);
    EXPECT_EQ(stereo.width, 1.0);
    EXPECT_EQ(stereo.monoBelowHz, 0.0);
    EXPECT_EQ(stereo.balance, 0.0);
    EXPECT_EQ(std::get<DeclickSettings>(onlyModule(R"({"type":"declick"})").parameters).sensitivity, 0.5);
    EXPECT_EQ(std::get<GainSettings>(onlyModule(R"({"type":"gain"})").parameters).gainDb, 0.0);
    const auto eq = std::get<EqSettings>(onlyModule(R"({"type":"eq"})").parameters);
    EXPECT_EQ(eq.phase, EqPhase::Minimum);
    EXPECT_TRUE(eq.bands.empty());
    const auto multiband = std::get<MultibandSettings>(onlyModule(R"({"type":"multiband"})").parameters);
    EXPECT_EQ(multiband.crossoversHz, (std::vector<double>{120.0, 1000.0, 6000.0}));
    EXPECT_FALSE(multiband.linearPhase);
    ASSERT_EQ(multiband.bands.size(), 4u);
    EXPECT_EQ(multiband.bands[0], MultibandBand{});
    EXPECT_FALSE(multiband.bands[0].bypass);
    EXPECT_FALSE(multiband.bands[0].solo);
}

TEST(ProjectRoundTrip, EqBandWithOnlyAShapeTakesTheDefaults) {
    const auto eq = std::get<EqSettings>(
        onlyModule(R"({"type":"eq","bands":[{"shape":"notch"}]})").parameters);
    ASSERT_EQ(eq.bands.size(), 1u);
    const EqBand& band = eq.bands[0];
    EXPECT_EQ(band.shape, EqShape::Notch);
    EXPECT_EQ(band.freqHz, 1000.0);
    EXPECT_EQ(band.gainDb, 0.0);
    EXPECT_EQ(band.q, 0.707);
    EXPECT_EQ(band.slopeDbPerOctave, 12);
    EXPECT_EQ(band.placement, Placement::Stereo);
    EXPECT_TRUE(band.enabled);
}

TEST(ProjectRoundTrip, MultibandWithoutBandsGetsOneNeutralBandPerSplit) {
    const auto multiband = std::get<MultibandSettings>(
        onlyModule(R"({"type":"multiband","crossovers_hz":[250]})").parameters);
    EXPECT_EQ(multiband.bands, std::vector<MultibandBand>(2));
}

TEST(ProjectRoundTrip, FormatExampleLoads) {
    const Project project = parseProject(test::kFormatExample, kProjectDir, "example.lathe");
    EXPECT_EQ(project.album.text.title, "Night Drive");
    EXPECT_EQ(project.album.text.performer, "The Examples");
    EXPECT_EQ(project.album.releaseDate, "2026-11-23");
    EXPECT_EQ(project.album.upcEan, "0123456789012");
    EXPECT_EQ(project.album.loudness, (LoudnessTarget{LoudnessMode::Album, -14.0}));
    ASSERT_EQ(project.masterChain.modules.size(), 1u);
    EXPECT_EQ(project.masterChain.modules[0].parameters,
              ModuleParameters(LimiterSettings{-1.0, 60.0, 2.0, 0.0}));
    ASSERT_EQ(project.tracks.size(), 1u);
    const Track& track = project.tracks[0];
    EXPECT_EQ(track.source, kProjectDir / "mixes" / "01 Intro.wav");
    EXPECT_EQ(track.isrc, "USXYZ2600001");
    EXPECT_EQ(track.fadeOut, (Fade{3.0, FadeCurve::EqualPower}));
    const auto& eq = std::get<EqSettings>(track.chain.modules.at(0).parameters);
    ASSERT_EQ(eq.bands.size(), 3u);
    EXPECT_EQ(eq.bands[0], (EqBand{EqShape::LowCut, 25.0, 0.0, 0.707, 24, Placement::Stereo, true}));
    EXPECT_EQ(eq.bands[1], (EqBand{EqShape::Bell, 3200.0, -1.5, 1.2, 12, Placement::Mid, true}));
    EXPECT_EQ(eq.bands[2], (EqBand{EqShape::HighShelf, 10000.0, 1.0, 0.707, 12, Placement::Side, true}));
    EXPECT_EQ(project.exports, ExportSettings{});
}

// Every key of `example` appears in `written` in the same order (the writer may add
// the keys the example leaves out), recursively.
void expectSameKeyOrder(const Json& example, const Json& written, const std::string& path) {
    if (example.is_array()) {
        ASSERT_EQ(example.size(), written.size()) << path;
        for (std::size_t i = 0; i < example.size(); ++i)
            expectSameKeyOrder(example[i], written[i], path + "[" + std::to_string(i) + "]");
        return;
    }
    if (!example.is_object())
        return;
    auto position = written.begin();
    for (auto it = example.begin(); it != example.end(); ++it) {
        while (position != written.end() && position.key() != it.key())
            ++position;
        ASSERT_NE(position, written.end()) << path << "." << it.key() << " is missing or out of order";
        expectSameKeyOrder(it.value(), position.value(), path + "." + it.key());
    }
}

TEST(ProjectRoundTrip, WritesKeysInTheExamplesOrder) {
    const Project project = parseProject(test::kFormatExample, kProjectDir, "example.lathe");
    const Json written = Json::parse(serializeProject(project, kProjectDir));
    expectSameKeyOrder(test::exampleJson(), written, "");
}

TEST(ProjectRoundTrip, WritesEveryKeyWithNullForUnsetValues) {
    Project project;
    project.tracks.push_back(Track{});
    project.tracks[0].source = kProjectDir / "a.wav";
    project.masterChain.modules.push_back({LimiterSettings{}, true});
    const std::string text = serializeProject(project, kProjectDir);
    const Json written = Json::parse(text);
    EXPECT_TRUE(written["tracks"][0]["trim_end_s"].is_null());
    EXPECT_TRUE(written["export"]["wav"]["sample_rate"].is_null());
    EXPECT_NE(text.find(R"("trim_end_s": null)"), std::string::npos);
    EXPECT_EQ(written["master_chain"]["modules"][0].size(), 6u);  // type, enabled and 4 keys
    EXPECT_EQ(written["master_chain"]["modules"][0]["input_gain_db"], 0.0);
    EXPECT_EQ(written["tracks"][0].size(), 17u);
    EXPECT_EQ(written["album"].size(), 11u);
    EXPECT_EQ(written.size(), 6u);
    EXPECT_EQ(text.substr(0, 51), "{\n  \"format\": \"lathe-project\",\n  \"version\": 1,\n  \"a");
    EXPECT_EQ(text.back(), '\n');
}

TEST(ProjectRoundTrip, StoresHyphenatedIsrcWithoutHyphens) {
    const Project project = parseProject(
        R"({"format":"lathe-project","version":1,"tracks":[{"source":"a.wav","isrc":"us-xyz-26-00001"}]})",
        kProjectDir, "a.lathe");
    EXPECT_EQ(project.tracks.at(0).isrc, "USXYZ2600001");
    EXPECT_NE(serializeProject(project, kProjectDir).find(R"("isrc": "USXYZ2600001")"), std::string::npos);
}

TEST(ProjectPaths, SourcesBelowTheProjectAreStoredRelative) {
    const auto stored = [](const std::filesystem::path& source) {
        return ProjectJsonWriter::storedSourcePath(source, "/albums/night");
    };
    EXPECT_EQ(stored("/albums/night/mixes/01 Intro.wav"), "mixes/01 Intro.wav");
    EXPECT_EQ(stored("/albums/night/a.wav"), "a.wav");
    EXPECT_EQ(stored("/albums/night/./mixes/../b.wav"), "b.wav");
    EXPECT_EQ(stored("/albums/other/a.wav"), "/albums/other/a.wav");
    EXPECT_EQ(stored("/albums/night/../other/a.wav"), "/albums/other/a.wav");
    EXPECT_EQ(stored("/albums/nightly/a.wav"), "/albums/nightly/a.wav");
    EXPECT_EQ(stored("/a.wav"), "/a.wav");
}

TEST(ProjectPaths, RelativeSourcesResolveAgainstTheProjectFolder) {
    const auto loaded = [](const std::string& source) {
        return parseProject(R"({"format":"lathe-project","version":1,"tracks":[{"source":")" +
                                source + R"("}]})",
                            "/albums/night", "a.lathe")
            .tracks.at(0)
            .source;
    };
    EXPECT_EQ(loaded("mixes/a.wav"), "/albums/night/mixes/a.wav");
    EXPECT_EQ(loaded("../shared/a.wav"), "/albums/shared/a.wav");
    EXPECT_EQ(loaded("/elsewhere/a.wav"), "/elsewhere/a.wav");
}

TEST(ProjectFileOnDisk, SaveThenLoadResolvesSourcesAgainstTheFile) {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "album");
    Project project = test::fullProject();
    project.tracks[0].source = dir / "album" / "mixes" / "01.wav";
    project.tracks[1].source = dir / "outside.wav";
    saveProject(project, dir / "album" / "a.lathe");

    const Json written = Json::parse(readText(dir / "album" / "a.lathe"));
    EXPECT_EQ(written["tracks"][0]["source"], "mixes/01.wav");
    EXPECT_EQ(written["tracks"][1]["source"], (dir / "outside.wav").generic_string());
    EXPECT_EQ(loadProject(dir / "album" / "a.lathe"), project);
}

TEST(ProjectFileOnDisk, SecondSaveKeepsThePreviousVersion) {
    test::TempDir dir;
    const auto file = dir / "a.lathe";
    Project project = test::fullProject();
    saveProject(project, file);
    EXPECT_FALSE(std::filesystem::exists(dir / "a.lathe~"));
    const std::string firstVersion = readText(file);

    project.album.text.title = "Second Take";
    saveProject(project, file);
    EXPECT_EQ(projectBackupPath(file), dir / "a.lathe~");
    EXPECT_EQ(readText(dir / "a.lathe~"), firstVersion);
    EXPECT_EQ(loadProject(file).album.text.title, "Second Take");
    EXPECT_EQ(loadProject(dir / "a.lathe~").album.text.title, "Night Drive");
}

TEST(ProjectFileOnDisk, MissingFileIsBadInputNamingIt) {
    test::TempDir dir;
    try {
        loadProject(dir / "missing.lathe");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_EQ(error.subject(), (dir / "missing.lathe").string());
        EXPECT_NE(error.reason().find("cannot open"), std::string::npos);
    }
}

TEST(ProjectFileOnDisk, HugeFileIsRejectedBeforeReading) {
    test::TempDir dir;
    std::ofstream(dir / "huge.lathe").close();
    std::filesystem::resize_file(dir / "huge.lathe", kMaxProjectBytes + 1);
    try {
        loadProject(dir / "huge.lathe");
        FAIL() << "expected an error";
    } catch (const ProjectError& error) {
        EXPECT_EQ(error.subject(), (dir / "huge.lathe").string());
        EXPECT_NE(error.reason().find("too large for a project"), std::string::npos);
    }
}

}  // namespace
}  // namespace lathe
