#pragma once

#include "core/AudioBuffer.h"
#include "export/ReleaseTags.h"
#include "project/Project.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace lathe {

// One MP3 release master: encoded by Mp3Writer (LAME, CBR or VBR per the export
// settings, the LAME/Xing info tag with the encoder delay and padding in the first
// frame, so mpg123 and ffmpeg trim them and the file plays gaplessly), then an
// ID3v2.4 tag (TagLib): TIT2, TPE1, TALB, TPE2, TRCK n/N, TDRC, TCON, TSRC and TXXX
// REPLAYGAIN_TRACK_GAIN/PEAK (ReplayGain 2.0: -18 LUFS reference, measured on the
// decoded file).
//
// Release QC runs before the file appears (atomic): the encoded file is decoded again
// (libsndfile through mpg123, gapless) and must have exactly the input's frames; its
// true peak is measured and, when above `ceilingDbtp` (decoding an MP3 overshoots the
// limiter's ceiling), the encode gain is lowered by the excess plus kPeakMarginDb and
// the track encoded again, up to kMaxAttempts times; the tags are read back.
class Mp3Exporter {
public:
    static constexpr double kPeakMarginDb = 0.1;
    static constexpr int kMaxAttempts = 6;

    struct Result {
        std::int64_t frames = 0;         // of the input
        std::int64_t decodedFrames = 0;  // of the final file, decoded
        double encodeGainDb = 0.0;       // applied before encoding (<= 0)
        int attempts = 0;
        double decodedTruePeakDbtp = 0.0;   // -inf for silence
        std::optional<double> decodedLufs;  // nullopt for silence
        bool lengthOk = false;
        bool peakOk = false;
        bool tagsOk = false;
    };

    // `audio`: the track, planar, 1 or 2 channels at `sampleRate` (a rate MP3 carries).
    // Throws BadInput for a rate MP3 cannot hold, WriteFailed when the file cannot be
    // written; the file then does not appear.
    static Result write(const AudioView& audio, int sampleRate, const Mp3Export& settings,
                        const ReleaseTags& tags, double ceilingDbtp, const std::filesystem::path& target);

    // The MPEG-1 rate an album at `albumRate` is encoded at (the album's when MP3 has it).
    static int encodeRateFor(int albumRate);
};

}  // namespace lathe
