#include "analysis/LoudnessHistory.h"

#include "core/Error.h"
#include "io/AudioFileReader.h"

#include <cmath>
#include <ebur128.h>
#include <memory>

namespace lathe {

LoudnessHistory LoudnessHistory::measure(const std::filesystem::path& file, double intervalSeconds) {
    AudioFileReader reader(file);
    const auto channels = static_cast<unsigned>(reader.info().channels);
    const auto rate = static_cast<unsigned long>(reader.info().sampleRate);
    const auto destroy = [](ebur128_state* state) { ebur128_destroy(&state); };
    std::unique_ptr<ebur128_state, decltype(destroy)> meter(ebur128_init(channels, rate, EBUR128_MODE_S), destroy);
    if (!meter)
        throw Error(ErrorKind::Internal, "libebur128", "ebur128_init failed");

    LoudnessHistory history;
    history.intervalSeconds = intervalSeconds;
    const auto step = static_cast<std::size_t>(std::lround(intervalSeconds * static_cast<double>(rate)));
    std::vector<float> block(step * channels);
    while (const std::size_t read = reader.readInterleaved(block.data(), step)) {
        ebur128_add_frames_float(meter.get(), block.data(), read);
        if (read < step)
            break;
        double lufs = kSilenceLufs;
        if (ebur128_loudness_shortterm(meter.get(), &lufs) != EBUR128_SUCCESS || !std::isfinite(lufs))
            lufs = kSilenceLufs;
        history.shortTermLufs.push_back(std::max(lufs, kSilenceLufs));
    }
    return history;
}

}  // namespace lathe
