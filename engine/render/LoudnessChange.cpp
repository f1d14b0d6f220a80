#include "render/LoudnessChange.h"

#include "analysis/LoudnessMeter.h"
#include "graph/CompiledPlan.h"
#include "graph/GraphDescription.h"
#include "render/PlanRenderer.h"

#include <algorithm>
#include <cmath>

namespace lathe {

std::optional<double> LoudnessChange::integratedLufs(const Project& project, double startSeconds,
                                                     double seconds) {
    const GraphDescription description = describeProject(project);
    CompiledPlan plan(description, kBlockFrames);
    PlanRenderer renderer(plan, kBlockFrames);
    LoudnessMeter meter(CompiledPlan::kChannels, description.sampleRate);
    const auto start = static_cast<std::int64_t>(std::llround(startSeconds * description.sampleRate));
    // The plan's output lags its input by its latency: render that much longer and
    // measure from the first frame that belongs to the span.
    const auto latency = static_cast<std::int64_t>(plan.latencyFrames());
    const auto frames = static_cast<std::int64_t>(std::llround(seconds * description.sampleRate));
    renderer.render(start, frames + latency,
                    [&](std::int64_t inputFrame, const AudioView&, const AudioView& master) {
                        const std::int64_t skip = std::clamp<std::int64_t>(
                            start + latency - inputFrame, 0, static_cast<std::int64_t>(master.frameCount()));
                        meter.process(master.slice(static_cast<std::size_t>(skip),
                                                   master.frameCount() - static_cast<std::size_t>(skip)));
                    });
    return meter.integratedLufs();
}

std::optional<double> LoudnessChange::measureDb(const Project& changed, const Project& reference,
                                                double centreSeconds, double spanSeconds) {
    const GraphDescription description = describeProject(reference);
    const double albumSeconds = static_cast<double>(description.lengthFrames) / description.sampleRate;
    const double seconds = std::min(spanSeconds, albumSeconds);
    const double start =
        std::clamp(centreSeconds - seconds / 2.0, 0.0, std::max(0.0, albumSeconds - seconds));
    const auto with = integratedLufs(changed, start, seconds);
    const auto without = integratedLufs(reference, start, seconds);
    if (!with || !without)
        return std::nullopt;
    return *with - *without;
}

}  // namespace lathe
