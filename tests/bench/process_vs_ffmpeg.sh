#!/usr/bin/env bash
# Times `lathe-cli process` with a full mastering chain against an ffmpeg filter chain of
# the same shape on the same synthesised 10-minute 24-bit stereo 44.1 kHz WAV, in the
# same run:
#   lathe:  6-band EQ, 4-band multiband compressor, stereo width, true-peak limiter,
#           16-bit shaped dither
#   ffmpeg: 6x equalizer, acompressor, alimiter, 16-bit triangular dither
#
#   tests/bench/process_vs_ffmpeg.sh [path/to/lathe-cli] [runs]
#
# Each tool runs `runs` times (default 3), alternating; the best wall time of each
# counts (the machine may be shared). The file is read once first so both start from
# the page cache; both write a 16-bit WAV into the same temporary folder.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lathe="${1:-$repo/build/release/app/lathe-cli}"
runs="${2:-3}"
for tool in "$lathe" sox ffmpeg bc; do
    command -v "$tool" >/dev/null || { echo "process_vs_ffmpeg: $tool not found" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wav="$work/programme.wav"

# Pink noise with a tone, its level swelling and fading every 20 s (so the compressors
# and the limiter have work to do), peaking just below full scale.
sox -n -r 44100 -b 24 -c 2 "$work/bed.wav" synth 600 pinknoise synth 600 sine mix 220 \
    tremolo 0.05 60 vol 0.4
sox "$work/bed.wav" "$wav" gain -n -0.5
rm "$work/bed.wav"
cat "$wav" >/dev/null

cat >"$work/chain.json" <<'JSON'
{"modules": [
  {"type": "eq", "phase": "minimum", "bands": [
    {"shape": "low_cut", "freq_hz": 25, "slope_db_oct": 24},
    {"shape": "low_shelf", "freq_hz": 90, "gain_db": 1.5, "q": 0.707},
    {"shape": "bell", "freq_hz": 300, "gain_db": -2.0, "q": 1.0},
    {"shape": "bell", "freq_hz": 2500, "gain_db": 1.0, "q": 1.4, "placement": "mid"},
    {"shape": "bell", "freq_hz": 6000, "gain_db": -1.5, "q": 2.0, "placement": "side"},
    {"shape": "high_shelf", "freq_hz": 12000, "gain_db": 1.0, "q": 0.707}]},
  {"type": "multiband", "crossovers_hz": [120, 1000, 6000], "bands": [
    {"threshold_db": -20, "ratio": 2.0, "attack_ms": 30, "release_ms": 200},
    {"threshold_db": -22, "ratio": 1.8, "attack_ms": 15, "release_ms": 150},
    {"threshold_db": -24, "ratio": 1.6, "attack_ms": 8, "release_ms": 100},
    {"threshold_db": -26, "ratio": 1.5, "attack_ms": 5, "release_ms": 80}]},
  {"type": "stereo", "width": 1.15, "mono_below_hz": 100},
  {"type": "limiter", "ceiling_dbtp": -1.0, "release_ms": 60, "lookahead_ms": 2.0, "input_gain_db": 3.0}
]}
JSON

ffmpeg_filters="equalizer=f=25:t=q:w=0.707:g=-24,equalizer=f=90:t=q:w=0.707:g=1.5"
ffmpeg_filters+=",equalizer=f=300:t=q:w=1.0:g=-2,equalizer=f=2500:t=q:w=1.4:g=1"
ffmpeg_filters+=",equalizer=f=6000:t=q:w=2.0:g=-1.5,equalizer=f=12000:t=q:w=0.707:g=1"
ffmpeg_filters+=",acompressor=threshold=-22dB:ratio=2:attack=10:release=150"
ffmpeg_filters+=",alimiter=level_in=1.41:limit=0.89:attack=2:release=60"
ffmpeg_filters+=",aresample=osf=s16:dither_method=triangular"

seconds() {  # wall seconds of "$@", output discarded
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

best_lathe=""
best_ffmpeg=""
for ((i = 0; i < runs; ++i)); do
    t=$(seconds "$lathe" process --quiet --chain "$work/chain.json" --bits 16 --dither shaped \
        "$wav" "$work/lathe.wav")
    [[ -z "$best_lathe" || $(echo "$t < $best_lathe" | bc -l) == 1 ]] && best_lathe=$t
    t=$(seconds ffmpeg -y -nostats -i "$wav" -af "$ffmpeg_filters" -c:a pcm_s16le "$work/ffmpeg.wav")
    [[ -z "$best_ffmpeg" || $(echo "$t < $best_ffmpeg" | bc -l) == 1 ]] && best_ffmpeg=$t
done
[[ -s "$work/lathe.wav" && -s "$work/ffmpeg.wav" ]] || { echo "process_vs_ffmpeg: a run failed" >&2; exit 1; }

audio_seconds=600
printf 'file:    10 min, 24-bit stereo 44.1 kHz WAV (%s bytes)\n' "$(stat -c %s "$wav")"
printf 'lathe:   %.3f s  (%.0fx realtime; EQ 6, multiband 4, stereo, TP limiter, 16-bit shaped)\n' \
    "$best_lathe" "$(echo "$audio_seconds / $best_lathe" | bc -l)"
printf 'ffmpeg:  %.3f s  (%.0fx realtime; equalizer x6, acompressor, alimiter, s16 triangular)\n' \
    "$best_ffmpeg" "$(echo "$audio_seconds / $best_ffmpeg" | bc -l)"
printf 'ratio:   ffmpeg / lathe = %.2f (above 1: lathe is faster)\n' "$(echo "$best_ffmpeg / $best_lathe" | bc -l)"
