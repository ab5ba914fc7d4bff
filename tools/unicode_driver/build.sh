#!/bin/sh
# build.sh - builds the unicode_driver for tools/unicode_diff_test.py: sh build.sh OUTDIR [flags...]
# Runs tools/gen_unicode.py into OUTDIR/gen (unless its tables are newer than the generator),
# then compiles the driver with the core's Unicode sources. With CXX=em++ it builds
# OUTDIR/unicode_driver.js for node (run it as "node OUTDIR/unicode_driver.js"), otherwise the
# native OUTDIR/unicode_driver. Extra flags go to the compiler (e.g. -DCOIL_UNICODE_NAMES=0).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$1
shift
mkdir -p "$out/gen"
if [ ! -f "$out/gen/unicode_names.inc" ] || [ "$root/tools/gen_unicode.py" -nt "$out/gen/unicode_names.inc" ]; then
  python3 "$root/tools/gen_unicode.py" "$out/gen"
fi
cxx=${CXX:-g++}
case "$cxx" in
  *em++*)
    target="$out/unicode_driver.js"
    set -- -Os -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sSINGLE_FILE=1 "$@" ;;
  *)
    target="$out/unicode_driver"
    set -- -O2 "$@" ;;
esac
$cxx -std=c++20 -Wall -Wextra -fno-exceptions "$@" \
  -I"$root/core" -I"$out/gen" \
  "$here/main.cpp" "$root/core/objects/unicode.cpp" "$root/core/objects/unicode_names.cpp" \
  "$root/core/objects/unicode_normalize.cpp" -o "$target"
echo "built $target"
