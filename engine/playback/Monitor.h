#pragma once

#include "core/AudioBuffer.h"
#include "dsp/SmoothedValue.h"
#include "playback/KWeighting.h"

#include <array>
#include <cstddef>

namespace lathe {

// The monitor section: what the engineer hears of the two sources the plan makes.
// A is the unmastered mix (same placement and fades, latency-aligned by the plan) brought
// to the master's loudness; B is the master; delta is B − A, what the mastering changed
// beyond level. Every switch (source, dim, mono, the matching gain) glides over
// kSwitchSeconds, so none clicks. Real-time safe after prepare().
//
// Loudness matching is automatic: A and B are K-weighted and their 100 ms blocks above
// the absolute gate (-70 LUFS) are summed since playback began, so the gain tends to
// the difference of their integrated loudness; setFixedMatchDb() pins it instead.
class Monitor {
public:
    enum class Source : int { A = 0, B = 1, Delta = 2 };
    static constexpr std::size_t kChannels = 2;
    static constexpr double kSwitchSeconds = 0.01;
    static constexpr double kMatchRampSeconds = 0.05;
    static constexpr double kDimDb = -20.0;
    static constexpr double kMatchBlockSeconds = 0.1;
    static constexpr double kAbsoluteGateLufs = -70.0;
    static constexpr double kMaxMatchDb = 24.0;

    void prepare(double sampleRate) noexcept;

    void setSource(Source source) noexcept;
    void setDim(bool dim) noexcept;
    void setMono(bool mono) noexcept;
    void setFixedMatchDb(double db) noexcept;
    void setAutomaticMatch() noexcept { m_fixedMatch = false; }
    // A gain on the master (B) as heard, gliding over kMatchRampSeconds: the level a
    // bypassed module would have added, so a bypass compares sound, not loudness. The
    // A/B loudness match keeps measuring the untrimmed master.
    void setTrimDb(double db) noexcept;

    // Every glide jumps to its end: for settings made before the first sound.
    void settle() noexcept;

    Source source() const noexcept { return m_source; }
    double matchDb() const noexcept { return m_matchDb; }

    // `out` receives the monitored signal; a, b and out are distinct, stereo.
    void process(const AudioView& a, const AudioView& b, const AudioView& out) noexcept;

private:
    void measure(const AudioView& a, const AudioView& b) noexcept;

    Source m_source = Source::B;
    SmoothedValue m_weightA;
    SmoothedValue m_weightB;
    SmoothedValue m_dim;
    SmoothedValue m_mono;
    SmoothedValue m_match;
    SmoothedValue m_trim;
    double m_trimDb = 0.0;
    bool m_fixedMatch = false;
    double m_matchDb = 0.0;

    std::array<KWeighting, kChannels> m_weightingA;
    std::array<KWeighting, kChannels> m_weightingB;
    std::size_t m_blockFrames = 1;
    std::size_t m_framesInBlock = 0;
    double m_blockA = 0.0;
    double m_blockB = 0.0;
    double m_gatedA = 0.0;
    double m_gatedB = 0.0;
};

}  // namespace lathe
