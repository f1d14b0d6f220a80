#include "timeline/CdFrames.h"

#include <cstdio>

namespace lathe {

std::int64_t CdFrames::nearestFrame(std::int64_t samples) {
    return (samples + kSamplesPerFrame / 2) / kSamplesPerFrame;
}

std::int64_t CdFrames::framesCovering(std::int64_t samples) {
    return (samples + kSamplesPerFrame - 1) / kSamplesPerFrame;
}

Msf CdFrames::toMsf(std::int64_t frames) {
    const std::int64_t framesPerMinute = static_cast<std::int64_t>(kFramesPerSecond) * kSecondsPerMinute;
    return {static_cast<int>(frames / framesPerMinute),
            static_cast<int>(frames / kFramesPerSecond % kSecondsPerMinute),
            static_cast<int>(frames % kFramesPerSecond)};
}

std::int64_t CdFrames::fromMsf(const Msf& msf) {
    return (static_cast<std::int64_t>(msf.minutes) * kSecondsPerMinute + msf.seconds) * kFramesPerSecond +
           msf.frames;
}

std::string CdFrames::format(const Msf& msf) {
    char text[32];
    std::snprintf(text, sizeof text, "%02d:%02d:%02d", msf.minutes, msf.seconds, msf.frames);
    return text;
}

}  // namespace lathe
