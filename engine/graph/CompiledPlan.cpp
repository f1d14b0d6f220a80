#include "graph/CompiledPlan.h"

#include "core/Decibels.h"
#include "dsp/ModuleFactory.h"
#include "dsp/Multiband.h"
#include "dsp/TruePeakLimiter.h"
#include "graph/ParameterQueue.h"
#include "graph/SourceBlock.h"
#include "playback/MeterFrames.h"

#include <algorithm>

namespace lathe {

namespace {

void copyInto(const AudioView& from, const AudioView& to) noexcept {
    for (std::size_t c = 0; c < to.channelCount(); ++c)
        std::copy_n(from.channel(c), to.frameCount(), to.channel(c));
}

}  // namespace

CompiledPlan::CompiledPlan(const GraphDescription& description, std::size_t maxBlockFrames)
    : m_description(description), m_maxBlockFrames(maxBlockFrames),
      m_tracks(description.tracks.size()), m_trackBuffer(kChannels, maxBlockFrames) {
    const double rate = description.sampleRate;
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const TrackNode& node = description.tracks[t];
        TrackPath& path = m_tracks[t];
        path.chain = ProcessorChain(node.chain);
        path.chain.prepare(rate, maxBlockFrames, kChannels);
        path.chainLatency = path.chain.latencyFrames();
        path.gain.prepare(rate, kGainRampSeconds);
        path.gain.setImmediate(dbToGain(node.gainDb));
        path.fades = FadeGain({node.fadeIn.curve, node.fadeIn.frames}, {node.fadeOut.curve, node.fadeOut.frames},
                              node.source.lengthFrames);
        path.startFrame = node.source.startFrame;
        path.lengthFrames = node.source.lengthFrames;
        m_trackLatency = std::max(m_trackLatency, path.chainLatency);
    }
    for (TrackPath& path : m_tracks)
        path.compensation = DelayLine(kChannels, m_trackLatency - path.chainLatency);

    m_masterChain = ProcessorChain(description.masterChain);
    m_masterChain.prepare(rate, maxBlockFrames, kChannels);
    for (std::size_t i = 0; i < m_masterChain.size(); ++i) {
        if (const auto* limiter = dynamic_cast<const TruePeakLimiter*>(&m_masterChain.processor(i)))
            m_masterLimiter = limiter;
        const auto* multiband = dynamic_cast<const Multiband*>(&m_masterChain.processor(i));
        if (multiband != nullptr && m_masterMultiband == nullptr)
            m_masterMultiband = multiband;
    }
    m_latencyFrames = m_trackLatency + m_masterChain.latencyFrames();
    m_mixCompensation = DelayLine(kChannels, m_latencyFrames);
}

CompiledPlan::~CompiledPlan() = default;

void CompiledPlan::process(std::int64_t inputFrame, SourceBlock& sources, const AudioView& mix,
                           const AudioView& master) noexcept {
    const std::size_t frames = mix.frameCount();
    mix.clear();
    master.clear();
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        TrackPath& track = m_tracks[t];
        const AudioView source = sources.track(t, frames);
        const bool hasAudio = sources.hasAudio(t);
        if (hasAudio)
            addFaded(track, source, inputFrame - track.startFrame, mix);
        if (!processTrack(track, inputFrame, source, hasAudio, frames))
            continue;
        const AudioView processed = m_trackBuffer.view(frames);
        for (std::size_t c = 0; c < kChannels; ++c) {
            const float* from = processed.channel(c);
            float* to = master.channel(c);
            for (std::size_t i = 0; i < frames; ++i)
                to[i] += from[i];
        }
    }
    m_masterChain.process(master);
    m_mixCompensation.process(mix);
}

// Runs the track's path into m_trackBuffer while the block meets its audio or the tail its
// chain and compensation delay still hold; false (nothing to add) otherwise.
bool CompiledPlan::processTrack(TrackPath& track, std::int64_t inputFrame, const AudioView& source,
                                bool hasAudio, std::size_t frames) noexcept {
    const std::int64_t tailEnd = track.startFrame + track.lengthFrames
                               + static_cast<std::int64_t>(m_trackLatency);
    if (inputFrame + static_cast<std::int64_t>(frames) <= track.startFrame || inputFrame >= tailEnd) {
        track.gain.skip(static_cast<int>(frames));
        return false;
    }
    const AudioView buffer = m_trackBuffer.view(frames);
    if (hasAudio)
        copyInto(source, buffer);
    else
        buffer.clear();
    float* left = buffer.channel(0);
    float* right = buffer.channel(1);
    for (std::size_t i = 0; i < frames; ++i) {
        const auto gain = static_cast<float>(track.gain.next());
        left[i] *= gain;
        right[i] *= gain;
    }
    track.chain.process(buffer);
    // The chain's output lags its input by chainLatency: fade the frames it hands out.
    const std::int64_t position = inputFrame - track.startFrame - static_cast<std::int64_t>(track.chainLatency);
    for (std::size_t i = 0; i < frames; ++i) {
        const float fade = track.fades.at(position + static_cast<std::int64_t>(i));
        left[i] *= fade;
        right[i] *= fade;
    }
    track.compensation.process(buffer);
    return true;
}

void CompiledPlan::addFaded(const TrackPath& track, const AudioView& from, std::int64_t firstPosition,
                            const AudioView& into) noexcept {
    for (std::size_t i = 0; i < from.frameCount(); ++i) {
        const float fade = track.fades.at(firstPosition + static_cast<std::int64_t>(i));
        for (std::size_t c = 0; c < kChannels; ++c)
            into.channel(c)[i] += from.channel(c)[i] * fade;
    }
}

void CompiledPlan::reset() noexcept {
    for (TrackPath& track : m_tracks) {
        track.chain.reset();
        track.compensation.reset();
        track.gain.setImmediate(track.gain.target());
    }
    m_masterChain.reset();
    m_mixCompensation.reset();
}

void CompiledPlan::setTrackGainDb(std::size_t track, double gainDb) noexcept {
    if (track < m_tracks.size())
        m_tracks[track].gain.setTarget(dbToGain(gainDb));
}

void CompiledPlan::updateModule(std::uint32_t chain, std::size_t processor, const Module& module) noexcept {
    ProcessorChain* target = chain == ParameterChange::kMasterChain ? &m_masterChain
                           : chain < m_tracks.size()                  ? &m_tracks[chain].chain
                                                                      : nullptr;
    if (target != nullptr && processor < target->size())
        updateProcessor(target->processor(processor), module);
}

float CompiledPlan::masterGainReductionDb() const noexcept {
    return m_masterLimiter ? m_masterLimiter->gainReductionDb() : 0.0f;
}

GainReductions CompiledPlan::masterGainReductions() const noexcept {
    GainReductions reductions;
    reductions.limiterDb = masterGainReductionDb();
    if (m_masterMultiband != nullptr)
        for (std::size_t band = 0; band < m_masterMultiband->bandCount(); ++band)
            reductions.multibandDb[band] = m_masterMultiband->bandGainReductionDb(band);
    return reductions;
}

}  // namespace lathe
