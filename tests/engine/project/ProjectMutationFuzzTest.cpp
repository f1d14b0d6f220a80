// A deterministic mutation fuzz of a valid project: the demo album's project, mutated
// the ways hand edits, broken tools and hostile files do, must always load or fail
// with a ProjectError that says where (a JSON path, or a line and column) — never a
// crash, a hang or another exception.
#include "ProjectTestData.h"
#include "demo/DemoProject.h"
#include "demo/DemoSongs.h"

#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <string_view>

namespace lathe {
namespace {

constexpr unsigned kSeed = 20261127;
constexpr int kMutants = 600;
constexpr std::size_t kHugeStringBytes = 1u << 20;
constexpr std::size_t kDeepNesting = 10000;
const char* const kMarker = "@@lathe-mutation-marker@@";
const std::string_view kQuotedMarker = "\"@@lathe-mutation-marker@@\"";
const char* const kFileName = "demo.lathe";

// The demo album's project exactly as writeDemoAlbum saves it into a folder (without
// rendering its four mixes, which the parser never opens).
std::string demoProjectText() {
    const auto songs = demo::demoSongs();
    std::vector<std::filesystem::path> mixes;
    for (std::size_t i = 0; i < songs.size(); ++i)
        mixes.push_back(test::kProjectDir / "mixes" / (std::to_string(i + 1) + " " + songs[i].title + ".wav"));
    return serializeProject(demo::buildDemoProject(songs, mixes), test::kProjectDir);
}

enum class Mutation {
    SwapType, RemoveKey, UnknownKey, ExtremeNumber, HugeString, InvalidUtf8,
    DeepNesting, DuplicateKey, BrokenSyntax, Several, Count
};

const char* nameOf(Mutation mutation) {
    static const char* const names[] = {"swap type", "remove key", "unknown key", "extreme number",
                                        "huge string", "invalid UTF-8", "deep nesting", "duplicate key",
                                        "broken syntax", "several"};
    return names[static_cast<int>(mutation)];
}

void replaceMarker(std::string& text, const std::string& raw) {
    const auto at = text.find(kQuotedMarker);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, kQuotedMarker.size(), raw);
}

class ProjectMutator {
public:
    ProjectMutator(const std::string& text, unsigned seed) : m_original(Json::parse(text)), m_random(seed) {}

    // One mutant and what was done to it.
    std::pair<Mutation, std::string> next() {
        const auto mutation = static_cast<Mutation>(pick(static_cast<std::size_t>(Mutation::Count)));
        Json document = m_original;
        std::string rawAtMarker;
        if (mutation == Mutation::Several) {
            for (int i = 0; i < 3; ++i)
                applyToTree(static_cast<Mutation>(pick(3)), document, rawAtMarker);  // no markers: they would overwrite each other
        } else {
            applyToTree(mutation, document, rawAtMarker);
        }
        std::string text = document.dump(2);
        if (!rawAtMarker.empty())
            replaceMarker(text, rawAtMarker);
        if (mutation == Mutation::BrokenSyntax)
            breakSyntax(text);
        return {mutation, text};
    }

private:
    std::size_t pick(std::size_t count) { return std::uniform_int_distribution<std::size_t>(0, count - 1)(m_random); }

    static void collect(const Json& value, const Json::json_pointer& at, std::vector<Json::json_pointer>& out) {
        out.push_back(at);
        if (value.is_object())
            for (const auto& [key, child] : value.items())
                collect(child, at / key, out);
        else if (value.is_array())
            for (std::size_t i = 0; i < value.size(); ++i)
                collect(value[i], at / i, out);
    }

    // A random value of the document (not the root), or of those that satisfy `accept`.
    template <typename Accept>
    std::optional<Json::json_pointer> randomPointer(const Json& document, Accept accept) {
        std::vector<Json::json_pointer> all;
        collect(document, Json::json_pointer(), all);
        std::vector<Json::json_pointer> chosen;
        for (const auto& pointer : all)
            if (!pointer.empty() && accept(pointer, document.at(pointer)))
                chosen.push_back(pointer);
        if (chosen.empty())
            return std::nullopt;
        return chosen[pick(chosen.size())];
    }

    Json otherTypeValue() {
        const Json values[] = {"text", 1, 2.5, true, nullptr, Json::array(), Json::object(),
                               Json::array({1, "two"}), Json{{"a", 1}}};
        return values[pick(std::size(values))];
    }

    Json extremeNumber() {
        const Json values[] = {1e308, -1e308, -0.0, std::numeric_limits<double>::denorm_min(),
                               std::numeric_limits<std::uint64_t>::max(), std::numeric_limits<std::int64_t>::min(),
                               std::numeric_limits<std::int64_t>::max(), 9007199254740993LL, 0, -1};
        return values[pick(std::size(values))];
    }

    void applyToTree(Mutation mutation, Json& document, std::string& rawAtMarker) {
        const auto any = [](const Json::json_pointer&, const Json&) { return true; };
        const auto anObject = [](const Json::json_pointer&, const Json& value) { return value.is_object(); };
        const auto aMember = [&](const Json::json_pointer& pointer, const Json&) {
            return document.at(pointer.parent_pointer()).is_object();
        };
        const auto aString = [](const Json::json_pointer&, const Json& value) { return value.is_string(); };
        switch (mutation) {
        case Mutation::SwapType:
            if (auto at = randomPointer(document, any))
                document.at(*at) = otherTypeValue();
            break;
        case Mutation::RemoveKey:
            if (auto at = randomPointer(document, aMember))
                document.at(at->parent_pointer()).erase(at->back());
            break;
        case Mutation::UnknownKey:
            if (auto at = randomPointer(document, anObject))
                document.at(*at)["unknown_key"] = 1;
            break;
        case Mutation::ExtremeNumber:
            if (auto at = randomPointer(document, any)) {
                // Some numbers JSON can spell but no double or int64 holds.
                const char* const raw[] = {"1e400", "-1e400", "123456789012345678901234567890", "-0", "1e-400"};
                if (pick(2) == 0) {
                    document.at(*at) = extremeNumber();
                } else {
                    document.at(*at) = kMarker;
                    rawAtMarker = raw[pick(std::size(raw))];
                }
            }
            break;
        case Mutation::HugeString:
            if (auto at = randomPointer(document, any))
                document.at(*at) = std::string(kHugeStringBytes, 'x');
            break;
        case Mutation::InvalidUtf8:
            if (auto at = randomPointer(document, aString)) {
                const char* const raw[] = {"\"\xff\xfe\"", "\"caf\xc3\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"",
                                           "\"\xf4\x90\x80\x80\""};
                document.at(*at) = kMarker;
                rawAtMarker = raw[pick(std::size(raw))];
            }
            break;
        case Mutation::DeepNesting:
            if (auto at = randomPointer(document, any)) {
                document.at(*at) = kMarker;
                rawAtMarker = pick(2) == 0 ? std::string(kDeepNesting, '[') + std::string(kDeepNesting, ']')
                                           : deepObjects();
            }
            break;
        case Mutation::DuplicateKey:
            if (auto at = randomPointer(document, aMember)) {
                Json& parent = document.at(at->parent_pointer());
                parent[kMarker] = otherTypeValue();
                rawAtMarker = Json(at->back()).dump();
                // The marker is a key here: replaceMarker finds it the same way.
            }
            break;
        case Mutation::BrokenSyntax:
        case Mutation::Several:
        case Mutation::Count:
            break;
        }
    }

    static std::string deepObjects() {
        std::string text;
        for (std::size_t i = 0; i < kDeepNesting; ++i)
            text += "{\"a\":";
        text += "1";
        text.append(kDeepNesting, '}');
        return text;
    }

    void breakSyntax(std::string& text) {
        const std::size_t at = pick(text.size());
        switch (pick(4)) {
        case 0: text.resize(at); break;
        case 1: text.erase(at, 1); break;
        case 2: text.insert(at, 1, "{}[],:\"\\x0"[pick(10)]); break;
        default: text[at] = static_cast<char>(pick(256)); break;
        }
    }

    Json m_original;
    std::mt19937 m_random;
};

bool namesAPlace(const ProjectProblem& problem) {
    if (!problem.jsonPath.empty())
        return true;
    // A document-level problem: malformed text gives its line and column.
    return problem.message.rfind("line ", 0) == 0 && problem.message.find(", column ") != std::string::npos;
}

TEST(ProjectMutationFuzz, EveryMutantLoadsOrFailsWithAProjectErrorThatSaysWhere) {
    const std::string original = demoProjectText();
    ASSERT_NO_THROW(parseProject(original, test::kProjectDir, kFileName));
    ProjectMutator mutator(original, kSeed);
    std::map<std::string, std::pair<int, int>> acceptedRejected;
    for (int i = 0; i < kMutants; ++i) {
        const auto [mutation, text] = mutator.next();
        auto& counts = acceptedRejected[nameOf(mutation)];
        try {
            parseProject(text, test::kProjectDir, kFileName);
            ++counts.first;
        } catch (const ProjectError& error) {
            ++counts.second;
            const std::string what = error.what();
            EXPECT_EQ(what.rfind(std::string(kFileName) + ": ", 0), 0u) << nameOf(mutation) << ": " << what.substr(0, 300);
            ASSERT_FALSE(error.problems().empty());
            for (const ProjectProblem& problem : error.problems())
                EXPECT_TRUE(namesAPlace(problem))
                    << "mutant " << i << " (" << nameOf(mutation) << "): " << describeProblem(problem).substr(0, 300);
        } catch (const std::exception& other) {
            ADD_FAILURE() << "mutant " << i << " (" << nameOf(mutation) << ") threw " << other.what();
        }
    }
    // Keys the format does not know, invalid text and nesting beyond the schema can
    // never load (a changed byte can leave valid JSON, so broken syntax sometimes does).
    for (const char* never : {"unknown key", "invalid UTF-8", "deep nesting"})
        EXPECT_EQ(acceptedRejected[never].first, 0) << never;
    for (const auto& [mutation, counts] : acceptedRejected)
        EXPECT_GT(counts.first + counts.second, 0) << mutation;
}

TEST(ProjectMutationFuzz, UnknownKeysAndDuplicatesAreNamedByTheirPath) {
    const std::string original = demoProjectText();
    Json document = Json::parse(original);
    document["tracks"][2]["fade_in"]["curv"] = "linear";
    try {
        parseProject(document.dump(), test::kProjectDir, kFileName);
        FAIL() << "an unknown key loaded";
    } catch (const ProjectError& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(describeProblem(error.problems()[0]), "tracks[2].fade_in.curv: unknown key");
    }
    std::string duplicated = original;
    const std::string title = "\"title\": ";
    duplicated.insert(duplicated.find(title), "\"title\": \"again\", ");
    try {
        parseProject(duplicated, test::kProjectDir, kFileName);
        FAIL() << "a duplicate key loaded";
    } catch (const ProjectError& error) {
        ASSERT_FALSE(error.problems().empty());
        EXPECT_EQ(describeProblem(error.problems()[0]), "album.title: duplicate key");
    }
}

}  // namespace
}  // namespace lathe
