#!/usr/bin/env python3
"""record_content.py - records what CPython 3.11 prints for every runnable cell and exercise into content/chapters/NN-slug.out.

Usage: tools/record_content.py [--check] [--timeout S] [-j N] [CHAPTER.md ...]   (default: every chapter)
  --check     write nothing; record twice in memory and report sections that differ from the .out
              (stale) or between the two runs (unstable), plus the validator's errors (the exercise
              rule among them). Exit status 1 if anything is reported.
  --timeout   seconds a cell may run (default 30); a cell that times out is an error, nothing is written
  -j N        jobs run in parallel (default 2)
Chapters that fail validation (other than for their recording) are not recorded. Each job (the
chapter's notebook, each exercise variant) runs in a fresh python3 process in a fresh empty
temporary directory; see tools/content_kernel.py for the semantics of a cell.
"""
import argparse
import concurrent.futures
import json
import os
import select
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content_format as cf  # noqa: E402
import content_jobs as cj  # noqa: E402
import content_out  # noqa: E402

KERNEL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "content_kernel.py")


def run_job(job, timeout):
    """Runs one job in a fresh python3; returns [CellResult] (fewer than the cells if it died or timed out)."""
    results = []
    with tempfile.TemporaryDirectory(prefix="coil-record-") as tmp:
        work = os.path.join(tmp, "cwd")
        os.mkdir(work)
        job_path = os.path.join(tmp, "job.json")
        with open(job_path, "w", encoding="utf-8") as f:
            json.dump({"cells": [{"filename": c.filename, "source": c.source, "stdin": c.stdin} for c in job.cells]}, f)
        out_path = os.path.join(tmp, "output")
        read_fd, write_fd = os.pipe()
        with open(out_path, "wb") as out:
            proc = subprocess.Popen([sys.executable, "-u", "-X", "utf8", KERNEL, job_path, str(write_fd)],
                                    cwd=work, env=cj.run_env(), stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=subprocess.STDOUT, pass_fds=(write_fd,))
        os.close(write_fd)
        reports, pending, start = [], b"", 0
        deadline = time.monotonic() + timeout
        timed_out = False
        with os.fdopen(read_fd, "rb") as pipe:
            while len(reports) < len(job.cells):
                left = deadline - time.monotonic()
                if left <= 0:
                    timed_out = True
                    break
                ready, _, _ = select.select([pipe], [], [], left)
                if not ready:
                    continue
                chunk = os.read(pipe.fileno(), 65536)
                if not chunk:
                    break
                pending += chunk
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    reports.append(json.loads(line))
                    deadline = time.monotonic() + timeout
        if timed_out:
            proc.kill()
        proc.wait()
        with open(out_path, "rb") as f:
            data = f.read()
        for r in reports:
            results.append(cj.CellResult(data[start:r["end"]].decode("utf-8", "surrogateescape"), r["status"]))
            start = r["end"]
        if len(results) < len(job.cells):
            rest = data[start:].decode("utf-8", "surrogateescape")
            results.append(cj.CellResult(rest, "timeout" if timed_out else "crash"))
    return results


def record_chapter(chapter, timeout, pool):
    """-> (text of the .out, [problems]) for one valid chapter."""
    jobs, sections = cj.jobs_and_sections(chapter)
    futures = {job.name: pool.submit(run_job, job, timeout) for job in jobs}
    results = {name: f.result() for name, f in futures.items()}
    problems = []
    for job in jobs:
        for cell, res in zip(job.cells, results[job.name]):
            if res.status == "timeout":
                problems.append("%s: %s timed out after %g s" % (cf.display_path(chapter.path), cell.filename, timeout))
            elif res.status == "crash":
                problems.append("%s: python3 died while running %s (output: %r)" %
                                (cf.display_path(chapter.path), cell.filename, res.output[-300:]))
    outputs = cj.section_outputs(jobs, results)
    return cj.format_recording(sections, outputs), sections, outputs, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("chapters", nargs="*")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_content.py: the recorded outputs must come from CPython 3.11, this is %s" %
                 sys.version.split()[0])
    chapters, errors = cf.load(args.chapters or None, recordings=False)
    problems = list(errors)
    bad = {e.split(":", 1)[0] for e in errors}
    written = same = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for ch in chapters:
            name = cf.display_path(ch.path)
            if name in bad:
                print("not recorded (fix the errors first): %s" % name)
                continue
            text, sections, outputs, run_problems = record_chapter(ch, args.timeout, pool)
            problems += run_problems
            old = None
            if os.path.exists(ch.out_path):
                with open(ch.out_path, "rb") as f:
                    old = f.read().decode("utf-8", "surrogateescape")
            if args.check:
                again, _, outputs2, _ = record_chapter(ch, args.timeout, pool)
                for s in sections:
                    if not s.vary and outputs[s.name][0] != outputs2[s.name][0]:
                        problems.append("%s:%d: %s prints differently from run to run: make it deterministic "
                                        "(or mark it vary=\"reason\")" % (name, s.line, s.name))
                if old is None:
                    if sections:
                        problems.append("%s: no recording (%s is missing)" % (name, os.path.basename(ch.out_path)))
                else:
                    old_sections, _ = content_out.parse(old)
                    for s in sections:  # (a missing or outdated section is the validator's report)
                        o = old_sections.get(s.name)
                        if o is not None and o.digest == s.digest and not s.vary and o.output != outputs[s.name][0]:
                            problems.append("%s:%d: the recorded output of %s is stale (python3 prints something else "
                                            "now): run tools/record_content.py %s" % (name, s.line, s.name, name))
                continue
            if run_problems:
                print("not written (see the problems below): %s" % ch.out_path)
                continue
            if not sections and old is None:
                continue
            if text != old:
                with open(ch.out_path, "wb") as f:
                    f.write(text.encode("utf-8", "surrogateescape"))
                written += 1
                print("written: %s" % cf.display_path(ch.out_path))
            else:
                same += 1
    if not bad:
        # the validation of the recordings (present, current, the exercise rule), after writing them
        _, after = cf.load(args.chapters or None)
        problems += [e for e in after if e not in problems]
    for p in problems:
        print(p)
    if args.check:
        print("record_content --check: %d chapters, %d problems" % (len(chapters), len(problems)))
    else:
        print("record_content: %d chapters, %d written, %d unchanged, %d problems" %
              (len(chapters), written, same, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
