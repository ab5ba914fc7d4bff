#!/bin/sh
# build.sh - builds tools/unicode_driver natively: sh build.sh OUTDIR [extra compiler flags...]
# Runs tools/gen_unicode.py into OUTDIR/gen, then compiles the driver with the core's Unicode
# sources into OUTDIR/unicode_driver.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$1
shift
mkdir -p "$out/gen"
python3 "$root/tools/gen_unicode.py" "$out/gen"
${CXX:-g++} -std=c++20 -O2 -Wall -Wextra -fno-exceptions "$@" \
  -I"$root/core" -I"$out/gen" \
  "$here/main.cpp" "$root/core/objects/unicode.cpp" "$root/core/objects/unicode_names.cpp" \
  "$root/core/objects/unicode_normalize.cpp" -o "$out/unicode_driver"
echo "built $out/unicode_driver"
