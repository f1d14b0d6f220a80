#include "ModuleAddress.h"

namespace lathe::ui {
namespace {

template <typename ProjectT>
auto* chainOf(ProjectT& project, int track) {
    using ChainPtr = decltype(&project.masterChain);
    if (track == ModuleAddress::kMaster)
        return &project.masterChain;
    if (track < 0 || track >= static_cast<int>(project.tracks.size()))
        return ChainPtr{nullptr};
    return &project.tracks[static_cast<std::size_t>(track)].chain;
}

template <typename ChainT>
auto* moduleOf(ChainT* chain, int module) {
    using ModulePtr = decltype(&chain->modules.front());
    if (chain == nullptr || module < 0 || module >= static_cast<int>(chain->modules.size()))
        return ModulePtr{nullptr};
    return &chain->modules[static_cast<std::size_t>(module)];
}

}  // namespace

const Chain* ModuleAddress::chainIn(const Project& project, int track) { return chainOf(project, track); }
Chain* ModuleAddress::chainIn(Project& project, int track) { return chainOf(project, track); }

const Module* ModuleAddress::moduleIn(const Project& project) const {
    return moduleOf(chainIn(project, track), module);
}

Module* ModuleAddress::moduleIn(Project& project) const { return moduleOf(chainIn(project, track), module); }

}  // namespace lathe::ui
