#pragma once

#include "io/AudioFileInfo.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lathe {

// What `lathe-cli analyze` reports about one file. Loudness is nullopt where it is
// undefined (digital silence); peaks of silence are -inf dB.
struct FileReport {
    AudioFileInfo info;  // info.frames: the frames actually measured

    std::optional<double> integratedLufs;
    std::optional<double> loudnessRangeLu;
    std::optional<double> momentaryMaxLufs;
    std::optional<double> shortTermMaxLufs;

    double truePeakDbtp = 0.0;
    double samplePeakDbfs = 0.0;
    std::vector<double> channelTruePeakDbtp;
    std::vector<double> channelSamplePeakDbfs;
    std::vector<double> dcOffset;
    std::optional<double> phaseCorrelation;
    std::uint64_t clippedSamples = 0;
};

}  // namespace lathe
