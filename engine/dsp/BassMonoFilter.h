#pragma once

namespace lathe {

// The crossover behind `stereo.mono_below_hz`: the side signal goes through the
// high-pass half of a 4th-order Linkwitz-Riley split (two cascaded Butterworth
// sections), which removes the low side, and the mid goes through the matching
// 2nd-order all-pass (LR4 low-pass + high-pass sum to exactly that all-pass). Mid and
// side therefore keep the same phase above the crossover, so the stereo image there
// is unchanged and the mid's magnitude stays flat at every frequency.
class BassMonoFilter {
public:
    // Bilinear transform prewarped at the cutoff; call off the sample loop (per
    // control block) when the cutoff glides.
    void setCutoff(double cutoffHz, double sampleRate) noexcept;
    void reset() noexcept;

    // One frame, in place.
    void process(double& mid, double& side) noexcept {
        mid = m_midAllPass.process(mid);
        side = m_sideHighPass[1].process(m_sideHighPass[0].process(side));
    }

private:
    // Transposed direct form II: the best-behaved biquad form in floating point.
    struct Section {
        double b0 = 1.0, b1 = 0.0, b2 = 0.0, a1 = 0.0, a2 = 0.0;
        double z1 = 0.0, z2 = 0.0;
        double process(double x) noexcept {
            const double y = b0 * x + z1;
            z1 = b1 * x - a1 * y + z2;
            z2 = b2 * x - a2 * y;
            return y;
        }
    };

    Section m_sideHighPass[2];
    Section m_midAllPass;
};

}  // namespace lathe
