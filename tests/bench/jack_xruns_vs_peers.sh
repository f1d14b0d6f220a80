#!/usr/bin/env bash
# Whose xruns are they? On a JACK dummy server (48 kHz, 64-frame periods, real-time
# when allowed) this counts the cycles the server loses with no client at all, with
# JACK's own example client `jack_metro` (which does next to nothing per cycle) and with
# `lathe-cli play` of the demo album's full chain, each for the same time, alternating,
# so all three see the same machine. If Lathe's xruns were Lathe's doing, it would lose
# more than the idle server and the trivial client; on a shared or virtual machine all
# three lose cycles to late wake-ups that no client can prevent.
#
#   tests/bench/jack_xruns_vs_peers.sh [path/to/lathe-cli] [seconds] [rounds]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lathe="${1:-$repo/build/release/app/lathe-cli}"
seconds="${2:-30}"
rounds="${3:-2}"
for tool in "$lathe" jackd jack_metro jack_connect; do
    command -v "$tool" >/dev/null || { echo "jack_xruns_vs_peers: $tool not found" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$lathe" demo "$work/demo" >/dev/null

realtime=(-R -P 70)
if ! chrt -f 1 true 2>/dev/null; then realtime=(--no-realtime); fi

# One run: a server of our own, the client for `seconds`, then the server's verdict.
run() {
    local client=$1 log="$work/jackd-$1.log"
    export JACK_DEFAULT_SERVER="lathe_peers_$$"
    jackd -n "$JACK_DEFAULT_SERVER" "${realtime[@]}" -d dummy -r 48000 -p 64 >"$log" 2>&1 &
    local server=$!
    sleep 2
    case $client in
        idle) sleep "$seconds" ;;
        jack_metro)
            timeout "$seconds" jack_metro -b 120 >/dev/null 2>&1 &
            local metro=$!
            sleep 0.5
            jack_connect metro:120_bpm system:playback_1 >/dev/null 2>&1 || true
            wait "$metro" || true ;;
        lathe) "$lathe" play --device jack --seconds "$seconds" --json "$work/demo/demo.lathe" >"$work/play.json" 2>/dev/null ;;
    esac
    kill "$server"
    wait "$server" 2>/dev/null || true
    printf '%-10s server xruns %4d   driver timer late %4d   client not woken in time %4d   client still running %4d   load %s\n' "$client" \
        "$(grep -c XRun "$log" || true)" "$(grep -c 'JackTimedDriver::Process XRun' "$log" || true)" \
        "$(grep -c 'state = Triggered' "$log" || true)" \
        "$(grep -c 'state = Running' "$log" || true)" "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "JACK dummy 48 kHz / 64 frames (${realtime[*]}), ${seconds} s per run"
for ((round = 1; round <= rounds; ++round)); do
    for client in idle jack_metro lathe; do run "$client"; done
done
echo "lathe-cli play (last run): $(tr -d '\n ' <"$work/play.json" | grep -o '"xruns":[0-9]*\|"allocations_in_callback":[0-9]*\|"mean_dsp_load":[0-9.e-]*' | tr '\n' ' ')"
