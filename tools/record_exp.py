#!/usr/bin/env python3
"""record_exp.py - records CPython 3.11's output of tests/py/*.py into the committed .exp files.

Usage: tools/record_exp.py [--check] [PATTERN ...]
  PATTERN   only tests whose file name matches (glob or substring); default: all
  --check   do not write; report tests whose .exp is missing or differs (exit 1 if any)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pytest_common as pc  # noqa: E402


def main(argv):
    check = "--check" in argv
    patterns = [a for a in argv if not a.startswith("--")]
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_exp.py: expected outputs must come from CPython 3.11, this is %s" % sys.version.split()[0])
    python = [sys.executable]
    changed = 0
    names = pc.list_tests(patterns)
    for name in names:
        rec, timed_out = pc.run(python, name)
        if timed_out:
            print("TIMEOUT (not recorded): %s" % name)
            changed += 1
            continue
        path = os.path.join(pc.TEST_DIR, name + ".exp")
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old != rec:
            changed += 1
            print(("differs: " if old is not None else "new: ") + name)
            if not check:
                with open(path, "wb") as f:
                    f.write(rec)
    print("record_exp: %d tests, %d %s" % (len(names), changed, "differ" if check else "written"))
    return 1 if (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
