#!/usr/bin/env bash
# Builds the `fuzz` preset (clang, libFuzzer, ASan + UBSan) and runs every fuzz target
# for SECONDS each, starting from the checked-in seeds (tests/fuzz/corpus/<target>)
# and the generated ones (audio files, a DDP image, the demo project). Exits non-zero
# when a target crashes, leaks, trips a sanitizer or times out; the input that did it
# is kept in build/fuzz/fuzz-artifacts/<target>/ and the log in build/fuzz/fuzz-<target>.log.
# Usage: tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]
set -euo pipefail
seconds=${1:?usage: run-fuzzers.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(project ddp_reader audio_reader cli_arguments)
cd "$(dirname "$0")/../.."

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"
build=build/fuzz
"$build/tests/fuzz/lathe_fuzz_seeds" "$build/fuzz-corpus"
# The DDP and audio targets write their input to files: memory is faster than disk.
if [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi

status=0
for target in "${targets[@]}"; do
    corpus=$build/fuzz-corpus/$target
    artifacts=$build/fuzz-artifacts/$target
    log=$build/fuzz-$target.log
    mkdir -p "$corpus" "$artifacts"
    seeds=()
    [ -d "tests/fuzz/corpus/$target" ] && seeds+=("tests/fuzz/corpus/$target")
    if "$build/tests/fuzz/lathe_fuzz_$target" -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "${seeds[@]}" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    echo "fuzz $target: $result, $runs executions, ${cov:-cov: ?}"
    if [ "$result" = FAILED ]; then tail -n 40 "$log"; fi
done
exit $status
