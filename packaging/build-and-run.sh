#!/usr/bin/env bash
# Quick-start command (1): installs what is missing, builds Release and opens the
# workstation on the built-in demo album.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release --parallel "$(nproc)" --target lathe lathe-cli
exec ./build/release/app/lathe --demo "$@"
