// Writes the generated seed corpora (audio files, a DDP image, the demo project) into
// DIR/<target>/: made by the engine's own writers, so they never go stale and no audio
// lives in git. Usage: lathe_fuzz_seeds DIR
#include "FuzzSupport.h"
#include "demo/DemoProject.h"
#include "demo/DemoSongs.h"
#include "export/DdpWriter.h"
#include "io/AudioFileWriter.h"
#include "project/ProjectFile.h"

#include <cmath>
#include <iostream>
#include <numbers>

namespace {

namespace fs = std::filesystem;

constexpr int kSampleRate = 44100;
constexpr std::size_t kSeedFrames = 64;
// IMAGE.DAT is cut to this many sectors so the seed stays small; the reader's size
// checks are part of what is fuzzed.
constexpr std::size_t kImageSeedSectors = 4;
constexpr std::size_t kSectorBytes = 2352;
constexpr std::int64_t kFramesPerSector = 588;

lathe::AudioBuffer seedSignal(std::size_t channels) {
    lathe::AudioBuffer audio(channels, kSeedFrames);
    for (std::size_t c = 0; c < channels; ++c)
        for (std::size_t i = 0; i < kSeedFrames; ++i)
            audio.channel(c)[i] =
                0.5f * static_cast<float>(std::sin(2.0 * std::numbers::pi * 1000.0 * static_cast<double>(i + c) / kSampleRate));
    return audio;
}

void writeAudioSeeds(const fs::path& folder) {
    struct Seed {
        const char* name;
        std::size_t channels;
        lathe::SampleFormat format;
    };
    const Seed seeds[] = {{"stereo24.wav", 2, lathe::SampleFormat::Int24},
                          {"mono16.wav", 1, lathe::SampleFormat::Int16},
                          {"float.wav", 2, lathe::SampleFormat::Float32},
                          {"stereo16.aiff", 2, lathe::SampleFormat::Int16},
                          {"stereo24.flac", 2, lathe::SampleFormat::Int24}};
    for (const Seed& seed : seeds) {
        lathe::AudioFileWriter writer(folder / seed.name, kSampleRate, static_cast<int>(seed.channels), seed.format);
        writer.write(seedSignal(seed.channels).view());
        writer.finish();
    }
}

lathe::DdpDisc seedDisc() {
    lathe::DdpDisc disc;
    lathe::CdTrackEntry first{1, 0, 150, {300}, 450};
    lathe::CdTrackEntry second{2, 450, 525, {}, 900};
    disc.toc.tracks = {first, second};
    disc.toc.leadOut = 900;
    disc.upcEan = "0123456789012";
    disc.masterId = "fuzz seed";
    disc.albumText.title = "Seed";
    disc.albumText.performer = "Lathe";
    disc.tracks = {{"USXYZ2600001", {"One", "Lathe", "", "", "", ""}}, {"", {"Two", "", "", "", "", ""}}};
    return disc;
}

void writeDdpSeed(const fs::path& folder) {
    const lathe::DdpDisc disc = seedDisc();
    const fs::path image = lathe::fuzz::scratch().path() / "DDP";
    std::vector<std::int16_t> samples(static_cast<std::size_t>(disc.toc.leadOut * kFramesPerSector * 2));
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = static_cast<std::int16_t>(i * 7);
    lathe::writeDdp(image, disc, samples);
    std::vector<std::string> parts;
    for (const char* name : {lathe::DdpWriter::kIdFileName, lathe::DdpWriter::kMapFileName,
                             lathe::DdpWriter::kPqFileName, lathe::DdpWriter::kCdTextFileName,
                             lathe::DdpWriter::kImageFileName, lathe::DdpWriter::kChecksumFileName})
        parts.push_back(lathe::fuzz::readBytes(image / name));
    parts[4].resize(kImageSeedSectors * kSectorBytes);
    lathe::fuzz::writeBytes(folder / "two-tracks-cdtext", lathe::fuzz::joinParts(parts));
    parts.resize(3);  // DDPID, DDPMS, PQDESCR only
    lathe::fuzz::writeBytes(folder / "no-image", lathe::fuzz::joinParts(parts));
}

void writeProjectSeed(const fs::path& folder) {
    const auto songs = lathe::demo::demoSongs();
    std::vector<fs::path> mixes;
    for (std::size_t i = 0; i < songs.size(); ++i)
        mixes.push_back("/lathe-fuzz/project/mixes/" + std::to_string(i + 1) + ".wav");
    const lathe::Project project = lathe::demo::buildDemoProject(songs, mixes);
    lathe::fuzz::writeBytes(folder / "demo.lathe", lathe::serializeProject(project, "/lathe-fuzz/project"));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: lathe_fuzz_seeds DIR\n";
        return 2;
    }
    const fs::path root = argv[1];
    for (const char* target : {"audio_reader", "ddp_reader", "project", "cli_arguments"})
        fs::create_directories(root / target);
    writeAudioSeeds(root / "audio_reader");
    writeDdpSeed(root / "ddp_reader");
    writeProjectSeed(root / "project");
    return 0;
}
