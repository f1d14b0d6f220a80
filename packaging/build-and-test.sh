#!/usr/bin/env bash
# Quick-start command (2): installs what is missing, then runs every test stage. CI
# runs exactly this (.ci/run) within 90 minutes on 2 cores; ccache (when present)
# makes repeated runs much faster.
#   release  Release build, every test through ctest
#   asan     ASan + UBSan build (GCC) of the engine and CLI, their ctest suites
#            (the Qt UI is left out: Qt and fontconfig leak by design and drown LSan)
#   tsan     ThreadSanitizer build of the engine tests, every one of them (the JACK
#            test included; its DSP-budget check is for uninstrumented builds only)
#   fuzz     every libFuzzer target (clang) for LATHE_FUZZ_SECONDS (30) each
# LATHE_TEST_STAGES="release asan" runs a subset.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh

stages=${LATHE_TEST_STAGES:-release asan tsan fuzz}
jobs=$(nproc)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/tsan.supp}

timed() {
    local stage=$1
    shift
    local start=$SECONDS
    echo "== stage $stage"
    "$@"
    echo "== stage $stage: $((SECONDS - start)) s"
}

stage_release() {
    cmake --preset release
    cmake --build --preset release --parallel "$jobs"
    ctest --preset release --parallel "$jobs"
}

stage_asan() {
    cmake --preset asan -DLATHE_BUILD_UI=OFF
    cmake --build --preset asan --parallel "$jobs"
    ctest --preset asan --parallel "$jobs"
}

stage_tsan() {
    cmake --preset tsan
    cmake --build --preset tsan --parallel "$jobs" --target lathe_engine_tests
    ctest --test-dir build/tsan --label-regex engine --parallel "$jobs" --output-on-failure --timeout 900

}

stage_fuzz() {
    bash tests/fuzz/run-fuzzers.sh "${LATHE_FUZZ_SECONDS:-30}"
}

for stage in $stages; do
    timed "$stage" "stage_$stage"
done
if command -v ccache >/dev/null; then ccache --show-stats | head -n 5; fi
