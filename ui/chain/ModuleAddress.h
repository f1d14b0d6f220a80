#pragma once

#include "project/Project.h"

namespace lathe::ui {

// Where a module lives: a track's chain or the master chain, and its place in it. The
// project is edited as snapshots, so panels hold addresses, never pointers into it.
struct ModuleAddress {
    static constexpr int kMaster = -1;
    int track = kMaster;  // a track's index, or kMaster
    int module = 0;       // the module's place in the chain, bypassed ones included

    bool isMaster() const { return track == kMaster; }
    bool operator==(const ModuleAddress&) const = default;

    // nullptr when the address no longer exists (the track or module was removed).
    static const Chain* chainIn(const Project& project, int track);
    static Chain* chainIn(Project& project, int track);
    const Module* moduleIn(const Project& project) const;
    Module* moduleIn(Project& project) const;
};

}  // namespace lathe::ui
