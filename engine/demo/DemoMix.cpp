#include "demo/DemoMix.h"

#include "demo/DemoLevels.h"
#include "demo/SongRenderer.h"
#include "io/AudioFileWriter.h"

#include <sndfile.h>

namespace lathe::demo {

AudioBuffer renderDemoMix(const SongDescription& song) {
    const AudioBuffer raw = SongRenderer(song, kDemoSampleRate).render();
    return levelMix(raw, kDemoSampleRate, song.mixLevel, song.targetLufs);
}

void writeDemoMix(const std::filesystem::path& file, const SongDescription& song) {
    AudioBuffer mix = renderDemoMix(song);
    AudioFileWriter writer(file, kDemoSampleRate, static_cast<int>(mix.channelCount()), SampleFormat::Int24);
    writer.setString(SF_STR_TITLE, song.title);
    writer.setString(SF_STR_ARTIST, kDemoArtist);
    writer.write(mix.view());
    writer.finish();
}

}  // namespace lathe::demo
