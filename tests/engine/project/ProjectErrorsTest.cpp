#include "project/ProjectFile.h"

#include "ProjectTestData.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

using Pointer = Json::json_pointer;

// "/tracks/0/fade_in" -> "tracks[0].fade_in"
std::string pathOf(const Pointer& pointer) {
    const std::string text = pointer.to_string();
    std::string path;
    std::size_t start = 1;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('/', start), text.size());
        const std::string part = text.substr(start, end - start);
        const bool index = part.find_first_not_of("0123456789") == std::string::npos;
        path += index ? "[" + part + "]" : (path.empty() ? "" : ".") + part;
        start = end + 1;
    }
    return path;
}

// Every node of a document, as JSON pointers (the root excluded).
void collectPointers(const Json& value, const Pointer& at, std::vector<Pointer>& out) {
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            out.push_back(at / it.key());
            collectPointers(it.value(), at / it.key(), out);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            out.push_back(at / i);
            collectPointers(value[i], at / i, out);
        }
    }
}

std::vector<Pointer> everyNode(const Json& document) {
    std::vector<Pointer> pointers;
    collectPointers(document, Pointer(), pointers);
    return pointers;
}

std::string problemText(const std::vector<ProjectProblem>& problems) {
    std::string text;
    for (const auto& problem : problems)
        text += describeProblem(problem) + "\n";
    return text;
}

TEST(ProjectErrors, UnknownKeyInEveryObjectIsReportedWithItsPath) {
    const Json full = test::fullJson();
    std::vector<Pointer> objects{Pointer()};
    for (const Pointer& pointer : everyNode(full))
        if (full[pointer].is_object())
            objects.push_back(pointer);
    ASSERT_GT(objects.size(), 40u);
    for (const Pointer& object : objects) {
        Json broken = full;
        broken[object]["bogus"] = 1;
        const std::string path = pathOf(object / "bogus");
        EXPECT_EQ(test::problemsOf(broken), (std::vector<ProjectProblem>{{path, "unknown key"}}))
            << path;
    }
}

TEST(ProjectErrors, MistypedKeyNamesItsPathInTheMessage) {
    Json example = test::exampleJson();
    for (int i = 0; i < 3; ++i)
        example["tracks"].push_back(example["tracks"][0]);
    Json& fade = example["tracks"][3]["fade_in"];
    fade["curv"] = fade["curve"];
    fade.erase("curve");
    try {
        parseProject(example.dump(), test::kProjectDir, "night.lathe");
        FAIL() << "expected an error";
    } catch (const ProjectError& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_EQ(error.subject(), "night.lathe");
        EXPECT_STREQ(error.what(), "night.lathe: tracks[3].fade_in.curv: unknown key");
    }
}

TEST(ProjectErrors, WrongTypeAnywhereIsReportedAtItsPath) {
    const Json full = test::fullJson();
    for (const Pointer& pointer : everyNode(full)) {
        Json broken = full;
        const Json& original = full[pointer];
        // A list where anything else belongs, a number where a list or object belongs.
        broken[pointer] = original.is_array() || original.is_object() ? Json(5) : Json::array();
        const auto problems = test::problemsOf(broken);
        const std::string path = pathOf(pointer);
        ASSERT_FALSE(problems.empty()) << path;
        EXPECT_EQ(problems[0].jsonPath, path);
        EXPECT_EQ(problems[0].message.rfind("expected", 0), 0u) << problemText(problems);
    }
}

TEST(ProjectErrors, WrongTypeMessagesSayWhatWasExpected) {
    const auto problemAt = [](const std::string& pointer, const Json& value) {
        Json document = test::fullJson();
        document[Pointer(pointer)] = value;
        return test::problemsOf(document).at(0);
    };
    EXPECT_EQ(problemAt("/tracks/0/gain_db", "loud"),
              (ProjectProblem{"tracks[0].gain_db", "expected a number"}));
    EXPECT_EQ(problemAt("/album/sample_rate", 44100.5),
              (ProjectProblem{"album.sample_rate", "expected an integer"}));
    EXPECT_EQ(problemAt("/album/sample_rate", 1e30),
              (ProjectProblem{"album.sample_rate", "expected an integer"}));
    EXPECT_EQ(problemAt("/export/ddp/enabled", 1),
              (ProjectProblem{"export.ddp.enabled", "expected true or false"}));
    EXPECT_EQ(problemAt("/album/title", 7), (ProjectProblem{"album.title", "expected a string"}));
    EXPECT_EQ(problemAt("/tracks/0/index_marks_s", "30"),
              (ProjectProblem{"tracks[0].index_marks_s", "expected a list of numbers"}));
    EXPECT_EQ(problemAt("/tracks/0/index_marks_s/1", "60"),
              (ProjectProblem{"tracks[0].index_marks_s[1]", "expected a number"}));
    EXPECT_EQ(problemAt("/tracks/0/fade_in", 0.5),
              (ProjectProblem{"tracks[0].fade_in", "expected an object"}));
    EXPECT_EQ(problemAt("/tracks", Json::object()),
              (ProjectProblem{"tracks", "expected a list of objects"}));
    EXPECT_EQ(problemAt("/tracks/0/fade_in/curve", 1),
              (ProjectProblem{"tracks[0].fade_in.curve",
                              "expected a string, one of linear, equal_power, logarithmic, "
                              "exponential, s_curve"}));
}

TEST(ProjectErrors, UnknownModuleTypeNamesTheModule) {
    Json example = test::exampleJson();
    example["tracks"][0]["chain"]["modules"][0]["type"] = "eqq";
    EXPECT_EQ(test::problemsOf(example),
              (std::vector<ProjectProblem>{
                  {"tracks[0].chain.modules[0].type",
                   "unknown module type \"eqq\", expected one of gain, eq, compressor, multiband, "
                   "stereo, declick, limiter"}}));
    example["tracks"][0]["chain"]["modules"][0].erase("type");
    EXPECT_EQ(test::problemsOf(example),
              (std::vector<ProjectProblem>{
                  {"tracks[0].chain.modules[0].type", "missing; every module names its type"}}));
}

struct EnumCase {
    const char* pointer;
    const char* path;
    const char* choices;
};

TEST(ProjectErrors, UnknownEnumNamesListTheChoices) {
    const std::vector<EnumCase> cases{
        {"/master_chain/modules/1/phase", "master_chain.modules[1].phase", "minimum, linear"},
        {"/master_chain/modules/1/bands/0/shape", "master_chain.modules[1].bands[0].shape",
         "bell, low_shelf, high_shelf, low_cut, high_cut, notch"},
        {"/master_chain/modules/1/bands/2/placement", "master_chain.modules[1].bands[2].placement",
         "stereo, mid, side, left, right"},
        {"/master_chain/modules/2/detector", "master_chain.modules[2].detector", "rms, peak"},
        {"/master_chain/modules/3/bands/1/detector", "master_chain.modules[3].bands[1].detector",
         "rms, peak"},
        {"/tracks/1/fade_out/curve", "tracks[1].fade_out.curve",
         "linear, equal_power, logarithmic, exponential, s_curve"},
        {"/album/loudness/mode", "album.loudness.mode", "off, track, album"},
        {"/export/wav/split", "export.wav.split", "tracks, album"},
        {"/export/wav/dither", "export.wav.dither", "none, tpdf, shaped"},
        {"/export/mp3/mode", "export.mp3.mode", "cbr, vbr"},
    };
    for (const EnumCase& test : cases) {
        Json document = test::fullJson();
        document[Pointer(test.pointer)] = "Sideways";
        EXPECT_EQ(test::problemsOf(document),
                  (std::vector<ProjectProblem>{
                      {test.path, std::string("unknown value \"Sideways\", expected one of ") +
                                      test.choices}}));
    }
}

struct RangeCase {
    const char* pointer;
    Json value;
    const char* path;
    const char* message;
};

TEST(ProjectErrors, OutOfRangeValuesNameTheirPathAndTheRange) {
    // The full project runs at 48 kHz: Nyquist is 24000 Hz.
    const std::vector<RangeCase> cases{
        {"/master_chain/modules/1/bands/0/slope_db_oct", 7, "master_chain.modules[1].bands[0].slope_db_oct",
         "must be one of 6, 12, 18, 24, 30, 36, 42, 48"},
        {"/master_chain/modules/1/bands/0/slope_db_oct", 54, "master_chain.modules[1].bands[0].slope_db_oct",
         "must be one of 6, 12, 18, 24, 30, 36, 42, 48"},
        {"/master_chain/modules/1/bands/1/q", 0, "master_chain.modules[1].bands[1].q",
         "must be greater than 0"},
        {"/master_chain/modules/1/bands/1/freq_hz", 0, "master_chain.modules[1].bands[1].freq_hz",
         "must be above 0 and below 24000 Hz (half of album.sample_rate)"},
        {"/master_chain/modules/1/bands/1/freq_hz", 24000, "master_chain.modules[1].bands[1].freq_hz",
         "must be above 0 and below 24000 Hz (half of album.sample_rate)"},
        {"/master_chain/modules/1/bands/1/gain_db", 60, "master_chain.modules[1].bands[1].gain_db",
         "must be between -48 and 48"},
        {"/master_chain/modules/2/stereo_link", 1.5, "master_chain.modules[2].stereo_link",
         "must be between 0 and 1"},
        {"/master_chain/modules/2/ratio", 0.5, "master_chain.modules[2].ratio", "must be between 1 and 100"},
        {"/master_chain/modules/2/attack_ms", 0, "master_chain.modules[2].attack_ms",
         "must be greater than 0 and at most 1000"},
        {"/master_chain/modules/2/sidechain_hp_hz", -5, "master_chain.modules[2].sidechain_hp_hz",
         "must be 0 (off) or above 0 and below 24000 Hz (half of album.sample_rate)"},
        {"/master_chain/modules/3/crossovers_hz/2", 30000, "master_chain.modules[3].crossovers_hz[2]",
         "must be above 0 and below 24000 Hz (half of album.sample_rate)"},
        {"/master_chain/modules/3/bands/2/knee_db", -1, "master_chain.modules[3].bands[2].knee_db",
         "must be between 0 and 24"},
        {"/master_chain/modules/4/width", 2.5, "master_chain.modules[4].width", "must be between 0 and 2"},
        {"/master_chain/modules/4/balance", -1.5, "master_chain.modules[4].balance", "must be between -1 and 1"},
        {"/master_chain/modules/5/sensitivity", 1.01, "master_chain.modules[5].sensitivity",
         "must be between 0 and 1"},
        {"/master_chain/modules/6/ceiling_dbtp", 0.5, "master_chain.modules[6].ceiling_dbtp",
         "must be between -20 and 0"},
        {"/master_chain/modules/6/lookahead_ms", 25, "master_chain.modules[6].lookahead_ms",
         "must be between 0 and 20"},
        {"/export/wav/bits", 20, "export.wav.bits", "must be one of 16, 24, 32"},
        {"/export/wav/sample_rate", 1000, "export.wav.sample_rate", "must be between 8000 and 768000"},
        {"/export/mp3/bitrate_kbps", 300, "export.mp3.bitrate_kbps",
         "must be one of 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320"},
        {"/export/mp3/vbr_quality", 10, "export.mp3.vbr_quality", "must be between 0 and 9"},
        {"/album/loudness/target_lufs", -80, "album.loudness.target_lufs", "must be between -70 and 0"},
        {"/album/loudness/target_lufs", 1, "album.loudness.target_lufs", "must be between -70 and 0"},
        {"/album/sample_rate", 1000000, "album.sample_rate", "must be between 8000 and 768000"},
        {"/tracks/0/fade_in/length_s", -0.5, "tracks[0].fade_in.length_s", "must be at least 0"},
        {"/tracks/0/index_marks_s/0", 0, "tracks[0].index_marks_s[0]", "must be greater than 0"},
    };
    for (const RangeCase& test : cases) {
        Json document = test::fullJson();
        document[Pointer(test.pointer)] = test.value;
        EXPECT_EQ(test::problemsOf(document),
                  (std::vector<ProjectProblem>{{test.path, test.message}}))
            << test.pointer;
    }
}

TEST(ProjectErrors, BandCountsAndCrossoverOrderAreChecked) {
    Json document = test::fullJson();
    Json& eqBands = document["master_chain"]["modules"][1]["bands"];
    while (eqBands.size() < 25)
        eqBands.push_back(eqBands[0]);
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"master_chain.modules[1].bands", "at most 24 bands, got 25"}}));

    document = test::fullJson();
    Json& multiband = document["master_chain"]["modules"][3];
    multiband["crossovers_hz"] = {100, 400, 2000, 6000, 12000};
    for (int i = 0; i < 2; ++i)
        multiband["bands"].push_back(multiband["bands"][0]);
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{
                  {"master_chain.modules[3].crossovers_hz", "2 to 5 bands need 1 to 4 crossovers, got 5"}}));

    document = test::fullJson();
    document["master_chain"]["modules"][3]["crossovers_hz"] = {100, 400};
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"master_chain.modules[3].bands",
                                            "expected 3 bands (one more than crossovers_hz), got 4"}}));

    document = test::fullJson();
    document["master_chain"]["modules"][3]["crossovers_hz"] = {100, 4000, 4000};
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"master_chain.modules[3].crossovers_hz[2]",
                                            "must be above the value before it (4000 Hz)"}}));
}

TEST(ProjectErrors, ForeignFormatIsRejectedAlone) {
    Json document = test::fullJson();
    document["format"] = "other-daw";
    document["bogus"] = 1;
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"format", "expected \"lathe-project\", got \"other-daw\""}}));
    document.erase("format");
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"format", "missing; a Lathe project has \"format\": \"lathe-project\""}}));
    EXPECT_EQ(test::problemsOf(std::string(R"({"format":3,"version":1})")),
              (std::vector<ProjectProblem>{{"format", "expected \"lathe-project\", got a number"}}));
}

TEST(ProjectErrors, NewerVersionSaysWhichVersionIsSupported) {
    Json document = test::fullJson();
    document["version"] = 2;
    document["a_future_key"] = true;
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"version",
                                            "version 2 is newer than this Lathe supports (version 1); "
                                            "update Lathe to open it"}}));
    document["version"] = 0;
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"version", "version 0 does not exist; expected 1"}}));
    document["version"] = "1";
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"version", "expected an integer"}}));
    document.erase("version");
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"version", "missing; expected 1"}}));
}

TEST(ProjectErrors, EveryProblemIsReportedInOneError) {
    Json document = test::exampleJson();
    document["album"]["upc_ean"] = "0123456789013";
    document["tracks"][0]["isrc"] = "USXYZ26";
    document["tracks"][0]["gain_db"] = "0";
    document["tracks"][0]["fade_in"]["curve"] = "cubic";
    document["master_chain"]["modules"][0]["ceiling"] = -1;
    try {
        parseProject(document.dump(), test::kProjectDir, "night.lathe");
        FAIL() << "expected an error";
    } catch (const ProjectError& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_EQ(error.problems().size(), 5u);
        EXPECT_EQ(std::string(error.what()),
                  "night.lathe: master_chain.modules[0].ceiling: unknown key; "
                  "tracks[0].gain_db: expected a number; "
                  "tracks[0].fade_in.curve: unknown value \"cubic\", expected one of linear, "
                  "equal_power, logarithmic, exponential, s_curve; "
                  "album.upc_ean: wrong check digit 3 (expected 2); "
                  "tracks[0].isrc: expected 12 characters CCXXXYYNNNNN, got 7");
    }
}

TEST(ProjectErrors, LongProblemListsAreShortenedInTheMessageOnly) {
    Json document = test::exampleJson();
    for (int i = 0; i < 60; ++i)
        document["album"]["bogus" + std::to_string(i)] = i;
    try {
        parseProject(document.dump(), test::kProjectDir, "night.lathe");
        FAIL() << "expected an error";
    } catch (const ProjectError& error) {
        EXPECT_EQ(error.problems().size(), 60u);
        const std::string what = error.what();
        EXPECT_NE(what.find("album.bogus49: unknown key; and 10 more problems"), std::string::npos);
        EXPECT_EQ(what.find("album.bogus50"), std::string::npos);
    }
}

TEST(ProjectErrors, OddKeysAreQuotedInPaths) {
    Json document = test::exampleJson();
    document["album"]["a b.c"] = 1;
    EXPECT_EQ(test::problemsOf(document),
              (std::vector<ProjectProblem>{{"album[\"a b.c\"]", "unknown key"}}));
}

}  // namespace
}  // namespace lathe
