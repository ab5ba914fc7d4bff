#!/bin/bash
# smoke.sh - browser smoke test: serves the web build on 127.0.0.1 and runs smoke.js in headless Chromium.
#
# Usage: tests/browser/smoke.sh [SITE_DIR] [SCREENSHOT]
#   SITE_DIR    default build/web/site
#   SCREENSHOT  default build/screenshots/browser.png
# playwright-core comes from the deps cache (tools/setup.sh installs it there, pinned by package-lock.json).
# Prints "browser: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SITE=${1:-$ROOT/build/web/site}
PNG=${2:-$ROOT/build/screenshots/browser.png}
COIL_DEPS=${COIL_DEPS:-$HOME/.cache/coil-deps}
export NODE_PATH=$COIL_DEPS/npm/node_modules
mkdir -p "$(dirname "$PNG")"

fail() { echo "browser: $*"; echo "browser: 0 passed, 1 failed"; exit 1; }
[ -f "$SITE/index.html" ] || fail "no site at $SITE (build it: tools/build.sh web)"
[ -d "$NODE_PATH/playwright-core" ] || fail "playwright-core missing in $NODE_PATH (run tools/setup.sh)"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium missing (run tools/setup.sh)"

# A free port on the loopback interface, then the same static server that tools/run.sh uses.
LOG=$(mktemp)
for _ in 1 2 3; do
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE" >"$LOG" 2>&1 &
  SERVER=$!
  for _ in $(seq 50); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/index.html" && break
    kill -0 $SERVER 2>/dev/null || break
    sleep 0.1
  done
  kill -0 $SERVER 2>/dev/null && break
done
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -f "$LOG"' EXIT
curl -sf -o /dev/null "http://127.0.0.1:$PORT/index.html" || { cat "$LOG"; fail "the static server did not start"; }

echo "browser smoke test (http://127.0.0.1:$PORT/ in $(/usr/bin/chromium --version 2>/dev/null)):"
timeout 180 node "$ROOT/tests/browser/smoke.js" "http://127.0.0.1:$PORT/index.html" "$PNG"
rc=$?
[ $rc -eq 124 ] && echo "browser: timed out after 180 s" && echo "browser: 0 passed, 1 failed"
exit $rc
