#pragma once

#include "dsp/ArInterpolator.h"
#include "dsp/LinearPredictor.h"
#include "dsp/Processor.h"
#include "project/ModuleSettings.h"

#include <cstddef>
#include <vector>

namespace lathe {

// The `declick` module: finds clicks and pops by linear prediction and rebuilds them
// by least-squares AR interpolation, leaving everything else sample-identical.
//
// Audio is analysed in hops of kHopFrames inside a window with kHopFrames of context
// on each side. Per hop and channel:
// 1. fit an order-kOrder predictor to the window (LinearPredictor);
// 2. take the forward and backward prediction errors and the robust scale of the
//    forward one (1.4826 x median |e|, i.e. the MAD of a zero-median residual); a
//    sample is an outlier when |e| exceeds threshold(sensitivity) x scale;
// 3. group outliers into clusters; a click lies between the first forward outlier
//    and the last backward outlier of its cluster (an impulse disturbs the forward
//    error from its start on and the backward error up to its end). A musical onset
//    is unpredictable forwards only after it and backwards only before it, which
//    leaves an empty span, so transients are not "repaired";
// 4. widen the span by kGuardFrames, interpolate it, refit the model on the patched
//    window and interpolate again (Janssen's iteration) for a model unbiased by the
//    click.
// Output = input delayed by latencyFrames(), except inside repaired spans.
class Declicker final : public Processor {
public:
    static constexpr std::size_t kHopFrames = 512;
    static constexpr std::size_t kContextFrames = kHopFrames;
    static constexpr std::size_t kWindowFrames = kContextFrames + kHopFrames + kContextFrames;
    static constexpr std::size_t kOrder = 32;
    static constexpr std::size_t kGuardFrames = 2;
    static constexpr std::size_t kMaxRepairFrames = 64;
    // Outlier threshold in robust standard deviations at sensitivity 0 and 1; it
    // moves geometrically in between (about 11 at the default 0.5).
    static constexpr double kThresholdAtZero = 25.0;
    static constexpr double kThresholdAtOne = 5.0;
    // Residuals below this (-100 dBFS) are never clicks, whatever the local scale.
    static constexpr double kThresholdFloor = 1e-5;

    explicit Declicker(const DeclickSettings& settings = {});

    // Real-time safe; takes effect at the next hop.
    void setSettings(const DeclickSettings& settings) noexcept;

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;
    std::size_t latencyFrames() const noexcept override { return kHopFrames + kContextFrames; }

    // Spans repaired since prepare()/reset(), for reports and tests.
    std::size_t repairCount() const noexcept { return m_repairCount; }

    static double thresholdFor(double sensitivity) noexcept;

private:
    struct Span {
        std::size_t start;
        std::size_t length;
    };
    struct Channel {
        std::vector<float> window;  // kWindowFrames, oldest first
        std::vector<float> input;   // kHopFrames being collected
        std::vector<float> output;  // kHopFrames being played out
    };

    void runHop(Channel& channel) noexcept;
    double robustScale(const double* residual, std::size_t begin, std::size_t end) noexcept;
    std::size_t findSpans(double threshold) noexcept;
    void interpolateSpans(std::size_t spanCount) noexcept;

    double m_threshold;
    std::vector<Channel> m_channels;
    std::size_t m_position = 0;  // in the current hop
    std::size_t m_repairCount = 0;

    LinearPredictor m_predictor{kOrder, kWindowFrames};
    ArInterpolator m_interpolator{kOrder, kMaxRepairFrames};
    std::vector<double> m_samples;
    std::vector<double> m_forward;
    std::vector<double> m_backward;
    std::vector<double> m_magnitudes;
    std::vector<Span> m_spans;
};

}  // namespace lathe
