#pragma once

#include <cstdint>
#include <string>

namespace lathe {

// A CD position in minutes:seconds:frames (75 frames a second), as PQ data and cue
// sheets write it.
struct Msf {
    int minutes = 0;
    int seconds = 0;
    int frames = 0;
    bool operator==(const Msf&) const = default;
};

// The CD's time grid: a frame (sector) is 1/75 s, 588 stereo samples at 44.1 kHz,
// 2352 bytes of audio. Positions on a disc are whole frames, so the album timeline's
// sample positions are rounded onto this grid for DDP.
struct CdFrames {
    static constexpr int kSampleRate = 44100;
    static constexpr int kFramesPerSecond = 75;
    static constexpr int kSecondsPerMinute = 60;
    static constexpr std::int64_t kSamplesPerFrame = kSampleRate / kFramesPerSecond;  // 588
    static constexpr int kChannels = 2;
    static constexpr int kBytesPerSample = 2;
    static constexpr std::int64_t kBytesPerFrame = kSamplesPerFrame * kChannels * kBytesPerSample;  // 2352
    // Red Book: track 1's index 1 is at 00:02:00 or later; the program ends by 79:57:00.
    static constexpr std::int64_t kMinFirstPregapFrames = 2 * kFramesPerSecond;
    static constexpr std::int64_t kMaxProgramFrames =
        (79 * kSecondsPerMinute + 57) * static_cast<std::int64_t>(kFramesPerSecond);

    // The frame nearest a sample position (a half frame rounds up).
    static std::int64_t nearestFrame(std::int64_t samples);
    // Whole frames that hold `samples` samples (the last one padded with silence).
    static std::int64_t framesCovering(std::int64_t samples);

    // Frames from 00:00:00; MSF minutes may exceed 99 only for nonsense positions.
    static Msf toMsf(std::int64_t frames);
    static std::int64_t fromMsf(const Msf& msf);
    // "02:03:74".
    static std::string format(const Msf& msf);
};

}  // namespace lathe
