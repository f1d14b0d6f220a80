#include "project/ProjectFile.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

std::vector<std::string> problemPaths(const std::string& json, double sampleRate = 44100.0) {
    try {
        parseChain(json, sampleRate, "chain.json");
    } catch (const ProjectError& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_EQ(error.subject(), "chain.json");
        std::vector<std::string> paths;
        for (const ProjectProblem& problem : error.problems())
            paths.push_back(problem.jsonPath);
        return paths;
    }
    return {};
}

TEST(ChainFile, ReadsModulesWithTheProjectFormatsDefaults) {
    const Chain chain = parseChain(R"({"modules": [
        {"type": "gain", "gain_db": -2.5},
        {"type": "eq", "phase": "linear", "bands": [{"shape": "bell", "freq_hz": 200, "gain_db": 3}]},
        {"type": "limiter", "enabled": false}]})",
                                   44100.0, "chain.json");
    ASSERT_EQ(chain.modules.size(), 3u);
    EXPECT_EQ(std::get<GainSettings>(chain.modules[0].parameters).gainDb, -2.5);
    const auto& eq = std::get<EqSettings>(chain.modules[1].parameters);
    EXPECT_EQ(eq.phase, EqPhase::Linear);
    ASSERT_EQ(eq.bands.size(), 1u);
    EXPECT_EQ(eq.bands[0].q, 0.707);
    EXPECT_FALSE(chain.modules[2].enabled);
    EXPECT_EQ(std::get<LimiterSettings>(chain.modules[2].parameters), LimiterSettings{});
    EXPECT_TRUE(parseChain("{}", 44100.0, "chain.json").modules.empty());
}

TEST(ChainFile, ProblemsNameTheirJsonPaths) {
    EXPECT_EQ(problemPaths(R"({"modules": [{"type": "gain"}, {"type": "gian"}]})"),
              std::vector<std::string>{"modules[1].type"});
    EXPECT_EQ(problemPaths(R"({"modules": [{"type": "gain", "gain_db": "loud"}]})"),
              std::vector<std::string>{"modules[0].gain_db"});
    EXPECT_EQ(problemPaths(R"({"modules": [], "extra": 1})"), std::vector<std::string>{"extra"});
    EXPECT_EQ(problemPaths(R"({"modules": [{"type": "limiter", "ceiling_dbtp": 3}]})"),
              std::vector<std::string>{"modules[0].ceiling_dbtp"});
    EXPECT_EQ(problemPaths(R"([1, 2])"), std::vector<std::string>{""});
    EXPECT_EQ(problemPaths(R"({"modules": [)").size(), 1u);
}

TEST(ChainFile, FrequenciesAreCheckedAgainstTheAudiosRate) {
    const std::string json = R"({"modules": [{"type": "eq", "bands": [{"freq_hz": 30000}]}]})";
    EXPECT_EQ(problemPaths(json, 44100.0), std::vector<std::string>{"modules[0].bands[0].freq_hz"});
    EXPECT_TRUE(problemPaths(json, 96000.0).empty());
}

}  // namespace
}  // namespace lathe
