#!/bin/bash
# smoke.sh - desktop smoke test: coil-app under Xvfb (1280x800) runs a program; a screenshot must not be blank.
#
# Usage: tests/desktop/smoke.sh [APP] [SCREENSHOT]
#   APP         default build/native/ui/coil-app
#   SCREENSHOT  default build/screenshots/desktop.png
# Needs Xvfb, xwd and ImageMagick (tools/setup.sh installs them). GL comes from Mesa's llvmpipe.
# Prints "desktop: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP=${1:-$ROOT/build/native/ui/coil-app}
PNG=${2:-$ROOT/build/screenshots/desktop.png}
CONVERT=/usr/bin/convert   # ImageMagick's (an earlier convert in PATH may be something else)
mkdir -p "$(dirname "$PNG")"
WORK=$(mktemp -d)
passed=0 failed=0
check() {  # check NAME COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); echo "  ok    $1"; else failed=$((failed + 1)); echo "  FAIL  $1"; fi
}
finish() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap finish EXIT

[ -x "$APP" ] || { echo "desktop: no app at $APP (build it: tools/build.sh native)"; echo "desktop: 0 passed, 1 failed"; exit 1; }
for tool in Xvfb xwd "$CONVERT"; do
  command -v "$tool" >/dev/null || { echo "desktop: $tool missing (run tools/setup.sh)"; echo "desktop: 0 passed, 1 failed"; exit 1; }
done

# Xvfb picks a free display number itself and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
DISPLAY_NUM=$(cat "$WORK/display" 2>/dev/null)
if [ -z "$DISPLAY_NUM" ]; then
  cat "$WORK/xvfb.log"; echo "desktop: Xvfb did not start"; echo "desktop: 0 passed, 1 failed"; exit 1
fi
export DISPLAY=:$DISPLAY_NUM

# The program's source contains its expected output, so this holds for the core's echo stub as well
# as for the real interpreter.
printf 'print("hello from the desktop")\n' >"$WORK/hello.py"
"$APP" --load "$WORK/hello.py" --run --echo >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 300); do
  grep -q "coil-app: run " "$WORK/app.log" && grep -q "coil-app: ready" "$WORK/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.1
done
sleep 1  # a few more frames with the output on screen
xwd -root -silent | "$CONVERT" xwd:- "$PNG" 2>"$WORK/convert.log"

echo "desktop smoke test ($APP on $DISPLAY):"
sed 's/^/  app| /' "$WORK/app.log"
check "app started and drew its first frames" grep -q "coil-app: ready" "$WORK/app.log"
check "Run: the program finished and its output arrived" \
  bash -c "grep -q 'coil-app: run finished' '$WORK/app.log' && grep -q 'hello from the desktop' '$WORK/app.log'"
colours=$("$CONVERT" "$PNG" -format %k info: 2>/dev/null || echo 0)
size=$("$CONVERT" "$PNG" -format %wx%h info: 2>/dev/null || echo none)
echo "  screenshot $PNG: $size, $colours colours"
check "screenshot is 1280x800 and not blank (> 4 colours)" test "$size" = 1280x800 -a "$colours" -gt 4
check "app still running (no crash)" kill -0 "$APP_PID"
echo "desktop: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
