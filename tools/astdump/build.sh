#!/bin/sh
# build.sh - builds the astdump driver (front end + dump) into build/astdump/ (native, -O2).
# Usage: tools/astdump/build.sh [extra compiler flags, e.g. -fsanitize=address,undefined -g]
# CXX overrides the compiler (default g++); OUT overrides the output path.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CXX=${CXX:-g++}
OUT=${OUT:-$ROOT/build/astdump/astdump}
mkdir -p "$(dirname "$OUT")"
$CXX -std=c++20 -O2 -fno-exceptions -Wall -Wextra "$@" \
  -I"$ROOT/core" -I"$ROOT/core/include" \
  "$ROOT"/core/compiler/*.cpp "$ROOT/tools/astdump/main.cpp" -o "$OUT"
echo "built $OUT"
