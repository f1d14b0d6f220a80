#include "playback/PlaybackEngine.h"

#include "core/RtGuard.h"
#include "core/ScopedNoDenormals.h"
#include "playback/CaptureTap.h"

#include <algorithm>
#include <cmath>

namespace lathe {

PlaybackEngine::PlaybackEngine(std::unique_ptr<CompiledPlan> plan)
    : m_description(plan->description()), m_maxBlockFrames(plan->maxBlockFrames()),
      m_streamer(std::make_unique<DiskStreamer>(m_description)),
      m_crossfadeFrames(static_cast<std::size_t>(std::lround(kCrossfadeSeconds * m_description.sampleRate))),
      m_sources(m_description.tracks.size(), m_maxBlockFrames),
      m_mix(CompiledPlan::kChannels, m_maxBlockFrames), m_master(CompiledPlan::kChannels, m_maxBlockFrames),
      m_fadingMix(CompiledPlan::kChannels, m_maxBlockFrames),
      m_fadingMaster(CompiledPlan::kChannels, m_maxBlockFrames), m_out(CompiledPlan::kChannels, m_maxBlockFrames) {
    const double rate = m_description.sampleRate;
    m_monitor.prepare(rate);
    m_meters.prepare(rate, m_maxBlockFrames);
    m_declick.prepare(rate, kDeclickSeconds);
    m_plan = plan.release();
}

PlaybackEngine::~PlaybackEngine() {
    // The device has stopped: nothing runs these plans any more.
    delete m_plan;
    delete m_fading;
    for (CompiledPlan* plan : m_unretired)
        delete plan;
}

bool PlaybackEngine::prime(std::int64_t albumFrame, std::chrono::milliseconds timeout) {
    m_head = albumFrame;
    m_transport.publishPosition(albumFrame);
    m_streamer->start(albumFrame);
    return m_streamer->waitUntilPrimed(timeout);
}

PlaybackStats PlaybackEngine::stats() const noexcept {
    PlaybackStats stats;
    stats.callbacks = m_callbacks.load(std::memory_order_acquire);
    stats.maxCallbackMs = m_maxCallbackMs.load();
    stats.meanDspLoad = stats.callbacks ? m_loadSum.load() / static_cast<double>(stats.callbacks) : 0.0;
    stats.maxDspLoad = m_maxLoad.load();
    stats.underruns = m_streamer->underruns();
    stats.planSwaps = m_planSwaps.load(std::memory_order_relaxed);
    return stats;
}

void PlaybackEngine::render(float* const* output, std::size_t channels, std::size_t frames) noexcept {
    const RtGuard::Scope guard;
    const ScopedNoDenormals noDenormals;
    const auto begin = std::chrono::steady_clock::now();
    if (!m_started) {  // what was set before the first sound is not a switch
        m_started = true;
        applyParameters();
        m_monitor.settle();
        m_declick.setImmediate(m_transport.playing() ? 1.0 : 0.0);
    }
    for (std::size_t done = 0; done < frames;) {
        const std::size_t count = std::min(m_maxBlockFrames, frames - done);
        const AudioView out = m_out.view(count);
        renderBlock(out);
        toDevice(out, output, channels, done);
        done += count;
    }
    if (CaptureTap* capture = m_capture.load(std::memory_order_acquire))
        capture->push(output, frames);
    recordTiming(begin, frames);
}

void PlaybackEngine::renderBlock(const AudioView& out) noexcept {
    applyParameters();
    adoptPendingPlan();
    std::int64_t target = 0;
    if (m_transport.takeSeek(target)) {
        m_seekPending = true;
        m_seekTarget = target;
    }
    if (m_refilling) {
        if (!m_streamer->primed()) {
            out.clear();
            return;
        }
        m_refilling = false;
    }
    m_declick.setTarget(m_transport.playing() && !m_seekPending ? 1.0 : 0.0);
    if (m_declick.current() == 0.0 && m_declick.target() == 0.0) {
        out.clear();
        if (m_seekPending) {  // faded out: jump, and wait for the streamer
            m_seekPending = false;
            m_refilling = true;
            m_head = m_seekTarget;
            m_streamer->seek(m_head);
            m_plan->reset();
            retire(std::exchange(m_fading, nullptr));
            m_transport.publishPosition(m_head);
        }
        return;
    }
    runGraph(out);
    for (std::size_t i = 0; i < out.frameCount(); ++i) {
        const auto gain = static_cast<float>(m_declick.next());
        out.channel(0)[i] *= gain;
        out.channel(1)[i] *= gain;
    }
    m_head += static_cast<std::int64_t>(out.frameCount());
    const std::int64_t heard = m_head - static_cast<std::int64_t>(m_plan->latencyFrames());
    m_transport.publishPosition(std::max<std::int64_t>(0, heard));
    m_meters.process(out, heard, m_plan->masterGainReductions());
    m_meters.processSpectra(m_mix.view(out.frameCount()), m_master.view(out.frameCount()), heard);
    if (!m_seekPending && m_transport.loopJump(heard, target)) {
        m_seekPending = true;
        m_seekTarget = target;
    }
}

void PlaybackEngine::runGraph(const AudioView& out) noexcept {
    const std::size_t frames = out.frameCount();
    m_streamer->fill(m_head, m_sources, frames);
    const AudioView mix = m_mix.view(frames);
    const AudioView master = m_master.view(frames);
    m_plan->process(m_head, m_sources, mix, master);
    if (m_fading) {
        const AudioView oldMix = m_fadingMix.view(frames);
        const AudioView oldMaster = m_fadingMaster.view(frames);
        m_fading->process(m_head, m_sources, oldMix, oldMaster);
        // The new plan warms up (fills its look-ahead and delay lines from the same
        // sources) for its latency before it fades in: its first output frames are silence.
        const auto warmup = static_cast<double>(m_plan->latencyFrames());
        for (std::size_t i = 0; i < frames; ++i) {
            const auto position = static_cast<double>(m_crossfadeDone + i);
            const auto in = static_cast<float>(std::clamp((position - warmup) / static_cast<double>(m_crossfadeFrames), 0.0, 1.0));
            for (std::size_t c = 0; c < CompiledPlan::kChannels; ++c) {
                mix.channel(c)[i] = in * mix.channel(c)[i] + (1.0f - in) * oldMix.channel(c)[i];
                master.channel(c)[i] = in * master.channel(c)[i] + (1.0f - in) * oldMaster.channel(c)[i];
            }
        }
        m_crossfadeDone += frames;
        if (m_crossfadeDone >= m_plan->latencyFrames() + m_crossfadeFrames)
            retire(std::exchange(m_fading, nullptr));
    }
    m_monitor.process(mix, master, out);
    m_matchDb.store(m_monitor.matchDb(), std::memory_order_relaxed);
}

void PlaybackEngine::applyParameters() noexcept {
    ParameterChange change;
    while (m_parameters.pop(change)) {
        switch (change.target) {
        case ParameterChange::Target::TrackGainDb:
            m_plan->setTrackGainDb(change.index, change.value);
            if (m_fading)
                m_fading->setTrackGainDb(change.index, change.value);
            break;
        case ParameterChange::Target::Listen:
            m_monitor.setSource(static_cast<Monitor::Source>(std::lround(change.value)));
            break;
        case ParameterChange::Target::Dim: m_monitor.setDim(change.value != 0.0); break;
        case ParameterChange::Target::Mono: m_monitor.setMono(change.value != 0.0); break;
        case ParameterChange::Target::MixMatchDb:
            if (std::isnan(change.value))
                m_monitor.setAutomaticMatch();
            else
                m_monitor.setFixedMatchDb(change.value);
            break;
        case ParameterChange::Target::MonitorTrimDb: m_monitor.setTrimDb(change.value); break;
        case ParameterChange::Target::ModuleSettings:
            if (change.settings != nullptr) {
                m_plan->updateModule(change.index, change.processor, *change.settings);
                if (m_fading)
                    m_fading->updateModule(change.index, change.processor, *change.settings);
            }
            break;
        }
        m_parameters.acknowledge();
    }
}

void PlaybackEngine::adoptPendingPlan() noexcept {
    for (CompiledPlan*& plan : m_unretired)
        if (plan && m_plans.retire(plan))
            plan = nullptr;
    CompiledPlan* next = m_plans.takePending();
    if (next == nullptr)
        return;
    m_planSwaps.fetch_add(1, std::memory_order_relaxed);
    // A plan arriving mid-crossfade cuts the oldest one short.
    retire(std::exchange(m_fading, m_plan));
    m_plan = next;
    m_crossfadeDone = 0;
}

void PlaybackEngine::retire(CompiledPlan* plan) noexcept {
    if (plan == nullptr || m_plans.retire(plan))
        return;
    for (CompiledPlan*& slot : m_unretired)
        if (slot == nullptr) {
            slot = plan;
            return;
        }
    // Unreachable while the control side collects garbage on every publish (at most two
    // plans retire per publish, the queue holds kRetireCapacity). Were it reached, the
    // plan would leak rather than be freed on the audio thread.
}

void PlaybackEngine::toDevice(const AudioView& out, float* const* output, std::size_t channels,
                              std::size_t offset) noexcept {
    const std::size_t frames = out.frameCount();
    if (channels == 1) {
        for (std::size_t i = 0; i < frames; ++i)
            output[0][offset + i] = 0.5f * (out.channel(0)[i] + out.channel(1)[i]);
        return;
    }
    for (std::size_t c = 0; c < channels; ++c) {
        if (c < CompiledPlan::kChannels)
            std::copy_n(out.channel(c), frames, output[c] + offset);
        else
            std::fill_n(output[c] + offset, frames, 0.0f);
    }
}

void PlaybackEngine::recordTiming(std::chrono::steady_clock::time_point begin, std::size_t frames) noexcept {
    const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - begin;
    const double budgetMs = 1000.0 * static_cast<double>(frames) / m_description.sampleRate;
    const double load = elapsed.count() / budgetMs;
    m_callbacks.fetch_add(1, std::memory_order_release);  // orders the callback before stats() readers
    m_loadSum.store(m_loadSum.load(std::memory_order_relaxed) + load, std::memory_order_relaxed);
    if (load > m_maxLoad.load(std::memory_order_relaxed))
        m_maxLoad.store(load, std::memory_order_relaxed);
    if (elapsed.count() > m_maxCallbackMs.load(std::memory_order_relaxed))
        m_maxCallbackMs.store(elapsed.count(), std::memory_order_relaxed);
}

}  // namespace lathe
