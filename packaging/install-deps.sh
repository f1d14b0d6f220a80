#!/usr/bin/env bash
# Installs every Debian 12 package that Lathe needs to build, test and run.
# Idempotent: only packages that are missing are installed, and `apt-get update`
# runs once, only when something is missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang libclang-rt-14-dev
  # Qt 6 Widgets, tools and translations
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev
  # audio libraries
  portaudio19-dev libsndfile1-dev libfftw3-dev libebur128-dev libsoxr-dev
  libmp3lame-dev libmpg123-dev libtag1-dev
  # MD5 checksums of masters (libcrypto)
  libssl-dev
  # plotting
  libqcustomplot-dev libqcustomplot2.1-qt6
  # header-only libraries
  nlohmann-json3-dev libcli11-dev libreaderwriterqueue-dev libboost-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # running the GUI and audio without hardware, and independent checkers
  xvfb xauth x11-apps imagemagick jackd2 ffmpeg sox mpg123
  # packaging: icon rendering, the .deb (dpkg-shlibdeps) and the metadata checkers
  librsvg2-bin dpkg-dev desktop-file-utils appstream shared-mime-info
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
# jackd2 asks about real-time priority unless told not to.
echo "jackd2 jackd/tweak_rt_limits boolean false" | $SUDO debconf-set-selections
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
