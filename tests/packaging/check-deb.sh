#!/usr/bin/env bash
# Unpacks the built .deb into a scratch root and checks what a user would get: the
# binaries run from there, the desktop files sit where desktops look, the MIME type
# compiles, and Depends was computed from the binaries' libraries.
# Usage: check-deb.sh PACKAGE.deb VERSION SCRATCH_DIR "ICON SIZES"
set -euo pipefail

deb=$1 version=$2 scratch=$3 sizes=$4
app_id=org.lathe.Lathe
failures=0

# check WHAT COMMAND...: runs COMMAND and reports WHAT as passed or failed.
check() {
  local what=$1
  shift
  if "$@"; then
    echo "ok: $what"
  else
    echo "FAIL: $what"
    failures=$((failures + 1))
  fi
}
equals() { [ "$1" = "$2" ] || { echo "  got '$1', expected '$2'"; return 1; }; }
contains() { [[ "$1" == *"$2"* ]] || { echo "  '$2' not in: $1"; return 1; }; }

[ -f "$deb" ] || { echo "FAIL: no package at $deb"; exit 1; }
rm -rf "$scratch"
mkdir -p "$scratch"
root=$scratch/root
dpkg-deb -x "$deb" "$root"

# --- the control fields -----------------------------------------------------------
check "Package is lathe" equals "$(dpkg-deb -f "$deb" Package)" lathe
check "Version is $version-1" equals "$(dpkg-deb -f "$deb" Version)" "$version-1"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libqt6widgets6 libsndfile1 libportaudio2 libebur128-1 libsoxr0 \
               libmp3lame0 libfftw3-double3 libssl3 libqcustomplot2.1-qt6; do
  check "Depends names $library" contains "$depends" "$library"
done

# --- the files --------------------------------------------------------------------
expected=(
  usr/bin/lathe
  usr/bin/lathe-cli
  "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml"
  "usr/share/mime/packages/$app_id.xml"
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  usr/share/doc/lathe/copyright
)
for size in $sizes; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
  check "$file is there" test -s "$root/$file"
done
for binary in lathe lathe-cli; do
  check "usr/bin/$binary is executable" test -x "$root/usr/bin/$binary"
done

# Nothing else ships: no headers, static libraries or test binaries.
shipped=$(cd "$root" && find . -type f | sed 's|^\./||' | sort)
unexpected=$(grep -vxF -f <(printf '%s\n' "${expected[@]}") <<<"$shipped" || true)
check "no other files" equals "$unexpected" ""

# Each PNG is the size its folder claims (width and height from the IHDR chunk).
pngSize() {
  od -An -tu1 -j16 -N8 "$1" \
    | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }'
}
for size in $sizes; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  [ -f "$png" ] && check "icon is ${size}x${size} pixels" equals "$(pngSize "$png")" "${size}x${size}"
done

# --- the installed metadata holds together ----------------------------------------
# validate-tree also checks that the metainfo's launchable and icon resolve in the tree.
check "appstreamcli validate-tree" appstreamcli validate-tree --no-net "$root"
check "installed desktop file valid" \
  desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
mime=$scratch/mime
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/$app_id.xml" "$mime/packages/"
update-mime-database "$mime" >/dev/null 2>&1 || true
check "MIME type application/x-lathe-project compiles with its *.lathe glob" \
  grep -q 'pattern="\*.lathe"' "$mime/application/x-lathe-project.xml"

# --- the binaries run from the unpacked root, without a display ----------------------
for binary in lathe-cli lathe; do
  if out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/$binary" --version 2>&1); then
    check "$binary --version names the version" equals "$(head -n1 <<<"$out")" "lathe $version"
  else
    check "$binary --version exits 0 (printed: $out)" false
  fi
done

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all package checks passed"
