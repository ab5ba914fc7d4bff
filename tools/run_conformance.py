#!/usr/bin/env python3
"""run_conformance.py - runs tests/py/*.py with coil and compares byte for byte with the CPython .exp records.

Usage: tools/run_conformance.py --coil "COMMAND" [--label NAME] [-j N] [--prune] [-v] [PATTERN ...]
  --coil     how to start coil, e.g. "build/native/tools/coil/coil" or
             "node --no-experimental-fetch build/web/tools/coil/coil.js"
  --label    name printed in the summary line (default: the command's first word)
  -j N       tests run in parallel (default 2)
  --prune    rewrite tests/py/known_failures.txt without the tests that now pass
  -v         print the whole diff of every failure (default: the first 30 lines)
Known failures: tests/py/known_failures.txt, one file name per line, '#' starts a comment.
Exit status 1 when a test outside that list fails or a record is missing.
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pytest_common as pc  # noqa: E402

KNOWN = os.path.join(pc.TEST_DIR, "known_failures.txt")


def read_known():
    known = {}
    if os.path.exists(KNOWN):
        for line in open(KNOWN, encoding="utf-8"):
            name = line.split("#", 1)[0].strip()
            if name:
                known[name] = line.rstrip("\n")
    return known


def show_diff(name, expected, actual, full):
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    diff = list(difflib.unified_diff(exp, act, "expected (CPython)", "actual (coil)"))
    if not full and len(diff) > 30:
        diff = diff[:30] + ["... (%d more diff lines; -v shows all)\n" % (len(diff) - 30)]
    sys.stdout.write("".join(d if d.endswith("\n") else d + "\n" for d in diff))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--coil", required=True)
    ap.add_argument("--label")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--prune", action="store_true")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("patterns", nargs="*")
    args = ap.parse_args()
    command = shlex.split(args.coil)
    command[0] = os.path.abspath(command[0]) if os.path.exists(command[0]) else command[0]
    command = [os.path.abspath(c) if c.endswith((".js", ".wasm")) and os.path.exists(c) else c for c in command]
    label = args.label or os.path.basename(command[0])
    names = pc.list_tests(args.patterns)
    known = read_known()
    start = time.time()

    def one(name):
        rec, timed_out = pc.run(command, name)
        path = os.path.join(pc.TEST_DIR, name + ".exp")
        exp = open(path, "rb").read() if os.path.exists(path) else None
        return name, rec, exp, timed_out

    passed, failed, known_failed, fixed, missing = [], [], [], [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for name, rec, exp, timed_out in pool.map(one, names):
            if exp is None:
                missing.append(name)
                print("NO RECORD %s (run tools/record_exp.py)" % name)
            elif rec == exp:
                (fixed if name in known else passed).append(name)
            elif name in known:
                known_failed.append(name)
            else:
                failed.append(name)
                print("FAIL %s%s" % (name, " (timed out)" if timed_out else ""))
                show_diff(name, exp, rec, args.v)
    for name in fixed:
        print("FIXED %s: passes now, remove it from tests/py/known_failures.txt (--prune)" % name)
    if args.prune and fixed:
        lines = open(KNOWN, encoding="utf-8").read().splitlines()
        keep = [l for l in lines if l.split("#", 1)[0].strip() not in fixed]
        with open(KNOWN, "w", encoding="utf-8") as f:
            f.write("\n".join(keep) + ("\n" if keep else ""))
        print("pruned %d entries from %s" % (len(fixed), KNOWN))
    print("conformance (%s): %d passed, %d failed, %d known failures, %d fixed, %d without record, %d tests in %.1f s"
          % (label, len(passed) + len(fixed), len(failed), len(known_failed), len(fixed), len(missing), len(names),
             time.time() - start))
    return 1 if (failed or missing) else 0


if __name__ == "__main__":
    sys.exit(main())
