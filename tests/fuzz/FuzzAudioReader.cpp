// libFuzzer target: AudioFileReader (libsndfile behind Lathe's checks) on the input
// written to a file, reading every frame. A BadInput Error is the only acceptable
// failure; the frames delivered must never exceed what the header promised.
#include "FuzzSupport.h"
#include "core/Error.h"
#include "io/AudioFileReader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

constexpr std::size_t kBlockFrames = 4096;
// Compressed formats can expand a few bytes into hours of audio; this bounds one run.
constexpr std::int64_t kMaxFramesRead = 1 << 20;

void readAll(lathe::AudioFileReader& reader) {
    const auto channels = static_cast<std::size_t>(reader.info().channels);
    std::vector<float> block(kBlockFrames * channels);
    std::int64_t total = 0;
    while (total < kMaxFramesRead) {
        const std::size_t got = reader.readInterleaved(block.data(), kBlockFrames);
        if (got == 0)
            break;
        if (got > kBlockFrames)
            std::abort();
        total += static_cast<std::int64_t>(got);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path file = lathe::fuzz::scratch().path() / "source";
    lathe::fuzz::writeBytes(file, {reinterpret_cast<const char*>(data), size});
    try {
        lathe::AudioFileReader reader(file);
        const auto& info = reader.info();
        if (info.channels < 1 || info.channels > lathe::AudioFileReader::kMaxChannels ||
            info.sampleRate <= 0 || info.frames <= 0)
            std::abort();
        readAll(reader);
    } catch (const lathe::Error& error) {
        if (error.kind() != lathe::ErrorKind::BadInput)
            std::abort();
    }
    return 0;
}
