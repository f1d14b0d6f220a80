#include "demo/PingPongDelay.h"

#include "demo/SynthFilter.h"

#include <vector>

namespace lathe::demo {
namespace {
constexpr double kDampingQ = 0.707;
}

PingPongDelay::PingPongDelay(std::size_t delayFrames, float feedback, double dampingHz, double sampleRate)
    : m_delayFrames(delayFrames), m_feedback(feedback), m_dampingHz(dampingHz), m_sampleRate(sampleRate) {}

void PingPongDelay::addEchoes(const AudioBuffer& send, AudioBuffer& out, float wet) const {
    const std::size_t frames = out.frameCount();
    std::vector<float> left(frames, 0.0f);
    std::vector<float> right(frames, 0.0f);
    SynthFilter damping(FilterMode::LowPass, m_dampingHz, kDampingQ, m_sampleRate);
    for (std::size_t n = m_delayFrames; n < frames; ++n) {
        const std::size_t past = n - m_delayFrames;
        const float input = 0.5f * (send.channel(0)[past] + send.channel(1)[past]);
        left[n] = damping.process(input + m_feedback * right[past]);
        right[n] = left[past];
    }
    for (std::size_t n = 0; n < frames; ++n) {
        out.channel(0)[n] += wet * left[n];
        out.channel(1)[n] += wet * right[n];
    }
}

}  // namespace lathe::demo
