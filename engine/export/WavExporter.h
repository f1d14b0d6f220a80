#pragma once

#include "export/ReleaseTags.h"
#include "io/AudioFileWriter.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace lathe {

// Writes the WAV release masters from the album rendered at the export format (the
// export stage has resampled and dithered it once, over the whole album, so the
// pieces join sample for sample): per-track files or one album file, each atomic.
//
// Tags go into the RIFF LIST/INFO chunk: INAM title, IART artist, IPRD album, ITRK
// track number, ICRD date, IGNR genre through libsndfile, and the ISRC as the INFO item
// `ISRC` (RiffInfo), since libsndfile has no ISRC string. No BWF `bext` is written: its
// origination date and time would make two renders of the same project differ.
class WavExporter {
public:
    struct Piece {
        std::int64_t begin = 0;  // frames of the album file, [begin, end)
        std::int64_t end = 0;
        std::filesystem::path target;
        ReleaseTags tags;
    };

    // `albumFile` holds samples on `format`'s grid (so copying is exact); every piece
    // is written at `sampleRate` and `format`. Throws WriteFailed naming the file.
    static void write(const std::filesystem::path& albumFile, SampleFormat format,
                      const std::vector<Piece>& pieces);
};

}  // namespace lathe
