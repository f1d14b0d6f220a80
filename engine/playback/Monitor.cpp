#include "playback/Monitor.h"

#include "core/Decibels.h"

#include <algorithm>
#include <cmath>

namespace lathe {

namespace {
struct Weights {
    double a;
    double b;
};
constexpr Weights weightsOf(Monitor::Source source) {
    switch (source) {
    case Monitor::Source::A: return {1.0, 0.0};
    case Monitor::Source::B: return {0.0, 1.0};
    case Monitor::Source::Delta: return {-1.0, 1.0};
    }
    return {0.0, 1.0};
}
}  // namespace

void Monitor::prepare(double sampleRate) noexcept {
    for (SmoothedValue* value : {&m_weightA, &m_weightB, &m_dim, &m_mono})
        value->prepare(sampleRate, kSwitchSeconds);
    m_match.prepare(sampleRate, kMatchRampSeconds);
    m_trim.prepare(sampleRate, kMatchRampSeconds);
    m_trim.setImmediate(dbToGain(m_trimDb));
    const Weights weights = weightsOf(m_source);
    m_weightA.setImmediate(weights.a);
    m_weightB.setImmediate(weights.b);
    m_dim.setImmediate(1.0);
    m_mono.setImmediate(0.0);
    m_match.setImmediate(dbToGain(m_matchDb));
    for (std::size_t c = 0; c < kChannels; ++c) {
        m_weightingA[c].prepare(sampleRate);
        m_weightingB[c].prepare(sampleRate);
    }
    m_blockFrames = static_cast<std::size_t>(std::max(1.0, std::round(sampleRate * kMatchBlockSeconds)));
}

void Monitor::settle() noexcept {
    for (SmoothedValue* value : {&m_weightA, &m_weightB, &m_dim, &m_mono, &m_match, &m_trim})
        value->setImmediate(value->target());
}

void Monitor::setSource(Source source) noexcept {
    m_source = source;
    const Weights weights = weightsOf(source);
    m_weightA.setTarget(weights.a);
    m_weightB.setTarget(weights.b);
}

void Monitor::setDim(bool dim) noexcept { m_dim.setTarget(dim ? dbToGain(kDimDb) : 1.0); }

void Monitor::setMono(bool mono) noexcept { m_mono.setTarget(mono ? 1.0 : 0.0); }

void Monitor::setFixedMatchDb(double db) noexcept {
    m_fixedMatch = true;
    m_matchDb = std::clamp(db, -kMaxMatchDb, kMaxMatchDb);
    m_match.setTarget(dbToGain(m_matchDb));
}

void Monitor::setTrimDb(double db) noexcept {
    m_trimDb = std::clamp(db, -kMaxMatchDb, kMaxMatchDb);
    m_trim.setTarget(dbToGain(m_trimDb));
}

void Monitor::process(const AudioView& a, const AudioView& b, const AudioView& out) noexcept {
    measure(a, b);
    const float* aLeft = a.channel(0);
    const float* aRight = a.channel(1);
    const float* bLeft = b.channel(0);
    const float* bRight = b.channel(1);
    float* left = out.channel(0);
    float* right = out.channel(1);
    for (std::size_t i = 0; i < out.frameCount(); ++i) {
        const double weightA = m_weightA.next() * m_match.next();
        const double weightB = m_weightB.next() * m_trim.next();
        const double dim = m_dim.next();
        const double mono = m_mono.next();
        const double l = weightA * aLeft[i] + weightB * bLeft[i];
        const double r = weightA * aRight[i] + weightB * bRight[i];
        const double centre = 0.5 * (l + r) * mono;
        left[i] = static_cast<float>(dim * (l * (1.0 - mono) + centre));
        right[i] = static_cast<float>(dim * (r * (1.0 - mono) + centre));
    }
}

void Monitor::measure(const AudioView& a, const AudioView& b) noexcept {
    for (std::size_t i = 0; i < a.frameCount(); ++i) {
        for (std::size_t c = 0; c < kChannels; ++c) {
            const double ka = m_weightingA[c].process(a.channel(c)[i]);
            const double kb = m_weightingB[c].process(b.channel(c)[i]);
            m_blockA += ka * ka;
            m_blockB += kb * kb;
        }
        if (++m_framesInBlock < m_blockFrames)
            continue;
        const double frames = static_cast<double>(m_blockFrames);
        if (KWeighting::loudness(m_blockA / frames) > kAbsoluteGateLufs
            && KWeighting::loudness(m_blockB / frames) > kAbsoluteGateLufs) {
            m_gatedA += m_blockA;
            m_gatedB += m_blockB;
            if (!m_fixedMatch) {
                m_matchDb = std::clamp(10.0 * std::log10(m_gatedB / m_gatedA), -kMaxMatchDb, kMaxMatchDb);
                m_match.setTarget(dbToGain(m_matchDb));
            }
        }
        m_framesInBlock = 0;
        m_blockA = m_blockB = 0.0;
    }
}

}  // namespace lathe
