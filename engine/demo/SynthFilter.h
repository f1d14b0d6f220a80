#pragma once

namespace lathe::demo {

enum class FilterMode { LowPass, HighPass, BandPass };

// A topology-preserving state-variable filter (12 dB/oct): the demo synthesiser's
// voice filter. Cheap to re-tune per sample, so envelopes can sweep the cutoff.
class SynthFilter {
public:
    SynthFilter(FilterMode mode, double cutoffHz, double resonanceQ, double sampleRate);

    void setCutoff(double cutoffHz) noexcept;
    float process(float input) noexcept;

private:
    FilterMode m_mode;
    double m_sampleRate;
    double m_damping;
    double m_g = 0.0;
    double m_a1 = 0.0;
    double m_a2 = 0.0;
    double m_a3 = 0.0;
    double m_ic1 = 0.0;
    double m_ic2 = 0.0;
};

}  // namespace lathe::demo
