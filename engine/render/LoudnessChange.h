#pragma once

#include "project/Project.h"

#include <optional>

namespace lathe {

// How much louder one version of an album plays than another over a stretch of it: both
// are rendered offline through the live graph (PlanRenderer, so exactly what the master
// output would carry) and their integrated loudness (BS.1770, gated) compared. The level-
// matched bypass uses it to learn what a bypassed module did to the level.
class LoudnessChange {
public:
    static constexpr double kDefaultSpanSeconds = 20.0;
    static constexpr std::size_t kBlockFrames = 1024;

    // `changed` minus `reference` in LU (= dB of gain that makes them equally loud), over
    // `spanSeconds` centred on `centreSeconds` (moved inside the album where it would leave
    // it). nullopt when either is silent there. Throws like PlanRenderer for unreadable
    // sources. Call off the UI thread: it renders the span twice.
    static std::optional<double> measureDb(const Project& changed, const Project& reference,
                                           double centreSeconds, double spanSeconds = kDefaultSpanSeconds);

    // The integrated loudness of `project`'s master over album frames [start, start + frames).
    static std::optional<double> integratedLufs(const Project& project, double startSeconds, double seconds);
};

}  // namespace lathe
