#pragma once

#include "project/FieldRules.h"
#include "project/ModuleSettings.h"
#include "project/Project.h"

#include <array>
#include <concepts>
#include <type_traits>

// The one description of the `.lathe` keys (project-format.md): for every struct, its
// keys in file order, the member each key holds and the rule its value keeps. The
// reader, the writer and the validator all walk these functions with their own
// visitor, so a key cannot be spelled, ordered or checked differently by one of them.
//
// A visitor provides:
//   field(key, value[, rule])  a scalar, enum, string, path, optional or number list
//   object(key, nested)        a nested object described by its own visitFields
//   array(key, items)          a list of such objects (modules included)
// Keys appear flattened when a struct is shared (CdText inside album and each track,
// the compressor keys inside each multiband band).
namespace lathe::schema {

template <class T, class Struct>
concept Is = std::same_as<std::remove_const_t<T>, Struct>;

// Ranges a mastering engineer can mean; anything beyond is a typo or a broken file.
inline constexpr rules::Range kGainDb{.min = -48.0, .max = 48.0};
inline constexpr rules::Range kSeconds{.min = 0.0};
inline constexpr rules::Range kPositive{.min = 0.0, .minExclusive = true};
inline constexpr rules::Range kUnit{.min = 0.0, .max = 1.0};
inline constexpr rules::Range kThresholdDb{.min = -80.0, .max = 0.0};
inline constexpr rules::Range kRatio{.min = 1.0, .max = 100.0};
inline constexpr rules::Range kKneeDb{.min = 0.0, .max = 24.0};
inline constexpr rules::Range kAttackMs{.min = 0.0, .max = 1000.0, .minExclusive = true};
inline constexpr rules::Range kReleaseMs{.min = 0.0, .max = 5000.0, .minExclusive = true};
inline constexpr rules::Range kCeilingDbtp{.min = -20.0, .max = 0.0};
inline constexpr rules::Range kLookaheadMs{.min = 0.0, .max = 20.0};
inline constexpr rules::Range kWidth{.min = 0.0, .max = 2.0};
inline constexpr rules::Range kBalance{.min = -1.0, .max = 1.0};
inline constexpr rules::Range kSampleRate{.min = 8000.0, .max = 768000.0};
inline constexpr rules::Range kTargetLufs{.min = -70.0, .max = 0.0};
inline constexpr rules::Range kVbrQuality{.min = 0.0, .max = 9.0};
inline constexpr rules::AudioFrequency kFrequency{};
inline constexpr rules::AudioFrequency kFrequencyOrOff{.zeroMeansOff = true};

inline constexpr std::array<int, 8> kCutSlopes{6, 12, 18, 24, 30, 36, 42, 48};
inline constexpr std::array<int, 3> kWavBits{16, 24, 32};
// LAME's MPEG-1 Layer III constant bitrates (the rates of 32/44.1/48 kHz output).
inline constexpr std::array<int, 14> kMp3CbrKbps{32,  40,  48,  56,  64,  80,  96,
                                                 112, 128, 160, 192, 224, 256, 320};

void visitFields(auto& v, Is<CdText> auto& s) {
    v.field("title", s.title);
    v.field("performer", s.performer);
    v.field("songwriter", s.songwriter);
    v.field("composer", s.composer);
    v.field("arranger", s.arranger);
    v.field("message", s.message);
}

void visitFields(auto& v, Is<LoudnessTarget> auto& s) {
    v.field("mode", s.mode);
    v.field("target_lufs", s.targetLufs, kTargetLufs);
}

void visitFields(auto& v, Is<Album> auto& s) {
    visitFields(v, s.text);
    v.field("genre", s.genre);
    v.field("release_date", s.releaseDate, rules::IsoDate{});
    v.field("upc_ean", s.upcEan, rules::UpcEan{});
    v.field("sample_rate", s.sampleRate, kSampleRate);
    v.object("loudness", s.loudness);
}

void visitFields(auto& v, Is<GainSettings> auto& s) { v.field("gain_db", s.gainDb, kGainDb); }

void visitFields(auto& v, Is<EqBand> auto& s) {
    v.field("shape", s.shape);
    v.field("freq_hz", s.freqHz, kFrequency);
    v.field("gain_db", s.gainDb, kGainDb);
    v.field("q", s.q, kPositive);
    v.field("slope_db_oct", s.slopeDbPerOctave, rules::OneOf{kCutSlopes});
    v.field("placement", s.placement);
    v.field("enabled", s.enabled);
}

void visitFields(auto& v, Is<EqSettings> auto& s) {
    v.field("phase", s.phase);
    v.array("bands", s.bands);
}

void visitFields(auto& v, Is<CompressorSettings> auto& s) {
    v.field("threshold_db", s.thresholdDb, kThresholdDb);
    v.field("ratio", s.ratio, kRatio);
    v.field("attack_ms", s.attackMs, kAttackMs);
    v.field("release_ms", s.releaseMs, kReleaseMs);
    v.field("knee_db", s.kneeDb, kKneeDb);
    v.field("makeup_db", s.makeupDb, kGainDb);
    v.field("detector", s.detector);
    v.field("stereo_link", s.stereoLink, kUnit);
    v.field("sidechain_hp_hz", s.sidechainHighPassHz, kFrequencyOrOff);
}

void visitFields(auto& v, Is<MultibandBand> auto& s) {
    visitFields(v, s.compressor);
    v.field("bypass", s.bypass);
    v.field("solo", s.solo);
}

void visitFields(auto& v, Is<MultibandSettings> auto& s) {
    v.field("crossovers_hz", s.crossoversHz, kFrequency);
    v.field("linear_phase", s.linearPhase);
    v.array("bands", s.bands);
}

void visitFields(auto& v, Is<StereoSettings> auto& s) {
    v.field("width", s.width, kWidth);
    v.field("mono_below_hz", s.monoBelowHz, kFrequencyOrOff);
    v.field("balance", s.balance, kBalance);
}

void visitFields(auto& v, Is<DeclickSettings> auto& s) {
    v.field("sensitivity", s.sensitivity, kUnit);
}

void visitFields(auto& v, Is<LimiterSettings> auto& s) {
    v.field("ceiling_dbtp", s.ceilingDbtp, kCeilingDbtp);
    v.field("release_ms", s.releaseMs, kReleaseMs);
    v.field("lookahead_ms", s.lookaheadMs, kLookaheadMs);
    v.field("input_gain_db", s.inputGainDb, kGainDb);
}

// A module's "type" and "enabled" come first and are the visitors' business: the
// type decides which of the settings above follow.
void visitFields(auto& v, Is<Chain> auto& s) { v.array("modules", s.modules); }

void visitFields(auto& v, Is<Fade> auto& s) {
    v.field("length_s", s.lengthSeconds, kSeconds);
    v.field("curve", s.curve);
}

void visitFields(auto& v, Is<Track> auto& s) {
    v.field("source", s.source);
    visitFields(v, s.text);
    v.field("isrc", s.isrc, rules::Isrc{});
    v.field("trim_start_s", s.trimStartSeconds, kSeconds);
    v.field("trim_end_s", s.trimEndSeconds, kSeconds);
    v.field("gain_db", s.gainDb, kGainDb);
    v.object("fade_in", s.fadeIn);
    v.object("fade_out", s.fadeOut);
    v.field("pregap_s", s.pregapSeconds, kSeconds);
    v.field("crossfade_s", s.crossfadeSeconds, kSeconds);
    v.field("index_marks_s", s.indexMarksSeconds, kPositive);
    v.object("chain", s.chain);
}

void visitFields(auto& v, Is<DdpExport> auto& s) { v.field("enabled", s.enabled); }

void visitFields(auto& v, Is<WavExport> auto& s) {
    v.field("enabled", s.enabled);
    v.field("bits", s.bits, rules::OneOf{kWavBits});
    v.field("sample_rate", s.sampleRate, kSampleRate);
    v.field("split", s.split);
    v.field("dither", s.dither);
}

void visitFields(auto& v, Is<Mp3Export> auto& s) {
    v.field("enabled", s.enabled);
    v.field("mode", s.mode);
    v.field("bitrate_kbps", s.bitrateKbps, rules::OneOf{kMp3CbrKbps});
    v.field("vbr_quality", s.vbrQuality, kVbrQuality);
}

void visitFields(auto& v, Is<ExportSettings> auto& s) {
    v.object("ddp", s.ddp);
    v.object("wav", s.wav);
    v.object("mp3", s.mp3);
}

// After "format" and "version", which the reader and writer handle themselves.
void visitFields(auto& v, Is<Project> auto& s) {
    v.object("album", s.album);
    v.object("master_chain", s.masterChain);
    v.array("tracks", s.tracks);
    v.object("export", s.exports);
}

}  // namespace lathe::schema
