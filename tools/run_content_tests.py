#!/usr/bin/env python3
"""run_content_tests.py - runs every course chapter with Coil (coil-cells) and compares each cell with its CPython recording.

Usage: tools/run_content_tests.py --coil-cells PATH-OR-COMMAND [--node] [--label NAME] [-j N] [--prune] [--add-failing] [-v]
                                  [--known FILE] [--timeout S] [CHAPTER.md ...]   (default: every chapter)
  --coil-cells   the coil-cells program (tools/cells), or a whole command ("node --no-experimental-fetch x.js")
  --node         run it with node (PATH is coil-cells.js of the web build)
  --prune        rewrite the known-failures file without the entries that pass now (or no longer exist)
  --add-failing  append today's new failures to the known-failures file (only when new chapters land)
  --known        the known-failures file (default content/known_failures.txt): lines 'CHAPTER ID', where
                 ID is a cell (SLIDE/N) or an exercise run (EXERCISE/solution, EXERCISE/starter); '#' comments
A section matches when Coil prints the recorded output byte for byte; a `vary` cell only has to run
without an uncaught exception. Exit status 1 on a failure that is not a known one, or an invalid chapter.
The jobs (a chapter's notebook, each exercise run) are the recorder's (tools/content_jobs.py), each in a
fresh coil-cells process and a fresh empty working directory.
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content_format as cf  # noqa: E402
import content_jobs as cj  # noqa: E402
import content_out  # noqa: E402

KNOWN = os.path.join(cf.REPO, "content", "known_failures.txt")


def read_known(path):
    known = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                words = line.split("#", 1)[0].split()
                if len(words) == 2:
                    known[(words[0], words[1])] = line
    return known


def job_bytes(job, timeout):
    data = bytearray()
    for c in job.cells:
        name, source = c.filename.encode(), c.source.encode("utf-8", "surrogateescape")
        stdin = c.stdin.encode("utf-8") if c.stdin is not None else None
        data += b"cell %g %d %d %d\n" % (timeout, len(name), -1 if stdin is None else len(stdin), len(source))
        data += name + (stdin or b"") + source
    return bytes(data)


def run_job(command, job, timeout):
    """Runs one job with coil-cells; returns [CellResult] (fewer than the cells if it died)."""
    with tempfile.TemporaryDirectory(prefix="coil-cells-") as tmp:
        work = os.path.join(tmp, "cwd")
        os.mkdir(work)
        job_path = os.path.join(tmp, "job")
        with open(job_path, "wb") as f:
            f.write(job_bytes(job, timeout))
        try:
            p = subprocess.run(command + [job_path], cwd=work, env=cj.run_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=len(job.cells) * (timeout + 10) + 30)
            out, err, died = p.stdout, p.stderr, p.returncode != 0
        except subprocess.TimeoutExpired as e:
            out, err, died = e.stdout or b"", b"coil-cells did not end", True
    results, pos = [], 0
    while pos < len(out):
        eol = out.find(b"\n", pos)
        words = out[pos:eol].split() if eol >= 0 else []
        if len(words) != 3 or words[0] != b"result":
            break
        size = int(words[2])
        text = out[eol + 1:eol + 1 + size].decode("utf-8", "surrogateescape")
        results.append(cj.CellResult(text, words[1].decode()))
        pos = eol + 1 + size
    if died and len(results) < len(job.cells):
        results.append(cj.CellResult("<coil-cells died: %s>\n" % err.decode("utf-8", "replace")[-500:].strip(), "crash"))
    return results


def show_diff(expected, actual, full):
    diff = list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "expected (CPython)",
                                     "actual (coil)"))
    if not full and len(diff) > 30:
        diff = diff[:30] + ["... (%d more diff lines; -v shows all)\n" % (len(diff) - 30)]
    sys.stdout.write("".join(d if d.endswith("\n") else d + "\n" for d in diff))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--coil-cells", required=True)
    ap.add_argument("--node", action="store_true")
    ap.add_argument("--label")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--prune", action="store_true")
    ap.add_argument("--add-failing", action="store_true")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--known", default=KNOWN)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("chapters", nargs="*")
    args = ap.parse_args()
    command = shlex.split(args.coil_cells)
    command = [os.path.abspath(c) if os.path.exists(c) else c for c in command]
    if args.node:
        command = ["node", "--no-experimental-fetch"] + command
    label = args.label or ("wasm" if args.node or command[-1].endswith(".js") else "native")
    known = read_known(args.known)
    start = time.time()
    chapters, errors = cf.load(args.chapters or None)
    for e in errors:
        print(e)
    invalid = {cf.display_path(c.path) for c in chapters if c.errors}
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j))
    planned = []
    for ch in chapters:
        if cf.display_path(ch.path) in invalid:
            continue
        jobs, sections = cj.jobs_and_sections(ch)
        futures = {job.name: pool.submit(run_job, command, job, args.timeout) for job in jobs}
        planned.append((ch, jobs, sections, futures))
    total = matched = known_failed = 0
    new_failures, fixed, seen = [], [], set()
    for ch, jobs, sections, futures in planned:
        with open(ch.out_path, "rb") as f:
            recorded, _ = content_out.parse(f.read().decode("utf-8", "surrogateescape"))
        outputs = cj.section_outputs(jobs, {name: fut.result() for name, fut in futures.items()})
        ok = kf = 0
        for s in sections:
            ident = s.name.split(" ", 1)[1]
            key = (ch.stem, ident)
            seen.add(key)
            actual, statuses = outputs[s.name]
            if s.vary:
                passed = not any(st in ("error", "timeout", "crash") for st in statuses)
            else:
                passed = actual == recorded[s.name].output and "crash" not in statuses
            if passed:
                ok += 1
                if key in known:
                    fixed.append(key)
            elif key in known:
                kf += 1
            else:
                new_failures.append(key)
                print("FAIL %s %s (%s:%d)%s" % (ch.stem, ident, cf.display_path(ch.path), s.line,
                                               "" if statuses == ["ok"] * len(statuses) else " [%s]" % ", ".join(statuses)))
                if s.vary:
                    print(actual, end="" if actual.endswith("\n") else "\n")
                else:
                    show_diff(recorded[s.name].output, actual, args.v)
        total += len(sections)
        matched += ok
        known_failed += kf
        print("%s: %d of %d cells match%s" % (ch.stem, ok, len(sections), ", %d known failures" % kf if kf else ""))
    pool.shutdown()
    stale = [k for k in known if k not in seen and (not args.chapters or any(c.stem == k[0] for c in chapters))]
    for key in fixed:
        print("FIXED %s %s: passes now, remove it from %s (--prune)" % (key[0], key[1], os.path.basename(args.known)))
    for key in stale:
        print("STALE %s %s: no such cell or exercise any more (--prune)" % key)
    if args.prune and (fixed or stale):
        drop = set(fixed) | set(stale)
        with open(args.known, encoding="utf-8") as f:
            lines = f.read().splitlines()
        keep = [l for l in lines if tuple(l.split("#", 1)[0].split()) not in drop]
        with open(args.known, "w", encoding="utf-8") as f:
            f.write("\n".join(keep) + ("\n" if keep else ""))
        print("pruned %d entries from %s" % (len(drop), args.known))
    if args.add_failing and new_failures:
        with open(args.known, "a", encoding="utf-8") as f:
            f.write("".join("%s %s\n" % key for key in new_failures))
        print("added %d entries to %s" % (len(new_failures), args.known))
    print("content (%s): %d of %d cells match in %d chapters, %d failed, %d known failures, %d fixed, "
          "%d invalid chapters, %.1f s" % (label, matched, total, len(chapters), len(new_failures), known_failed,
                                            len(fixed), len(invalid), time.time() - start))
    return 1 if (new_failures or invalid) else 0


if __name__ == "__main__":
    sys.exit(main())
