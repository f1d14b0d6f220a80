#include "export/Mp3Exporter.h"

#include "analysis/LoudnessMeter.h"
#include "analysis/TruePeakMeter.h"
#include "core/Decibels.h"
#include "core/Error.h"
#include "export/Mp3Writer.h"
#include "io/AtomicFile.h"
#include "io/AudioFileReader.h"

#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/textidentificationframe.h>
#include <taglib/tstringlist.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace lathe {
namespace {

constexpr std::size_t kEncodeBlockFrames = 8192;
constexpr int kLameQuality = 2;  // LAME -q 2: the recommended high quality
constexpr double kReplayGainReferenceLufs = -18.0;
constexpr std::size_t kDecodeBlockFrames = 8192;
constexpr int kRates[] = {32000, 44100, 48000};  // MPEG-1 Layer III: full bandwidth

// Encodes the track with `gainDb` applied into `file` (Mp3Writer: LAME, info tag).
void encode(const AudioView& audio, int sampleRate, const Mp3Export& settings, double gainDb,
            const std::filesystem::path& file) {
    const std::size_t channels = audio.channelCount();
    Mp3Writer writer(file, sampleRate, static_cast<int>(channels), settings);
    const auto gain = static_cast<float>(dbToGain(gainDb));
    std::vector<float> block(kEncodeBlockFrames * channels);
    for (std::size_t at = 0; at < audio.frameCount(); at += kEncodeBlockFrames) {
        const std::size_t frames = std::min(kEncodeBlockFrames, audio.frameCount() - at);
        for (std::size_t c = 0; c < channels; ++c)
            for (std::size_t i = 0; i < frames; ++i)
                block[i * channels + c] = audio.channel(c)[at + i] * gain;
        writer.writeInterleaved(block.data(), frames);
    }
    writer.finish();
}

struct Decoded {
    std::int64_t frames = 0;
    double truePeak = 0.0;  // linear
    std::optional<double> lufs;
};

Decoded decodeAndMeasure(const std::filesystem::path& file) {
    AudioFileReader reader(file);
    const auto channels = static_cast<std::size_t>(reader.info().channels);
    TruePeakMeter peak(channels);
    LoudnessMeter loudness(channels, reader.info().sampleRate);
    std::vector<float> block(kDecodeBlockFrames * channels);
    Decoded decoded;
    while (const std::size_t frames = reader.readInterleaved(block.data(), kDecodeBlockFrames)) {
        peak.processInterleaved(block.data(), frames);
        loudness.processInterleaved(block.data(), frames);
        decoded.frames += static_cast<std::int64_t>(frames);
    }
    peak.finish();
    decoded.truePeak = peak.peak();
    decoded.lufs = loudness.integratedLufs();
    return decoded;
}

std::string formatted(const char* format, double value) {
    char text[32];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

void addText(TagLib::ID3v2::Tag& tag, const char* id, const std::string& value) {
    if (value.empty())
        return;
    auto frame = std::make_unique<TagLib::ID3v2::TextIdentificationFrame>(TagLib::ByteVector(id),
                                                                          TagLib::String::UTF8);
    frame->setText(TagLib::String(value, TagLib::String::UTF8));
    tag.addFrame(frame.release());
}

void addUserText(TagLib::ID3v2::Tag& tag, const std::string& description, const std::string& value) {
    auto frame = std::make_unique<TagLib::ID3v2::UserTextIdentificationFrame>(TagLib::String::UTF8);
    frame->setDescription(TagLib::String(description, TagLib::String::UTF8));
    frame->setText(TagLib::String(value, TagLib::String::UTF8));
    tag.addFrame(frame.release());
}

std::string trackText(const ReleaseTags& tags) {
    std::string text = std::to_string(tags.trackNumber);
    if (tags.trackCount > 0)
        text.append(1, '/').append(std::to_string(tags.trackCount));
    return text;
}

std::string replayGainText(const Decoded& decoded) {
    return decoded.lufs ? formatted("%.2f dB", kReplayGainReferenceLufs - *decoded.lufs) : "0.00 dB";
}

void writeTags(const std::filesystem::path& file, const ReleaseTags& tags, const Decoded& decoded,
               const std::string& name) {
    TagLib::MPEG::File mp3(file.c_str(), false);
    if (!mp3.isValid())
        throw Error(ErrorKind::Internal, name, "TagLib cannot open the encoded MP3");
    TagLib::ID3v2::Tag& tag = *mp3.ID3v2Tag(true);
    addText(tag, "TIT2", tags.title);
    addText(tag, "TPE1", tags.artist);
    addText(tag, "TALB", tags.album);
    addText(tag, "TPE2", tags.albumArtist);
    addText(tag, "TRCK", trackText(tags));
    addText(tag, "TDRC", tags.date);
    addText(tag, "TCON", tags.genre);
    addText(tag, "TSRC", tags.isrc);
    addUserText(tag, "REPLAYGAIN_TRACK_GAIN", replayGainText(decoded));
    addUserText(tag, "REPLAYGAIN_TRACK_PEAK", formatted("%.6f", decoded.truePeak));
    if (!mp3.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4,
                  TagLib::File::DoNotDuplicate))
        throw writeFailed(name, "cannot write the ID3v2 tag");
}

std::string frameText(TagLib::ID3v2::Tag& tag, const char* id) {
    const auto& frames = tag.frameListMap()[TagLib::ByteVector(id)];
    return frames.isEmpty() ? std::string() : frames.front()->toString().to8Bit(true);
}

bool tagsReadBack(const std::filesystem::path& file, const ReleaseTags& tags) {
    TagLib::MPEG::File mp3(file.c_str(), false);
    TagLib::ID3v2::Tag* tag = mp3.ID3v2Tag(false);
    if (!tag || tag->header()->majorVersion() != 4)
        return false;
    return frameText(*tag, "TIT2") == tags.title && frameText(*tag, "TPE1") == tags.artist &&
           frameText(*tag, "TALB") == tags.album && frameText(*tag, "TRCK") == trackText(tags) &&
           frameText(*tag, "TSRC") == tags.isrc && !tag->frameListMap()[TagLib::ByteVector("TXXX")].isEmpty();
}

}  // namespace

int Mp3Exporter::encodeRateFor(int albumRate) {
    for (const int rate : kRates)
        if (rate == albumRate)
            return rate;
    return albumRate % 44100 == 0 ? 44100 : 48000;
}

Mp3Exporter::Result Mp3Exporter::write(const AudioView& audio, int sampleRate, const Mp3Export& settings,
                                       const ReleaseTags& tags, double ceilingDbtp,
                                       const std::filesystem::path& target) {
    const std::string name = target.string();
    AtomicFile file(target);
    Result result;
    result.frames = static_cast<std::int64_t>(audio.frameCount());
    Decoded decoded;
    for (result.attempts = 1;; ++result.attempts) {
        encode(audio, sampleRate, settings, result.encodeGainDb, file.tempPath());
        decoded = decodeAndMeasure(file.tempPath());
        const double peakDb = gainToDb(decoded.truePeak);
        result.peakOk = peakDb <= ceilingDbtp;
        if (result.peakOk || result.attempts == kMaxAttempts)
            break;
        result.encodeGainDb -= peakDb - ceilingDbtp + kPeakMarginDb;
    }
    result.decodedFrames = decoded.frames;
    result.decodedTruePeakDbtp = gainToDb(decoded.truePeak);
    result.decodedLufs = decoded.lufs;
    result.lengthOk = decoded.frames == result.frames;
    writeTags(file.tempPath(), tags, decoded, name);
    result.tagsOk = tagsReadBack(file.tempPath(), tags);
    file.commit();
    return result;
}

}  // namespace lathe
