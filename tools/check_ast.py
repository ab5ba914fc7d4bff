#!/usr/bin/env python3
"""check_ast.py - compares Coil's parser with CPython's: ast.dump (with positions) and SyntaxErrors.

For every .py file given (default: every /work/main/tests/py/*.py, every top-level .py file of
CPython's standard library, and tests/syntax/*.py), the output of the astdump driver
(tools/astdump, which prints coil::debug::dump_ast) is compared with
ast.dump(ast.parse(source), include_attributes=True) computed by the running python3 (3.11).
For sources CPython rejects, the error type, message, lineno, offset, end_lineno and end_offset
are compared (and, with --text, SyntaxError.text too).

Usage: tools/check_ast.py [--astdump PATH] [--no-attributes] [--text] [--show N] [-q] [FILE...]
Prints each mismatch and a summary line "check_ast: N files, M identical, K differ".
Exit status 0 when everything is identical.
"""
import argparse
import ast
import glob
import os
import subprocess
import sys
import tempfile
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11"


def default_files():
    files = sorted(glob.glob("/work/main/tests/py/*.py"))
    files += sorted(glob.glob(os.path.join(STDLIB, "*.py")))
    files += sorted(glob.glob(os.path.join(ROOT, "tests", "syntax", "*.py")))
    return files


def read_source(path):
    """The file's text as CPython would decode it (coding cookie / BOM), or None."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        encoding, _ = tokenize.detect_encoding(iter(data.splitlines(keepends=True)).__next__)
        text = data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def expected_dump(text, attributes, with_text):
    try:
        tree = ast.parse(text, filename="<unknown>")
    except SyntaxError as e:
        s = "%s: %s (<unknown>, line %s, offset %s, end %s:%s)" % (
            type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        if with_text:
            s += " text=" + repr(e.text)
        return s
    except (ValueError, MemoryError) as e:
        msg = str(e)
        if isinstance(e, ValueError) and "null bytes" in msg:
            return "SyntaxError: source code string cannot contain null bytes"
        return "%s: %s" % (type(e).__name__, msg)
    except RecursionError:
        return "RecursionError: maximum recursion depth exceeded during ast construction"
    try:
        return ast.dump(tree, include_attributes=attributes)
    except RecursionError:
        return "RecursionError: maximum recursion depth exceeded during ast construction"


def first_difference(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    lo = max(0, i - 120)
    return i, a[lo:i + 120], b[lo:i + 120]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--astdump", default=os.path.join(ROOT, "build", "astdump", "astdump"))
    ap.add_argument("--no-attributes", action="store_true")
    ap.add_argument("--text", action="store_true", help="also compare SyntaxError.text")
    ap.add_argument("--show", type=int, default=50, help="mismatches to print (default 50)")
    ap.add_argument("-q", "--quiet", action="store_true", help="only the summary line")
    args = ap.parse_args()

    files = args.files or default_files()
    if not os.path.exists(args.astdump):
        sys.exit("check_ast: %s not found; run tools/astdump/build.sh" % args.astdump)

    texts = []
    skipped = 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, path in enumerate(files):
            text = read_source(path)
            if text is None:
                skipped += 1
                continue
            # Coil parses UTF-8 text: hand it the decoded source.
            p = os.path.join(tmp, "%05d.py" % i)
            with open(p, "w", encoding="utf-8", errors="surrogatepass", newline="") as f:
                f.write(text)
            texts.append((path, text))
            paths.append(p)
        cmd = [args.astdump]
        if args.no_attributes:
            cmd.append("--no-attributes")
        if args.text:
            cmd.append("--error-text")
        outputs = []
        batch = 200
        for start in range(0, len(paths), batch):
            r = subprocess.run(cmd + paths[start:start + batch], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
            if r.returncode != 0:
                sys.exit("check_ast: astdump failed (%d): %s" % (r.returncode, r.stderr.decode()[:2000]))
            outputs += r.stdout.decode("utf-8", "replace").split("\n")[:-1]
    if len(outputs) != len(texts):
        sys.exit("check_ast: astdump printed %d lines for %d files" % (len(outputs), len(texts)))

    identical = 0
    differ = []
    for (path, text), got in zip(texts, outputs):
        want = expected_dump(text, not args.no_attributes, args.text)
        if got == want:
            identical += 1
        else:
            differ.append((path, want, got))
    if not args.quiet:
        for path, want, got in differ[:args.show]:
            i, w, g = first_difference(want, got)
            print("DIFF %s (at char %d)" % (path, i))
            print("  python: %s" % w)
            print("  coil:   %s" % g)
        if len(differ) > args.show:
            print("... and %d more" % (len(differ) - args.show))
    extra = " (%d undecodable skipped)" % skipped if skipped else ""
    print("check_ast: %d files, %d identical, %d differ%s" % (len(texts), identical, len(differ), extra))
    return 0 if not differ else 1


if __name__ == "__main__":
    sys.exit(main())
