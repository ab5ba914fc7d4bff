#!/bin/sh
# build.sh - builds the astdump driver (front end + dump) into build/astdump/ (native, -O2).
# Usage: tools/astdump/build.sh [extra compiler flags, e.g. -fsanitize=address,undefined -g]
# CXX overrides the compiler (default g++); OUT overrides the output path.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CXX=${CXX:-g++}
OUT=${OUT:-$ROOT/build/astdump/astdump}
# The front end's own sources (listed, so other code added to core/compiler/ later is not pulled in).
FRONT_END="tokenizer utf8 unicode_db number_literal string_literal fstring py_repr parser_core parser_stmt
  parser_expr parser_targets parser_params parser_pattern parser_invalid parser_api ast_dump"
SRCS=""
for f in $FRONT_END; do SRCS="$SRCS $ROOT/core/compiler/$f.cpp"; done
mkdir -p "$(dirname "$OUT")"
$CXX -std=c++20 -O2 -fno-exceptions -Wall -Wextra "$@" \
  -I"$ROOT/core" -I"$ROOT/core/include" \
  $SRCS "$ROOT/tools/astdump/main.cpp" -o "$OUT"
echo "built $OUT"
