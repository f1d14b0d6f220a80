#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace lathe {

struct AudioFileInfo;

// Plain sample statistics of a stream: sample peak and DC offset per channel, the
// phase correlation between left and right, and how many samples sit at or beyond
// full scale.
class SignalStatistics {
public:
    // `clipLevel`: the magnitude from which a sample counts as clipped.
    SignalStatistics(std::size_t channels, float clipLevel);

    // Full scale as the file stores it: |x| >= 1.0 for float data; for integer data
    // the extreme codes, which libsndfile reads as -1.0 and (2^(b-1) - 1) / 2^(b-1)
    // (so +32767 in 16 bits is 0.99997, not 1.0).
    static float clipLevelFor(const AudioFileInfo& info);

    // `samples` holds frameCount interleaved frames.
    void processInterleaved(const float* samples, std::size_t frameCount);

    std::size_t channelCount() const noexcept { return m_channels.size(); }
    float samplePeak(std::size_t channel) const;  // linear
    double dcOffset(std::size_t channel) const;   // mean sample value
    // sum(L*R) / sqrt(sum(L^2) * sum(R^2)): +1 mono-compatible, 0 unrelated, -1
    // out of phase. A mono stream is 1 (it plays identically on both sides); nullopt
    // when a channel is silent.
    std::optional<double> phaseCorrelation() const;
    std::uint64_t clippedSamples() const noexcept { return m_clippedSamples; }

private:
    struct Channel {
        float peak = 0.0f;
        double sum = 0.0;
        double sumOfSquares = 0.0;
    };
    std::vector<Channel> m_channels;
    double m_sumOfProducts = 0.0;  // left times right
    std::uint64_t m_frames = 0;
    std::uint64_t m_clippedSamples = 0;
    float m_clipLevel;
};

}  // namespace lathe
