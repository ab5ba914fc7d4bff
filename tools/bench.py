#!/usr/bin/env python3
"""bench.py - times tests/bench/*.py under python3 and under coil, checks both print the same, prints the ratios.

Usage: tools/bench.py [--coil CMD | --wasm] [--python CMD] [-n REPEATS] [--list] [PATTERN ...]
  --coil CMD     how to start coil (default: build/native/tools/coil/coil)
  --wasm         shorthand for --coil "node --no-experimental-fetch build/web/tools/coil/coil.js"
                 (--node is the same option; node itself takes about 0.3 s to start per process)
  --python CMD   the reference interpreter (default: the python3 running this script, without any
                 pyenv-style shim in front, which would add its own start-up time)
  -n REPEATS     runs per interpreter and benchmark; the best wall time counts (default 3)
  --list         print the benchmarks and their first-line descriptions, then exit
  PATTERN        run only benchmarks whose name contains PATTERN (or matches it as a glob)
Ratio = coil time / python3 time, so below 1.0 means coil is faster. A benchmark whose output differs
from python3's (MISMATCH), that exits non-zero (ERROR) or runs over 300 s (TIMEOUT) gets no time.
The last line is the geometric mean over the benchmarks that matched. Exit status is 0 however slow;
2 only for usage errors.
"""
import argparse
import fnmatch
import glob
import math
import os
import shlex
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "tests", "bench")
TIMEOUT = 300  # seconds per run
NATIVE = os.path.join(ROOT, "build", "native", "tools", "coil", "coil")
WASM = "node --no-experimental-fetch " + shlex.quote(os.path.join(ROOT, "build", "web", "tools", "coil", "coil.js"))


def benchmarks(patterns):
    names = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(BENCH_DIR, "*.py")))
    if not patterns:
        return names
    return [n for n in names if any(p in n or fnmatch.fnmatch(n, p) for p in patterns)]


def describe(name):
    with open(os.path.join(BENCH_DIR, name + ".py"), encoding="utf-8") as f:
        return f.readline().lstrip("# ").rstrip().removeprefix(name + ": ")


def run(cmd, path):
    """Run `cmd path` once; return (wall seconds, exit status, stdout, stderr)."""
    start = time.perf_counter()
    try:
        p = subprocess.run(shlex.split(cmd) + [path], capture_output=True, timeout=TIMEOUT, cwd=BENCH_DIR)
    except subprocess.TimeoutExpired:
        return TIMEOUT, "timeout", b"", b"no exit after %d s" % TIMEOUT
    return time.perf_counter() - start, p.returncode, p.stdout, p.stderr


def first_difference(expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines()
    act = actual.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else "<no line>"
        a = act[i] if i < len(act) else "<no line>"
        if e != a:
            return "line %d\n      python3: %s\n      coil:    %s" % (i + 1, e, a)
    return "outputs differ"


def bench_one(name, python, coil, repeats):
    """Return (python3 best, coil best or None, status, detail)."""
    path = os.path.join(BENCH_DIR, name + ".py")
    py_times, coil_times = [], []
    py_out = None
    for _ in range(repeats):
        t, rc, out, err = run(python, path)
        if rc != 0:
            return None, None, "PYTHON ERROR", err.decode("utf-8", "replace").strip()
        py_times.append(t)
        py_out = out if py_out is None else py_out
        t, rc, out, err = run(coil, path)
        if rc != 0:
            lines = err.decode("utf-8", "replace").strip().splitlines() or ["(no message)"]
            status = "TIMEOUT" if rc == "timeout" else "ERROR"
            return min(py_times), None, status, "exit %s: %s" % (rc, lines[-1])
        if out != py_out:
            return min(py_times), None, "MISMATCH", first_difference(py_out, out)
        coil_times.append(t)
    return min(py_times), min(coil_times), "ok", ""


def startup(cmd, repeats):
    """Best wall time of an empty program (the fixed cost in every time), or None if cmd cannot run one."""
    runs = [run(cmd, os.devnull) for _ in range(repeats)]
    return None if any(r[1] != 0 for r in runs) else min(r[0] for r in runs)


def main():
    ap = argparse.ArgumentParser(usage=__doc__.split("Usage: ")[1].split("\n")[0],
                                 description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--coil", help="command that runs coil on a file")
    ap.add_argument("--wasm", "--node", action="store_true", help="use the WebAssembly build under node")
    ap.add_argument("--python", default=shlex.quote(sys.executable), help="reference interpreter")
    ap.add_argument("-n", type=int, default=3, dest="repeats", help="repeats, best time counts (default 3)")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    ap.add_argument("patterns", nargs="*", metavar="PATTERN")
    args = ap.parse_args()
    if args.coil is not None and args.wasm:
        ap.error("--coil and --wasm exclude each other")
    if args.repeats < 1:
        ap.error("-n must be at least 1")
    names = benchmarks(args.patterns)
    if not names:
        ap.error("no benchmark matches %s" % " ".join(args.patterns))
    if args.list:
        for name in names:
            print("%-20s %s" % (name, describe(name)))
        return 0
    coil = args.coil if args.coil is not None else WASM if args.wasm else shlex.quote(NATIVE)
    starts = []
    for cmd in (args.python, coil):
        words = shlex.split(cmd)
        starts.append(startup(cmd, args.repeats) if words and shutil.which(words[0]) else None)
        if starts[-1] is None:
            ap.error("%r cannot run an empty program" % cmd)

    print("python3: %s\ncoil:    %s" % (args.python, coil))
    print("startup (empty program): python3 %.3f s, coil %.3f s; included in every time below" % tuple(starts))
    print("%-20s %9s %9s %7s  %s" % ("benchmark", "python3 s", "coil s", "ratio", "status"))
    ratios = []
    for name in names:
        py, co, status, detail = bench_one(name, args.python, coil, args.repeats)
        ratio = co / py if py and co else None
        if ratio is not None:
            ratios.append(ratio)
        print("%-20s %9s %9s %7s  %s" % (name, "%.3f" % py if py else "-", "%.3f" % co if co else "-",
                                          "%.2f" % ratio if ratio else "-", status), flush=True)
        if detail:
            print("    " + detail.replace("\n", "\n    "))
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean of ratios: %.2f over %d of %d benchmarks" % (geo, len(ratios), len(names)))
    else:
        print("geometric mean of ratios: - (no benchmark matched python3's output)")
    print("command: python3 %s" % shlex.join(sys.argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
