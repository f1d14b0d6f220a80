#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace lathe {

// EBU Tech 3342 (2016) loudness range: the spread between the 10th and 95th
// percentiles of the short-term (3 s) loudness, sampled at 10 Hz, after an absolute
// gate at -70 LUFS and a relative gate 20 LU below the energy mean of the values
// that pass it. The values are kept as a histogram of 0.01 LU bins, so memory is
// fixed however long the programme, and programmes combine by adding histograms.
//
// (libebur128 1.2.6 samples the short-term loudness only once a second, which the
// 2016 revision of Tech 3342 no longer allows: ranges it reports for short or
// sectioned programmes differ from compliant meters, e.g. ffmpeg's, by over 1 LU.)
class LoudnessRange {
public:
    LoudnessRange();

    // One short-term measurement: its K-weighted, channel-summed mean square.
    void add(double shortTermEnergy);
    void merge(const LoudnessRange& other);

    // nullopt when no short-term value passed the gates (silence).
    std::optional<double> rangeLu() const;

private:
    std::size_t binAtRank(std::uint64_t rank, std::size_t firstBin) const;

    std::vector<std::uint32_t> m_counts;
};

}  // namespace lathe
