#include "export/WavExporter.h"

#include "core/AudioBuffer.h"
#include "core/Error.h"
#include "export/RiffInfo.h"
#include "io/AudioFileReader.h"

#include <algorithm>
#include <sndfile.h>

namespace lathe {
namespace {

constexpr std::size_t kCopyBlockFrames = 16384;

void setTags(AudioFileWriter& writer, const ReleaseTags& tags) {
    writer.setString(SF_STR_TITLE, tags.title);
    writer.setString(SF_STR_ARTIST, tags.artist);
    writer.setString(SF_STR_ALBUM, tags.album);
    writer.setString(SF_STR_DATE, tags.date);
    writer.setString(SF_STR_GENRE, tags.genre);
    if (tags.trackNumber > 0)
        writer.setString(SF_STR_TRACKNUMBER, std::to_string(tags.trackNumber));
}

}  // namespace

void WavExporter::write(const std::filesystem::path& albumFile, SampleFormat format,
                        const std::vector<Piece>& pieces) {
    AudioFileReader reader(albumFile);
    const AudioFileInfo& info = reader.info();
    AudioBuffer block(static_cast<std::size_t>(info.channels), kCopyBlockFrames);
    for (const Piece& piece : pieces) {
        AudioFileWriter writer(piece.target, info.sampleRate, info.channels, format);
        reader.seek(piece.begin);
        for (std::int64_t at = piece.begin; at < piece.end;) {
            const auto frames =
                static_cast<std::size_t>(std::min<std::int64_t>(kCopyBlockFrames, piece.end - at));
            const AudioView view = block.view(frames);
            const std::size_t read = reader.read(view);
            if (read == 0)
                throw Error(ErrorKind::Internal, albumFile.string(), "ends before the track's range");
            writer.write(view.slice(0, read));
            at += static_cast<std::int64_t>(read);
        }
        // Strings set after the audio: libsndfile puts LIST/INFO at the end, where the
        // ISRC item is appended to it.
        setTags(writer, piece.tags);
        writer.finish([&piece](const std::filesystem::path& temporary) {
            if (!piece.tags.isrc.empty())
                addRiffInfoItem(temporary, "ISRC", piece.tags.isrc);
        });
    }
}

}  // namespace lathe
