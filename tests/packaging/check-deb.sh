#!/usr/bin/env bash
# Unpacks the built .deb into a scratch root and checks what a user would get: the
# binaries run from there, the desktop files sit where desktops look, the MIME type
# compiles, and Depends was computed from the binaries' libraries.
# Usage: check-deb.sh PACKAGE.deb VERSION SCRATCH_DIR "ICON SIZES"
set -euo pipefail

deb=$1 version=$2 scratch=$3 sizes=$4
app_id=org.lathe.Lathe
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

[ -f "$deb" ] || { echo "FAIL: no package at $deb"; exit 1; }
rm -rf "$scratch"
mkdir -p "$scratch"
root=$scratch/root
dpkg-deb -x "$deb" "$root"

# --- the control fields -----------------------------------------------------------
[ "$(dpkg-deb -f "$deb" Package)" = lathe ] && pass "Package: lathe" || fail "Package field"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] && pass "Version: $version-1" \
  || fail "Version is '$(dpkg-deb -f "$deb" Version)', expected $version-1"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libqt6widgets6 libsndfile1 libportaudio2 libebur128-1 libsoxr0 \
               libmp3lame0 libfftw3-double3 libssl3 libqcustomplot2.1-qt6; do
  [[ "$depends" == *"$library"* ]] && pass "Depends names $library" \
    || fail "Depends lacks $library: $depends"
done

# --- the files --------------------------------------------------------------------
expected=(
  usr/bin/lathe
  usr/bin/lathe-cli
  usr/share/applications/$app_id.desktop
  usr/share/metainfo/$app_id.metainfo.xml
  usr/share/mime/packages/$app_id.xml
  usr/share/icons/hicolor/scalable/apps/$app_id.svg
  usr/share/doc/lathe/copyright
)
for size in $sizes; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
  [ -s "$root/$file" ] && pass "$file" || fail "missing or empty: $file"
done
for binary in lathe lathe-cli; do
  [ -x "$root/usr/bin/$binary" ] || fail "usr/bin/$binary is not executable"
done

# Nothing else ships: no headers, static libraries or test binaries.
unexpected=$(cd "$root" && find . -type f | sed 's|^\./||' | sort \
  | grep -vxF -f <(printf '%s\n' "${expected[@]}") || true)
[ -z "$unexpected" ] && pass "no other files" || fail "unexpected files: $unexpected"

# Each PNG is the size its folder claims (width and height from the IHDR chunk).
pngSize() { od -An -tu1 -j16 -N8 "$1" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }'; }
for size in $sizes; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  [ -f "$png" ] || continue
  actual=$(pngSize "$png")
  [ "$actual" = "${size}x${size}" ] && pass "icon ${size}x${size}" \
    || fail "icon in ${size}x${size} is $actual"
done

# --- the installed metadata holds together ----------------------------------------
# validate-tree also checks that the metainfo's launchable and icon resolve in the tree.
if appstreamcli validate-tree --no-net "$root" >"$scratch/validate-tree.log" 2>&1; then
  pass "appstreamcli validate-tree"
else
  cat "$scratch/validate-tree.log"; fail "appstreamcli validate-tree"
fi
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" \
  && pass "installed desktop file valid" || fail "installed desktop file invalid"
mime=$scratch/mime
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/$app_id.xml" "$mime/packages/"
update-mime-database "$mime" >/dev/null 2>"$scratch/mime.log" || true
if grep -q 'pattern="\*.lathe"' "$mime/application/x-lathe-project.xml" 2>/dev/null; then
  pass "MIME type application/x-lathe-project compiles with its *.lathe glob"
else
  cat "$scratch/mime.log"; fail "update-mime-database did not produce application/x-lathe-project"
fi

# --- the binaries run from the unpacked root, without a display ----------------------
for binary in lathe-cli lathe; do
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/$binary" --version 2>&1) \
    || { fail "$binary --version exited non-zero: $out"; continue; }
  first=$(head -n1 <<<"$out")
  [ "$first" = "lathe $version" ] && pass "$binary --version: $first" \
    || fail "$binary --version printed '$first', expected 'lathe $version'"
done

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all package checks passed"
