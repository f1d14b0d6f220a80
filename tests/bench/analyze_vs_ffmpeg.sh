#!/usr/bin/env bash
# Times `lathe-cli analyze --json` against ffmpeg's EBU R 128 scanner with true peak
# on the same synthesised 10-minute 24-bit stereo 44.1 kHz WAV, in the same run.
#
#   tests/bench/analyze_vs_ffmpeg.sh [path/to/lathe-cli] [runs]
#
# Each tool runs `runs` times (default 3), alternating; the best wall time of each
# counts (the machine may be shared). The file is read once first so both start
# from the page cache.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lathe="${1:-$repo/build/release/app/lathe-cli}"
runs="${2:-3}"
for tool in "$lathe" sox ffmpeg; do
    command -v "$tool" >/dev/null || { echo "analyze_vs_ffmpeg: $tool not found" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wav="$work/programme.wav"

# Pink noise with a tone, its level swelling and fading every 20 s (so gating and the
# loudness range have work to do), peaking below full scale.
sox -n -r 44100 -b 24 -c 2 "$work/bed.wav" synth 600 pinknoise synth 600 sine mix 220 \
    tremolo 0.05 60 vol 0.4
sox "$work/bed.wav" "$wav" gain -n -1
rm "$work/bed.wav"
cat "$wav" >/dev/null

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
    t=$(seconds "$lathe" analyze --json "$wav")
    [[ -z "$best_lathe" || $(echo "$t < $best_lathe" | bc -l) == 1 ]] && best_lathe=$t
    t=$(seconds ffmpeg -nostats -i "$wav" -af ebur128=peak=true -f null -)
    [[ -z "$best_ffmpeg" || $(echo "$t < $best_ffmpeg" | bc -l) == 1 ]] && best_ffmpeg=$t
done

printf 'file:    10 min, 24-bit stereo 44.1 kHz WAV (%s bytes)\n' "$(stat -c %s "$wav")"
printf 'lathe:   %.3f s  (lathe-cli analyze --json)\n' "$best_lathe"
printf 'ffmpeg:  %.3f s  (ffmpeg -af ebur128=peak=true)\n' "$best_ffmpeg"
printf 'ratio:   lathe is %.1fx faster\n' "$(echo "$best_ffmpeg / $best_lathe" | bc -l)"
"$lathe" analyze "$wav" | tail -3
