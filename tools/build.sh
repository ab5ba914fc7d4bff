#!/bin/bash
# build.sh - sets up dependencies (tools/setup.sh) and builds Coil: native (build/native) and/or web (build/web).
#
# Usage: tools/build.sh [native|web|all]     (default: all)
#   Environment: COIL_JOBS (default 2) parallel compile jobs; COIL_SKIP_SETUP=1 skips tools/setup.sh;
#                COIL_DEPS (default ~/.cache/coil-deps) the dependency cache.
# Outputs: build/native/{ui/coil-app,tools/coil/coil,tests/coil-tests}
#          build/web/site/ (index.html, coil-app.js, coil-app.wasm), build/web/tools/coil/coil.js (node)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case $what in native | web | all) ;; *) echo "usage: tools/build.sh [native|web|all]" >&2; exit 2 ;; esac
[ "${COIL_SKIP_SETUP:-0}" = 1 ] || tools/setup.sh
export NODE_PATH=/usr/share/nodejs  # emcc's JS optimiser needs Debian's acorn

build() {
  local preset=$1 t0=$SECONDS
  echo "[build] $preset: configuring and building (-j${COIL_JOBS:-2})"
  cmake --preset "$preset" >"build/.configure-$preset.log" 2>&1 || { cat "build/.configure-$preset.log"; echo "[build] $preset: configure failed" >&2; return 1; }
  # Progress lines are dropped; warnings, errors and "Built target" lines stay.
  if ! cmake --build --preset "$preset" -j "${COIL_JOBS:-2}" 2>&1 |
    { grep -vE '^\[ *[0-9]+%\] (Building|Linking)|^Consolidate compiler generated dependencies' || true; }; then
    echo "[build] $preset: build failed" >&2
    return 1
  fi
  echo "[build] $preset: done in $((SECONDS - t0)) s"
}
mkdir -p build
if [ "$what" = native ] || [ "$what" = all ]; then build native; fi
if [ "$what" = web ] || [ "$what" = all ]; then build web; fi
