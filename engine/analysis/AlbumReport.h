#pragma once

#include <cstddef>
#include <optional>

namespace lathe {

// The files of an `analyze` run measured as one album: loudness gated over all
// their blocks together, peaks the largest of any file.
struct AlbumReport {
    std::size_t fileCount = 0;
    std::optional<double> integratedLufs;
    std::optional<double> loudnessRangeLu;
    double truePeakDbtp = 0.0;
    double samplePeakDbfs = 0.0;
};

}  // namespace lathe
