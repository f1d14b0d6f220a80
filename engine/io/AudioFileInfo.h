#pragma once

#include <cstdint>
#include <string>

namespace lathe {

// What a source file is, in the names `lathe-cli analyze` prints ("WAV", "PCM_24").
struct AudioFileInfo {
    std::string path;
    std::string format;        // container: WAV, AIFF, FLAC, W64, RF64, CAF, OGG, MPEG, ...
    std::string subtype;       // encoding: PCM_16, PCM_24, PCM_32, FLOAT, DOUBLE, VORBIS, ...
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0;
    int bitsPerSample = 0;     // of the stored integer codes; 0 for float and lossy data
    bool isFloat = false;      // FLOAT or DOUBLE samples

    double durationSeconds() const {
        return sampleRate > 0 ? static_cast<double>(frames) / sampleRate : 0.0;
    }
};

}  // namespace lathe
