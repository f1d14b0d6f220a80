// Which edits travel as parameter messages and which need a new plan.

#include "graph/GraphUpdate.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

GraphDescription twoTracks() {
    GraphDescription graph;
    graph.tracks.resize(2);
    graph.tracks[1].source.startFrame = 1000;
    EqSettings eq;
    eq.bands.push_back({});
    graph.tracks[0].chain.modules = {{GainSettings{}, false}, {eq, true}};
    graph.masterChain.modules = {{LimiterSettings{}, true}};
    return graph;
}

TEST(GraphUpdate, GainsAndMinimumPhaseSettingsBecomeMessages) {
    const GraphDescription from = twoTracks();
    GraphDescription to = from;
    to.tracks[1].gainDb = -2.0;
    std::get<EqSettings>(to.tracks[0].chain.modules[1].parameters).bands[0].gainDb = 3.0;
    std::get<LimiterSettings>(to.masterChain.modules[0].parameters).ceilingDbtp = -2.0;
    const auto update = GraphUpdate::between(from, to);
    ASSERT_TRUE(update.has_value());
    ASSERT_EQ(update->gains.size(), 1u);
    EXPECT_EQ(update->gains[0].index, 1u);
    EXPECT_EQ(update->gains[0].value, -2.0);
    ASSERT_EQ(update->modules.size(), 2u);
    EXPECT_EQ(update->modules[0].chain, 0u);
    EXPECT_EQ(update->modules[0].processor, 0u);  // the disabled gain module has no processor
    EXPECT_EQ(update->modules[1].chain, ParameterChange::kMasterChain);
    EXPECT_TRUE(GraphUpdate::between(from, from)->modules.empty());
}

TEST(GraphUpdate, StructureLatencyKernelsAndPlacesNeedANewPlan) {
    const GraphDescription from = twoTracks();
    GraphDescription enabled = from;
    enabled.tracks[0].chain.modules[0].enabled = true;
    EXPECT_FALSE(GraphUpdate::between(from, enabled));
    GraphDescription linear = from;
    std::get<EqSettings>(linear.tracks[0].chain.modules[1].parameters).phase = EqPhase::Linear;
    EXPECT_FALSE(GraphUpdate::between(from, linear));
    GraphDescription lookahead = from;
    std::get<LimiterSettings>(lookahead.masterChain.modules[0].parameters).lookaheadMs = 4.0;
    EXPECT_FALSE(GraphUpdate::between(from, lookahead));
    GraphDescription moved = from;
    moved.tracks[1].source.startFrame = 2000;
    EXPECT_FALSE(GraphUpdate::between(from, moved));
    GraphDescription faded = from;
    faded.tracks[0].fadeOut.frames = 44100;
    EXPECT_FALSE(GraphUpdate::between(from, faded));
}

}  // namespace
}  // namespace lathe
