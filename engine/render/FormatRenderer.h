#pragma once

#include "core/Cancellation.h"
#include "io/AudioFileWriter.h"
#include "project/Project.h"
#include "render/AlbumLayout.h"

#include <cstdint>
#include <filesystem>

namespace lathe {

// The export stage of the album stream (project-format.md): the mastered album (float,
// album rate) → resample when the format's rate differs → reduce the word length with
// dither → a whole-album WAV at the format, from which the release files are cut.
// Dither runs once over the whole album with one seed, so the per-track files, the
// album file and the DDP image of the same format hold the same samples, and the same
// seed gives the same bytes.
//
// Before that, everything outside the tracks' audio (pregaps, gaps, the CD padding) is
// set to exact zeros: the master chain's filters may ring on into a pause, and a pause
// must stay digital silence through dither.
struct ExportFormat {
    int sampleRate = 44100;
    SampleFormat sampleFormat = SampleFormat::Int24;
    DitherKind dither = DitherKind::Tpdf;
    bool operator==(const ExportFormat&) const = default;
};

class FormatRenderer {
public:
    static constexpr std::size_t kBlockFrames = 16384;

    static void render(const std::filesystem::path& mastered, const AlbumLayout& layout,
                       const ExportFormat& format, std::uint64_t seed, const std::filesystem::path& output,
                       const CancelFlag* cancel = nullptr);

    // An album-rate position at `rate`: round(frame * rate / albumRate), the rounding
    // the resampled album's length follows, so cut points at any rate join up.
    static std::int64_t positionAt(std::int64_t frame, int albumRate, int rate);
};

}  // namespace lathe
