#pragma once

#include <filesystem>
#include <vector>

namespace lathe {

// Short-term loudness (3 s window, EBU R128) of a file sampled every `interval`,
// for the loudness history plot. Values below the meter's floor (silence) are
// reported as kSilenceLufs so the plot stays continuous.
struct LoudnessHistory {
    static constexpr double kDefaultIntervalSeconds = 0.1;
    static constexpr double kSilenceLufs = -70.0;

    double intervalSeconds = kDefaultIntervalSeconds;
    std::vector<double> shortTermLufs;  // [i] measured at (i + 1) * intervalSeconds

    // Throws a BadInput Error naming the file when it cannot be read.
    static LoudnessHistory measure(const std::filesystem::path& file,
                                   double intervalSeconds = kDefaultIntervalSeconds);
};

}  // namespace lathe
