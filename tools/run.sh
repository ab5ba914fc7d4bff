#!/bin/bash
# run.sh - builds Coil and runs it: serves the web app on http://127.0.0.1:8000/ (default) or starts the desktop app.
#
# Usage: tools/run.sh              set up, build the web app, serve build/web/site (Ctrl+C stops)
#        tools/run.sh --desktop    set up, build the desktop app, start it (extra arguments go to coil-app)
#   Environment: PORT (default 8000), COIL_JOBS, COIL_SKIP_SETUP, COIL_DEPS (see tools/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --desktop ]; then
  shift
  tools/build.sh native
  exec build/native/ui/coil-app "$@"
fi
[ $# -eq 0 ] || { echo "usage: tools/run.sh [--desktop [coil-app options]]" >&2; exit 2; }
tools/build.sh web
PORT=${PORT:-8000}
if python3 -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $PORT)) != 0)"; then
  echo "[run] port $PORT on 127.0.0.1 is already in use: stop what uses it, or choose another: PORT=8001 tools/run.sh" >&2
  exit 1
fi
echo "[run] Coil is served at http://127.0.0.1:$PORT/  (Ctrl+C stops the server)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory build/web/site
