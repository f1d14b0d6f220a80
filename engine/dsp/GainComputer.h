#pragma once

namespace lathe {

// The static curve of a downward compressor in the log domain, with the quadratic soft
// knee of Giannoulis, Massberg & Reiss ("Digital Dynamic Range Compressor Design",
// JAES 2012): below threshold - knee/2 nothing happens, above threshold + knee/2 the
// output rises 1/ratio dB per dB, and in between a parabola joins the two lines with
// matching slopes.
class GainComputer {
public:
    void setRatio(double ratio) noexcept;
    void setKneeDb(double kneeDb) noexcept;

    double kneeDb() const noexcept { return m_kneeDb; }

    // Where the curve leaves the 1:1 line: no gain reduction for levels up to here.
    double kneeStartDb(double thresholdDb) const noexcept { return thresholdDb - m_kneeDb / 2.0; }

    // Gain reduction in dB (>= 0) for a detected level in dB.
    double gainReductionDb(double levelDb, double thresholdDb) const noexcept;

private:
    double m_slope = 0.5;  // 1 - 1/ratio
    double m_kneeDb = 0.0;
};

}  // namespace lathe
