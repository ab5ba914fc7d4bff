#!/bin/bash
# test.sh - sets up, builds everything and runs every test suite; prints each runner's summary and a verdict.
#
# Usage: tools/test.sh        (exit code 0 only when every suite passes)
# Suites: native ctest (Catch2 unit tests, Python conformance corpus, course cells and content tools), the same for the web build under
# node, the desktop smoke test (Xvfb) and the browser smoke test (headless Chromium).
# Full logs: build/test-logs/. Screenshots: build/screenshots/.
#   Environment: COIL_JOBS, COIL_SKIP_SETUP, COIL_DEPS (see tools/build.sh)
set -uo pipefail
cd "$(dirname "$0")/.."
T0=$SECONDS
LOGS=build/test-logs
mkdir -p "$LOGS"
results=()   # "name|PASS or FAIL|summary"
passed=0 failed=0
record() {  # record NAME STATUS SUMMARY
  results+=("$1|$2|$3")
  if [ "$2" = PASS ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
banner() { printf '\n=== %s\n' "$*"; }

banner "set-up and build"
if ! tools/setup.sh; then
  record set-up FAIL "tools/setup.sh failed"
else
  COIL_SKIP_SETUP=1 tools/build.sh native && native_ok=1 || { native_ok=0; record "native build" FAIL "see the errors above"; }
  COIL_SKIP_SETUP=1 tools/build.sh web && web_ok=1 || { web_ok=0; record "web build" FAIL "see the errors above"; }
fi
echo "[test] set-up and build took $((SECONDS - T0)) s"

# ctest of one build: shows each test's status line and its runner's own summary lines (Catch2,
# run_conformance.py), then ctest's summary. Full output in build/test-logs/ctest-NAME.log.
run_ctest() {
  local name=$1 log=$LOGS/ctest-$1.log rc t0=$SECONDS
  banner "ctest ($name build): unit tests + conformance + course cells"
  (cd "build/$name" && ctest -V --timeout 1800) >"$log" 2>&1
  rc=$?
  grep -E '^ *[0-9]+/[0-9]+ Test +#|^[0-9]+: (All tests passed|test cases:|assertions:|conformance \(|content \(|validate_content:|record_content )' "$log" | sed -E 's/^[0-9]+: /  /'
  grep -E 'tests passed, .* tests failed out of' "$log"
  if [ $rc -ne 0 ]; then
    grep -A 50 '^The following tests FAILED' "$log" | grep -v '^Errors while running CTest'
    echo "(full output: $log)"
  fi
  local summary
  summary=$(grep -E 'tests passed, .* tests failed out of' "$log" | tail -n 1)
  echo "[test] ctest ($name) took $((SECONDS - t0)) s"
  record "ctest $name" "$([ $rc -eq 0 ] && echo PASS || echo FAIL)" "${summary:-ctest did not run (rc $rc)}"
}
# A smoke test script: its output as is; its last "N passed, N failed" line is the summary.
run_smoke() {
  local name=$1 script=$2 log=$LOGS/$1.log rc t0=$SECONDS
  banner "$name smoke test"
  "$script" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  echo "[test] $name smoke test took $((SECONDS - t0)) s"
  record "$name" "$([ "$rc" -eq 0 ] && echo PASS || echo FAIL)" "$(grep -E 'passed, [0-9]+ failed' "$log" | tail -n 1)"
}

if [ "${native_ok:-0}" = 1 ]; then run_ctest native; fi
if [ "${web_ok:-0}" = 1 ]; then run_ctest web; fi
if [ "${native_ok:-0}" = 1 ]; then run_smoke desktop tests/desktop/smoke.sh; fi
if [ "${web_ok:-0}" = 1 ]; then run_smoke browser tests/browser/smoke.sh; fi

banner "summary"
for r in "${results[@]}"; do
  IFS='|' read -r name status summary <<<"$r"
  printf '  %-4s  %-14s %s\n' "$status" "$name" "$summary"
done
elapsed=$((SECONDS - T0))
if [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]; then
  echo "verdict: PASS ($passed suites, $((elapsed / 60)) min $((elapsed % 60)) s)"
else
  echo "verdict: FAIL ($failed of $((passed + failed)) suites failed, $((elapsed / 60)) min $((elapsed % 60)) s)"
fi
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
