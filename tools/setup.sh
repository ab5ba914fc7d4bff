#!/bin/bash
# setup.sh - installs and caches everything Coil's builds and tests need (idempotent; fast when done).
#
# Usage: tools/setup.sh            (run by tools/build.sh, run.sh and test.sh; safe to run by hand)
#
# What it does, each step skipped when its result is already there:
#   1. Debian packages (emscripten, SDL2/GL/sqlite/catch2 -dev packages, chromium, Xvfb, ...):
#      `apt-get update` + `apt-get install` only when something is missing.
#   2. Debian source packages for the web build, unpacked and built OUTSIDE the source tree in
#      ${COIL_DEPS:-$HOME/.cache/coil-deps}:
#        src/libsdl2-*   -> sdl2-wasm/     SDL2 built for wasm with emcmake (static lib + CMake config)
#        src/imgui-*     -> imgui/         Dear ImGui (1.90.1 from trixie's deb-src, else bookworm's 1.86);
#                                          the one tree both the native and the web build compile
#        src/sqlite3-*   -> sqlite/        the SQLite amalgamation (sqlite3.c, sqlite3.h)
#        src/md4c-*      -> md4c/          md4c (Markdown parser) sources
#        npm/node_modules                  playwright-core for the browser test (tests/browser/package*.json)
#   deb-src is enabled for the configured bookworm suites. imgui's newer version comes from a
#   deb-src-only trixie entry in its own file, present only while fetching: no binary package ever
#   comes from trixie.
# Uses sudo for apt only when not run as root. Logs: $COIL_DEPS/logs/.
set -euo pipefail

COIL_DEPS=${COIL_DEPS:-$HOME/.cache/coil-deps}
RECIPE=1   # bump to force every cached build below to be redone
export NODE_PATH=/usr/share/nodejs   # Debian's acorn (emcc's JS optimiser) lives there; nodesource's node doesn't look
export DEBIAN_FRONTEND=noninteractive

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: run as root or install sudo (apt needs it)"
  SUDO=sudo
fi
[ -r /etc/debian_version ] || die "this script needs Debian 12 (bookworm): no /etc/debian_version"
case "$(cat /etc/debian_version)" in
  12*) ;;
  *) say "warning: made for Debian 12; this is Debian $(cat /etc/debian_version)" ;;
esac

mkdir -p "$COIL_DEPS"/{src,logs,stamps}
LOGS=$COIL_DEPS/logs

# retry N CMD...: apt downloads from the mirror are sometimes flaky.
retry() {
  local n=$1 i; shift
  for ((i = 1; i <= n; i++)); do
    "$@" && return 0
    [ "$i" -lt "$n" ] && { say "retrying ($i/$n failed): $*"; sleep $((i * 5)); }
  done
  return 1
}
# run LOG CMD...: run a command with its output in a log file; on failure show the tail and stop.
run() {
  local log=$LOGS/$1; shift
  if ! "$@" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "failed: $* (full log: $log)"
  fi
}

# ---------------------------------------------------------------- 1. Debian packages
PACKAGES=(
  build-essential cmake make pkg-config git ca-certificates python3 curl
  emscripten                                   # em++/emcmake 3.1.6 with a prebuilt sysroot
  libsdl2-dev libgl-dev libsqlite3-dev catch2  # native builds and unit tests
  dpkg-dev tcl                                 # apt-get source (dpkg-source) and SQLite's amalgamation
  fonts-dejavu-core                            # fonts for the app (Debian font packages)
  xvfb xauth x11-apps imagemagick libgl1-mesa-dri   # desktop smoke test: Xvfb + Mesa llvmpipe + screenshots
  chromium                                     # browser smoke test (headless, WebGL2 via SwiftShader)
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

# Which source trees are still to be fetched (decides whether apt needs deb-src and an update).
have_src() { compgen -G "$COIL_DEPS/src/$1-*/" >/dev/null; }
need_src=()
[ -f "$COIL_DEPS/stamps/sdl2-wasm-$RECIPE" ] || have_src libsdl2 || need_src+=(libsdl2)
[ -f "$COIL_DEPS/stamps/sqlite-$RECIPE" ] || have_src sqlite3 || need_src+=(sqlite3)
have_src imgui || need_src+=(imgui)
have_src md4c || need_src+=(md4c)

TRIXIE_SRC=/etc/apt/sources.list.d/coil-trixie-src.sources
cleanup_trixie() { [ -f "$TRIXIE_SRC" ] && $SUDO rm -f "$TRIXIE_SRC"; return 0; }
trap cleanup_trixie EXIT

if [ ${#missing[@]} -gt 0 ] || [ ${#need_src[@]} -gt 0 ]; then
  if [ ${#need_src[@]} -gt 0 ]; then
    # deb-src for the configured suites (deb822 format on Debian 12; one-line format as a fallback).
    if [ -f /etc/apt/sources.list.d/debian.sources ] && grep -q '^Types: deb$' /etc/apt/sources.list.d/debian.sources; then
      say "enabling deb-src in /etc/apt/sources.list.d/debian.sources"
      $SUDO sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
    elif [ -f /etc/apt/sources.list ] && grep -q '^deb ' /etc/apt/sources.list && ! grep -q '^deb-src ' /etc/apt/sources.list; then
      say "enabling deb-src in /etc/apt/sources.list"
      $SUDO sed -i 'p; s/^deb /deb-src /' /etc/apt/sources.list
    fi
    if [[ " ${need_src[*]} " == *" imgui "* ]]; then
      printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
        $SUDO tee "$TRIXIE_SRC" >/dev/null
    fi
  fi
  say "apt-get update (missing packages: ${missing[*]:-none}; sources to fetch: ${need_src[*]:-none})"
  retry 3 $SUDO apt-get update -q >"$LOGS/apt-update.log" 2>&1 || { tail -n 20 "$LOGS/apt-update.log" >&2; die "apt-get update failed (log: $LOGS/apt-update.log)"; }
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  retry 3 $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >"$LOGS/apt-install.log" 2>&1 ||
    { tail -n 20 "$LOGS/apt-install.log" >&2; die "apt-get install failed (log: $LOGS/apt-install.log)"; }
fi
for tool in em++ emcmake cmake node npm chromium Xvfb dpkg-source tclsh; do
  command -v "$tool" >/dev/null || die "$tool not found after installing packages"
done

# ---------------------------------------------------------------- 2. source packages
# fetch_source PKG SUITE-REGEX: apt-get source the newest version of PKG from the matching suites
# (by exact version, so that a deb-src entry of another suite never wins); tries older ones if a
# download fails (e.g. a security .dsc missing on the mirror).
fetch_source() {
  local pkg=$1 suites=$2 v
  local versions
  versions=$(apt-cache madison "$pkg" | awk -F'|' -v re="$suites" '$3 ~ /Sources/ && $3 ~ re { gsub(/ /, "", $2); print $2 }')
  [ -n "$versions" ] || { say "no source of $pkg in suites /$suites/"; return 1; }
  for v in $versions; do
    say "apt-get source $pkg=$v"
    if (cd "$COIL_DEPS/src" && retry 3 apt-get source -q "$pkg=$v" >"$LOGS/source-$pkg.log" 2>&1); then
      return 0
    fi
    # The mirror sometimes lacks a .debian.tar.xz (seen: md4c 0.4.8-1) while the upstream tarball is
    # there: then unpack the upstream (.orig) tarball alone, without Debian's patches.
    local up orig
    up=${v#*:}; up=${up%-*}
    orig=$(compgen -G "$COIL_DEPS/src/${pkg}_${up}.orig.tar.*" | head -n 1 || true)
    if [ -n "$orig" ]; then
      say "Debian's part of $pkg=$v is missing on the mirror: unpacking the upstream tarball $(basename "$orig")"
      local tmp; tmp=$(mktemp -d "$COIL_DEPS/src/.unpack.XXXXXX")
      if tar -xf "$orig" -C "$tmp" && [ "$(ls "$tmp" | wc -l)" = 1 ]; then
        rm -rf "$COIL_DEPS/src/$pkg-$up" && mv "$tmp"/* "$COIL_DEPS/src/$pkg-$up" && rmdir "$tmp" && return 0
      fi
      rm -rf "$tmp"
    fi
  done
  return 1
}

for pkg in "${need_src[@]}"; do
  case $pkg in
    imgui)
      # 1.90.1 (trixie): newer, SDL2 backend renamed imgui_impl_sdl2, DeltaTime fix. Fallback: bookworm's 1.86.
      fetch_source imgui ' trixie/' || fetch_source imgui ' bookworm' || die "could not fetch imgui's source (log: $LOGS/source-imgui.log)"
      ;;
    *) fetch_source "$pkg" ' bookworm' || die "could not fetch $pkg's source (log: $LOGS/source-$pkg.log)" ;;
  esac
done
cleanup_trixie

srcdir() { compgen -G "$COIL_DEPS/src/$1-*/" | sort -V | tail -n 1 | sed 's:/$::'; }

# Dear ImGui: a stable path to the tree.
IMGUI_SRC=$(srcdir imgui)
[ -f "$IMGUI_SRC/imgui.cpp" ] || die "imgui source tree has no imgui.cpp: $IMGUI_SRC"
ln -sfn "$IMGUI_SRC" "$COIL_DEPS/imgui"

# md4c: a stable path to the tree.
MD4C_SRC=$(srcdir md4c)
[ -f "$MD4C_SRC/src/md4c.c" ] || die "md4c source tree has no src/md4c.c: $MD4C_SRC"
ln -sfn "$MD4C_SRC" "$COIL_DEPS/md4c"

# SQLite amalgamation (sqlite3.c + sqlite3.h), generated by SQLite's own build (needs tclsh), ~10 s.
if [ ! -f "$COIL_DEPS/stamps/sqlite-$RECIPE" ]; then
  SQLITE_SRC=$(srcdir sqlite3)
  say "generating the SQLite amalgamation from $(basename "$SQLITE_SRC")"
  rm -rf "$COIL_DEPS/build/sqlite" && mkdir -p "$COIL_DEPS/build/sqlite" "$COIL_DEPS/sqlite"
  (cd "$COIL_DEPS/build/sqlite" && run sqlite-configure.log "$SQLITE_SRC/configure" && run sqlite-make.log make sqlite3.c)
  cp "$COIL_DEPS/build/sqlite/sqlite3.c" "$COIL_DEPS/build/sqlite/sqlite3.h" "$COIL_DEPS/sqlite/"
  rm -rf "$COIL_DEPS/build/sqlite"
  touch "$COIL_DEPS/stamps/sqlite-$RECIPE"
fi

# SDL2 for wasm: Debian's SDL2 source (its emscripten backend) built with emcmake, static, ~2.5 min.
if [ ! -f "$COIL_DEPS/stamps/sdl2-wasm-$RECIPE" ]; then
  SDL_SRC=$(srcdir libsdl2)
  say "building SDL2 for wasm from $(basename "$SDL_SRC") (about 2-3 minutes)"
  B=$COIL_DEPS/build/sdl2-wasm
  rm -rf "$B" "$COIL_DEPS/sdl2-wasm" && mkdir -p "$B"
  run sdl2-configure.log emcmake cmake -S "$SDL_SRC" -B "$B" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$COIL_DEPS/sdl2-wasm" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_TESTS=OFF
  run sdl2-build.log cmake --build "$B" -j2
  run sdl2-install.log cmake --install "$B"
  [ -f "$COIL_DEPS/sdl2-wasm/lib/libSDL2.a" ] || die "SDL2 wasm build produced no libSDL2.a"
  rm -rf "$B"
  touch "$COIL_DEPS/stamps/sdl2-wasm-$RECIPE"
fi

# ---------------------------------------------------------------- 3. npm packages (browser test)
HERE=$(cd "$(dirname "$0")/.." && pwd)
LOCK=$HERE/tests/browser/package-lock.json
NPM_KEY=$(cat "$HERE/tests/browser/package.json" "$LOCK" | sha256sum | cut -c1-16)
if [ ! -f "$COIL_DEPS/stamps/npm-$NPM_KEY" ]; then
  say "installing the browser test's npm packages (pinned by tests/browser/package-lock.json)"
  rm -rf "$COIL_DEPS/npm" && mkdir -p "$COIL_DEPS/npm"
  cp "$HERE/tests/browser/package.json" "$LOCK" "$COIL_DEPS/npm/"
  (cd "$COIL_DEPS/npm" && retry 3 npm ci --no-audit --no-fund >"$LOGS/npm-ci.log" 2>&1) ||
    { tail -n 20 "$LOGS/npm-ci.log" >&2; die "npm ci failed (log: $LOGS/npm-ci.log)"; }
  rm -f "$COIL_DEPS"/stamps/npm-* && touch "$COIL_DEPS/stamps/npm-$NPM_KEY"
fi

say "ready: $COIL_DEPS (imgui $(basename "$IMGUI_SRC"), $(basename "$MD4C_SRC"), SDL2 for wasm, SQLite amalgamation, playwright-core)"
