#pragma once

#include "graph/GraphDescription.h"
#include "graph/ParameterQueue.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lathe {

// An edit of the graph that keeps its topology, as ParameterQueue messages: track gains,
// and module settings a running processor takes through its setSettings without
// allocating (everything but linear-phase EQ and linear-phase multiband, whose new
// kernels are designed off the audio thread in a new plan).
struct GraphUpdate {
    struct ModuleChange {
        std::uint32_t chain = 0;  // a track, or ParameterChange::kMasterChain
        std::uint32_t processor = 0;
        Module settings;
    };
    std::vector<ParameterChange> gains;
    std::vector<ModuleChange> modules;

    // The update from `from` to `to`, or nullopt when anything else differs (sources,
    // places, fades, the modules' structure): then a new plan must be compiled.
    static std::optional<GraphUpdate> between(const GraphDescription& from, const GraphDescription& to);
};

}  // namespace lathe
