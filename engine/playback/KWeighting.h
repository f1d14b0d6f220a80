#pragma once

#include <array>

namespace lathe {

// The BS.1770 K-weighting filter (high-shelf pre-filter and RLB high-pass) of one
// channel, designed for any sample rate as libebur128 does, for the live loudness
// meters and the monitor's loudness matching. Real-time safe.
class KWeighting {
public:
    static constexpr double kLoudnessOffset = -0.691;  // LUFS of a K-weighted mean square of 1

    void prepare(double sampleRate) noexcept;
    void reset() noexcept;

    double process(double sample) noexcept;

    static double loudness(double meanSquare) noexcept;  // LUFS; -inf for silence

private:
    struct Section {
        std::array<double, 3> b{1.0, 0.0, 0.0};
        std::array<double, 2> a{0.0, 0.0};  // a1, a2
        double z1 = 0.0;
        double z2 = 0.0;
        double process(double x) noexcept;
    };
    Section m_shelf;
    Section m_highPass;
};

}  // namespace lathe
