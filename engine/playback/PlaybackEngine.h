#pragma once

#include "core/AudioBuffer.h"
#include "dsp/SmoothedValue.h"
#include "graph/CompiledPlan.h"
#include "graph/ParameterQueue.h"
#include "graph/PlanPublisher.h"
#include "graph/SourceBlock.h"
#include "playback/AudioDevice.h"
#include "playback/DiskStreamer.h"
#include "playback/MeterTaps.h"
#include "playback/Monitor.h"
#include "playback/Transport.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace lathe {

class CaptureTap;

struct PlaybackStats {
    std::uint64_t callbacks = 0;
    double maxCallbackMs = 0.0;
    double meanDspLoad = 0.0;  // callback time / buffer duration, 0..1 (and above when late)
    double maxDspLoad = 0.0;
    std::uint64_t underruns = 0;  // source audio the streamer did not deliver in time
    std::uint64_t planSwaps = 0;  // published plans the audio thread took over
};

// The audio callback: everything the audio thread does, in order, per block of at most
// the plan's maxBlockFrames: take parameter messages and a newly published plan (a
// kCrossfadeSeconds crossfade from the old one once the new one has run for its latency,
// after which the old one goes back to the publisher),
// take transport requests (a seek fades out over kDeclickSeconds, jumps, waits for the
// streamer, fades back in), pull the sources from the disk streamer, run the plan, the
// monitor and the meters, and hand the result to the device (and the capture tap).
// The engine owns the streamer; a plan with another source layout needs a new engine.
class PlaybackEngine final : public AudioCallback {
public:
    static constexpr double kCrossfadeSeconds = 0.01;
    static constexpr double kDeclickSeconds = 0.005;
    static constexpr std::size_t kDefaultMaxBlockFrames = 1024;
    static constexpr std::size_t kRetryRetireSlots = 4;

    explicit PlaybackEngine(std::unique_ptr<CompiledPlan> plan);
    ~PlaybackEngine() override;

    // Control side. Before the device starts: starts the streamer at `albumFrame` and
    // waits until it has read ahead (false on timeout).
    bool prime(std::int64_t albumFrame, std::chrono::milliseconds timeout);

    Transport& transport() noexcept { return m_transport; }
    const Transport& transport() const noexcept { return m_transport; }
    PlanPublisher& plans() noexcept { return m_plans; }
    ParameterQueue& parameters() noexcept { return m_parameters; }
    MeterTaps& meters() noexcept { return m_meters; }
    const DiskStreamer& streamer() const noexcept { return *m_streamer; }
    const GraphDescription& description() const noexcept { return m_description; }
    int sampleRate() const noexcept { return m_description.sampleRate; }

    // The capture tap to feed (null: none); the caller keeps it alive until set to null
    // and the device stopped or a callback passed.
    void setCapture(CaptureTap* capture) noexcept { m_capture.store(capture); }

    PlaybackStats stats() const noexcept;
    double monitorMatchDb() const noexcept { return m_matchDb.load(std::memory_order_relaxed); }

    void render(float* const* output, std::size_t channels, std::size_t frames) noexcept override;

private:
    void applyParameters() noexcept;
    void adoptPendingPlan() noexcept;
    void retire(CompiledPlan* plan) noexcept;
    void renderBlock(const AudioView& out) noexcept;
    void runGraph(const AudioView& out) noexcept;
    void toDevice(const AudioView& out, float* const* output, std::size_t channels, std::size_t offset) noexcept;
    void recordTiming(std::chrono::steady_clock::time_point begin, std::size_t frames) noexcept;

    GraphDescription m_description;
    std::size_t m_maxBlockFrames;
    std::unique_ptr<DiskStreamer> m_streamer;
    Transport m_transport;
    PlanPublisher m_plans;
    ParameterQueue m_parameters;
    Monitor m_monitor;
    MeterTaps m_meters;
    std::atomic<CaptureTap*> m_capture{nullptr};

    // Audio thread state.
    CompiledPlan* m_plan = nullptr;
    CompiledPlan* m_fading = nullptr;  // the previous plan during a crossfade
    std::size_t m_crossfadeFrames;
    std::size_t m_crossfadeDone = 0;
    std::array<CompiledPlan*, kRetryRetireSlots> m_unretired{};
    SourceBlock m_sources;
    AudioBuffer m_mix;
    AudioBuffer m_master;
    AudioBuffer m_fadingMix;
    AudioBuffer m_fadingMaster;
    AudioBuffer m_out;
    std::int64_t m_head = 0;  // album frame the sources are read at
    SmoothedValue m_declick;
    bool m_started = false;
    bool m_seekPending = false;
    bool m_refilling = false;
    std::int64_t m_seekTarget = 0;

    std::atomic<std::uint64_t> m_callbacks{0};
    std::atomic<std::uint64_t> m_planSwaps{0};
    std::atomic<double> m_loadSum{0.0};
    std::atomic<double> m_maxLoad{0.0};
    std::atomic<double> m_maxCallbackMs{0.0};
    std::atomic<double> m_matchDb{0.0};
};

}  // namespace lathe
