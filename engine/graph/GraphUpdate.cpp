#include "graph/GraphUpdate.h"

#include "dsp/ModuleFactory.h"

namespace lathe {

namespace {

// Whether a processor's setSettings for these settings stays off the heap.
bool updatesInRealTime(const Module& module) {
    if (const auto* eq = std::get_if<EqSettings>(&module.parameters))
        return eq->phase == EqPhase::Minimum;
    if (const auto* multiband = std::get_if<MultibandSettings>(&module.parameters))
        return !multiband->linearPhase;
    return true;
}

bool collectChain(const Chain& from, const Chain& to, std::uint32_t chain, GraphUpdate& update) {
    if (from.modules.size() != to.modules.size())
        return false;
    std::uint32_t processor = 0;
    for (std::size_t m = 0; m < from.modules.size(); ++m) {
        const Module& previous = from.modules[m];
        const Module& next = to.modules[m];
        if (previous != next) {
            if (!canUpdateProcessor(previous, next) || !updatesInRealTime(next))
                return false;
            update.modules.push_back({chain, processor, next});
        }
        processor += next.enabled ? 1 : 0;
    }
    return true;
}

}  // namespace

std::optional<GraphUpdate> GraphUpdate::between(const GraphDescription& from, const GraphDescription& to) {
    if (from.sampleRate != to.sampleRate || from.lengthFrames != to.lengthFrames
        || from.tracks.size() != to.tracks.size())
        return std::nullopt;
    GraphUpdate update;
    for (std::size_t t = 0; t < from.tracks.size(); ++t) {
        const TrackNode& previous = from.tracks[t];
        const TrackNode& next = to.tracks[t];
        const auto track = static_cast<std::uint32_t>(t);
        if (previous.source != next.source || previous.fadeIn != next.fadeIn || previous.fadeOut != next.fadeOut
            || !collectChain(previous.chain, next.chain, track, update))
            return std::nullopt;
        if (previous.gainDb != next.gainDb)
            update.gains.push_back({ParameterChange::Target::TrackGainDb, track, next.gainDb});
    }
    if (!collectChain(from.masterChain, to.masterChain, ParameterChange::kMasterChain, update))
        return std::nullopt;
    return update;
}

}  // namespace lathe
