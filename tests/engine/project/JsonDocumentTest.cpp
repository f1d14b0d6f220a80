#include "project/JsonDocument.h"

#include "ProjectTestData.h"

#include <gtest/gtest.h>
#include <random>

namespace lathe {
namespace {

using Problems = std::vector<ProjectProblem>;

std::string errorText(const std::string& text) {
    try {
        parseProject(text, test::kProjectDir, "album.lathe");
    } catch (const ProjectError& error) {
        return error.what();
    }
    return "(loaded)";
}

TEST(JsonDocument, MalformedJsonNamesFileLineAndColumn) {
    const std::string trailingComma = "{\n  \"format\": \"lathe-project\",\n  \"version\": 1,\n}";
    EXPECT_EQ(errorText(trailingComma),
              "album.lathe: line 4, column 1: malformed JSON: syntax error while parsing object "
              "key - unexpected '}'; expected string literal");
    const std::string missingColon = "{\"format\": \"lathe-project\",\n \"version\" 1}";
    EXPECT_EQ(errorText(missingColon).rfind("album.lathe: line 2, column 12: malformed JSON: ", 0), 0u)
        << errorText(missingColon);
    EXPECT_EQ(errorText("").rfind("album.lathe: line 1, column 1: malformed JSON: ", 0), 0u)
        << errorText("");
}

TEST(JsonDocument, ColumnsCountCharactersNotBytes) {
    const std::string text = "{\"album\": {\"title\": \"Ünï\" x}}";
    EXPECT_EQ(errorText(text).rfind("album.lathe: line 1, column 27: malformed JSON", 0), 0u)
        << errorText(text);
}

TEST(JsonDocument, TextThatIsNotUtf8IsRejected) {
    EXPECT_EQ(errorText("{\"format\": \"lathe-project\", \"version\": 1,\n \"album\": {\"title\": \"a\xff\"}}"),
              "album.lathe: line 2, column 23: not UTF-8 text");
    EXPECT_EQ(errorText("\xff\xfe{\0\"\0"), "album.lathe: line 1, column 1: not UTF-8 text");
    EXPECT_EQ(errorText("{\"x\": \"\xc0\xaf\"}"), "album.lathe: line 1, column 8: not UTF-8 text");
    EXPECT_EQ(errorText("{\"x\": \"\xed\xa0\x80\"}"), "album.lathe: line 1, column 8: not UTF-8 text");
    EXPECT_EQ(errorText("{\"x\": \"\xe2\x82\"}"), "album.lathe: line 1, column 8: not UTF-8 text");
    EXPECT_EQ(errorText("{\"x\": \"\xf4\x90\x80\x80\"}"), "album.lathe: line 1, column 8: not UTF-8 text");
}

TEST(JsonDocument, Utf8BomAndNonAsciiTextLoad) {
    const Project project = parseProject(
        "\xef\xbb\xbf{\"format\":\"lathe-project\",\"version\":1,\"album\":{\"title\":\"Nuit \xc3\xa9t\xc3\xa9 \xf0\x9f\x8e\xb5\"}}",
        test::kProjectDir, "a.lathe");
    EXPECT_EQ(project.album.text.title, "Nuit \xc3\xa9t\xc3\xa9 \xf0\x9f\x8e\xb5");
}

TEST(JsonDocument, DeepNestingIsRejectedWithoutRecursion) {
    const std::size_t depth = 200000;
    const std::string deep = std::string(depth, '[') + std::string(depth, ']');
    std::string levels;
    for (int i = 0; i < 32; ++i)
        levels += "[0]";
    // The path names where the 33rd level begins.
    EXPECT_EQ(errorText(deep), "album.lathe: " + levels + ": not a project: nested more than 32 levels deep");
    std::string deepInside = R"({"format":"lathe-project","version":1,"album":{"title":)";
    deepInside.append(100, '[');
    deepInside.append(100, ']');
    deepInside += "}}";
    EXPECT_EQ(errorText(deepInside),
              "album.lathe: album.title" + levels.substr(0, 30 * 3) + ": not a project: nested more than 32 levels deep");
}

TEST(JsonDocument, TooManyValuesAreRejected) {
    std::string many = "[0";
    for (int i = 0; i < 600000; ++i)
        many += ",0";
    many += "]";
    EXPECT_EQ(errorText(many), "album.lathe: [499999]: not a project: more than 500000 values");
}

TEST(JsonDocument, NumbersBeyondADoubleAreMalformed) {
    EXPECT_EQ(errorText(R"({"format":"lathe-project","version":1,"tracks":[{"gain_db":1e999}]})"),
              "album.lathe: tracks[0].gain_db: malformed JSON: number overflow parsing '1e999'");
    std::string longNumber = "{\"x\": 1";
    longNumber.append(100000, '0');
    longNumber += "e999}";
    EXPECT_LT(errorText(longNumber).size(), 300u);
}

TEST(JsonDocument, HugeTextIsRejected) {
    const std::string huge(kMaxProjectBytes + 1, ' ');
    EXPECT_EQ(errorText(huge), "album.lathe: too large for a project (4194305 bytes, at most 4194304)");
}

TEST(JsonDocument, DuplicateKeysAreErrorsAtTheirPath) {
    const std::string text =
        R"({"format":"lathe-project","version":1,"album":{"title":"A","title":"B"},)"
        R"("tracks":[{"source":"a.wav"},{"source":"b.wav","fade_in":{"length_s":1,"length_s":2}}]})";
    EXPECT_EQ(test::problemsOf(text),
              (Problems{{"album.title", "duplicate key"}, {"tracks[1].fade_in.length_s", "duplicate key"}}));
}

TEST(JsonDocument, TopLevelMustBeAnObject) {
    EXPECT_EQ(test::problemsOf(std::string("[1, 2]")),
              (Problems{{"", "the document must be a JSON object"}}));
    EXPECT_EQ(errorText("\"lathe-project\""), "album.lathe: the document must be a JSON object");
}

TEST(JsonDocument, LongListsAreCapped) {
    Json document = Json::parse(test::kMinimalProject);
    Json track = {{"source", "a.wav"}, {"index_marks_s", Json::array()}};
    for (int i = 1; i <= 1001; ++i)
        track["index_marks_s"].push_back(i);
    document["tracks"].push_back(track);
    const std::string text = document.dump();
    EXPECT_EQ(test::problemsOf(text),
              (Problems{{"tracks[0].index_marks_s", "has 1001 items, more than the 1000 a project can hold"}}));
}

// Parsing either yields a project or a ProjectError; nothing else may escape.
bool loadsOrReportsProblems(const std::string& text) {
    try {
        parseProject(text, test::kProjectDir, "album.lathe");
        return true;
    } catch (const ProjectError& error) {
        return !error.problems().empty();
    } catch (...) {
        return false;
    }
}

TEST(JsonDocument, EveryTruncationIsAProjectErrorNotACrash) {
    const std::string example = test::kFormatExample;
    for (std::size_t length = 0; length < example.size(); ++length)
        ASSERT_TRUE(loadsOrReportsProblems(example.substr(0, length))) << length;
}

TEST(JsonDocument, CorruptedBytesAreAProjectErrorNotACrash) {
    const std::string example = test::kFormatExample;
    std::mt19937 random(20261127);
    std::uniform_int_distribution<std::size_t> position(0, example.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 3000; ++round) {
        std::string corrupted = example;
        for (int i = 0; i < 1 + round % 4; ++i)
            corrupted[position(random)] = static_cast<char>(byte(random));
        ASSERT_TRUE(loadsOrReportsProblems(corrupted)) << corrupted;
    }
}

}  // namespace
}  // namespace lathe
