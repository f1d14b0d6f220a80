#include "demo/RoomReverb.h"

#include <array>
#include <cmath>
#include <cstddef>
#include <vector>

namespace lathe::demo {
namespace {

// Freeverb's mutually prime delay lengths, in samples at 44.1 kHz.
constexpr double kTuningRate = 44100.0;
constexpr std::array<int, 8> kCombTunings{1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617};
constexpr std::array<int, 4> kAllpassTunings{556, 441, 341, 225};
constexpr int kStereoSpread = 23;
constexpr float kAllpassFeedback = 0.5f;
constexpr float kInputGain = 0.015f;  // eight combs in parallel sum loud

std::size_t scaled(int samples, double sampleRate) {
    return static_cast<std::size_t>(std::lround(samples * sampleRate / kTuningRate));
}

// A feedback comb with a one-pole low-pass in its loop: high frequencies die sooner.
class DampedComb {
public:
    DampedComb(std::size_t length, float feedback, float damping)
        : m_buffer(length, 0.0f), m_feedback(feedback), m_damping(damping) {}

    float process(float input) {
        const float output = m_buffer[m_index];
        m_store = output * (1.0f - m_damping) + m_store * m_damping;
        m_buffer[m_index] = input + m_store * m_feedback;
        if (++m_index == m_buffer.size())
            m_index = 0;
        return output;
    }

private:
    std::vector<float> m_buffer;
    std::size_t m_index = 0;
    float m_store = 0.0f;
    float m_feedback;
    float m_damping;
};

class Allpass {
public:
    explicit Allpass(std::size_t length) : m_buffer(length, 0.0f) {}

    float process(float input) {
        const float delayed = m_buffer[m_index];
        m_buffer[m_index] = input + delayed * kAllpassFeedback;
        if (++m_index == m_buffer.size())
            m_index = 0;
        return delayed - input;
    }

private:
    std::vector<float> m_buffer;
    std::size_t m_index = 0;
};

// One side of the room, its delays lengthened by `spread` samples.
std::vector<float> reverberate(const std::vector<float>& input, int spread, float feedback, float damping,
                               double sampleRate) {
    std::vector<DampedComb> combs;
    for (int tuning : kCombTunings)
        combs.emplace_back(scaled(tuning + spread, sampleRate), feedback, damping);
    std::vector<Allpass> allpasses;
    for (int tuning : kAllpassTunings)
        allpasses.emplace_back(scaled(tuning + spread, sampleRate));
    std::vector<float> output(input.size());
    for (std::size_t n = 0; n < input.size(); ++n) {
        float sum = 0.0f;
        for (DampedComb& comb : combs)
            sum += comb.process(input[n]);
        for (Allpass& allpass : allpasses)
            sum = allpass.process(sum);
        output[n] = sum;
    }
    return output;
}

}  // namespace

RoomReverb::RoomReverb(float roomSize, float damping, double sampleRate)
    : m_feedback(roomSize), m_damping(damping), m_sampleRate(sampleRate) {}

void RoomReverb::addReverberation(const AudioBuffer& send, AudioBuffer& out, float wet) const {
    std::vector<float> input(send.frameCount());
    for (std::size_t n = 0; n < input.size(); ++n)
        input[n] = kInputGain * (send.channel(0)[n] + send.channel(1)[n]);
    const std::vector<float> left = reverberate(input, 0, m_feedback, m_damping, m_sampleRate);
    const std::vector<float> right = reverberate(input, kStereoSpread, m_feedback, m_damping, m_sampleRate);
    for (std::size_t n = 0; n < out.frameCount() && n < input.size(); ++n) {
        out.channel(0)[n] += wet * left[n];
        out.channel(1)[n] += wet * right[n];
    }
}

}  // namespace lathe::demo
