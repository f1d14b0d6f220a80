#pragma once

#include "core/AudioBuffer.h"
#include "dsp/ProcessorChain.h"
#include "dsp/SmoothedValue.h"
#include "graph/DelayLine.h"
#include "graph/FadeGain.h"
#include "graph/GraphDescription.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lathe {

class Multiband;
class SourceBlock;
class TruePeakLimiter;
struct GainReductions;

// A GraphDescription compiled for one sample rate and maximum block size (architecture.md,
// step 2): every processor prepared, every buffer and latency-compensation delay
// allocated, in a flat processing order (tracks in album order, the timeline mixer, the
// master chain, the monitor sources). Built off the audio thread; process() and reset()
// are real-time safe, and nothing else is called on the audio thread.
//
// Time: process(inputFrame, ...) consumes the sources at album frames [inputFrame,
// inputFrame + frames). Every track path is delayed to the slowest track chain, so the
// mix and master outputs belong to album frame inputFrame - latencyFrames(); source A
// (the mix without chains, with the same placement and fades) is delayed to match.
// The live engine and the offline renderer drive the same process().
class CompiledPlan {
public:
    static constexpr std::size_t kChannels = 2;
    static constexpr double kGainRampSeconds = 0.02;

    CompiledPlan(const GraphDescription& description, std::size_t maxBlockFrames);
    ~CompiledPlan();
    CompiledPlan(const CompiledPlan&) = delete;
    CompiledPlan& operator=(const CompiledPlan&) = delete;

    const GraphDescription& description() const noexcept { return m_description; }
    int sampleRate() const noexcept { return m_description.sampleRate; }
    std::size_t maxBlockFrames() const noexcept { return m_maxBlockFrames; }
    std::size_t latencyFrames() const noexcept { return m_latencyFrames; }

    // Audio thread. `frames` <= maxBlockFrames(); `mix` (A) and `master` (B) are stereo.
    void process(std::int64_t inputFrame, SourceBlock& sources, const AudioView& mix,
                 const AudioView& master) noexcept;

    // Audio thread: forget all signal history (a seek).
    void reset() noexcept;

    // Audio thread (a ParameterQueue message): glides the track's gain.
    void setTrackGainDb(std::size_t track, double gainDb) noexcept;

    // Audio thread (a ParameterQueue message): hands `module` to the processor at
    // `processor` (among the enabled modules) of a track's chain, or the master chain's for
    // ParameterChange::kMasterChain. Only for changes GraphUpdate found real-time safe.
    void updateModule(std::uint32_t chain, std::size_t processor, const Module& module) noexcept;

    // The master chain's last limiter's current gain reduction (dB, >= 0), 0 without one.
    float masterGainReductionDb() const noexcept;
    // That, and the master chain's first multiband's per band; any thread, never allocates.
    GainReductions masterGainReductions() const noexcept;

private:
    struct TrackPath {
        ProcessorChain chain;
        SmoothedValue gain;
        FadeGain fades;
        DelayLine compensation;  // to the slowest track chain
        std::int64_t startFrame = 0;
        std::int64_t lengthFrames = 0;
        std::size_t chainLatency = 0;
    };

    bool processTrack(TrackPath& track, std::int64_t inputFrame, const AudioView& source,
                      bool hasAudio, std::size_t frames) noexcept;
    void addFaded(const TrackPath& track, const AudioView& from, std::int64_t firstPosition,
                  const AudioView& into) noexcept;

    GraphDescription m_description;
    std::size_t m_maxBlockFrames;
    std::vector<TrackPath> m_tracks;
    std::size_t m_trackLatency = 0;  // the slowest track chain
    std::size_t m_latencyFrames = 0;
    ProcessorChain m_masterChain;
    const TruePeakLimiter* m_masterLimiter = nullptr;
    const Multiband* m_masterMultiband = nullptr;
    DelayLine m_mixCompensation;     // source A, to the master's latency
    AudioBuffer m_trackBuffer;
};

}  // namespace lathe
