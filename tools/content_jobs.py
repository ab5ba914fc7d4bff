"""content_jobs.py - what runs for a chapter: jobs (a fresh interpreter each) of cells, and how their outputs form .out sections.

A chapter gives one notebook job (its runnable cells, in order, sharing a namespace) and two jobs per
exercise (solution + check, starter + check, each in a fresh namespace). Recorder (CPython) and
test runner (Coil) run the same jobs; each job runs in a fresh process and a fresh empty directory.
"""
import dataclasses
import os

import content_format as cf
import content_out


def run_env():
    """The environment both interpreters run cells in (fixed hash seed, UTF-8, UTC)."""
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONUTF8="1", PYTHONUNBUFFERED="1",
               PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8", TZ="UTC")
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONWARNINGS"):
        env.pop(k, None)
    return env


@dataclasses.dataclass
class JobCell:
    filename: str      # the code's file name: <cell objects/1>, <exercise timer/solution>, <exercise timer/check>
    source: str
    stdin: str         # None: no input (input() raises EOFError)
    section: str       # the .out section its output belongs to


@dataclasses.dataclass
class Job:
    name: str          # "notebook" or "exercise timer/solution"
    cells: list


@dataclasses.dataclass
class Section:
    name: str
    digest: str
    vary: bool         # the output may differ from run to run: only "no uncaught exception" is compared
    line: int          # where it starts in the chapter (for messages)


def jobs_and_sections(chapter):
    """-> (jobs, sections in document order)."""
    sections, notebook, exercise_jobs = [], [], []
    for name, digest, line, block, variant in cf.expected_sections(chapter):
        if variant is None:
            sections.append(Section(name, digest, "vary" in block.attrs, line))
            notebook.append(JobCell("<cell %s>" % block.name, block.source, block.attrs.get("stdin"), name))
        else:
            sections.append(Section(name, digest, False, line))
            code = getattr(block, variant)
            exercise_jobs.append(Job(name, [
                JobCell("<exercise %s/%s>" % (block.id, variant), code.source, None, name),
                JobCell("<exercise %s/check>" % block.id, block.check.source, None, name)]))
    jobs = ([Job("notebook", notebook)] if notebook else []) + exercise_jobs
    return jobs, sections


@dataclasses.dataclass
class CellResult:
    output: str
    status: str        # "ok", "error" (uncaught exception), "exit" (SystemExit), "timeout", "crash" (no result)


def section_outputs(jobs, results):
    """results: {job name: [CellResult per cell, possibly fewer]} -> {section: (output, [statuses])}."""
    out = {}
    for job in jobs:
        rs = results.get(job.name, [])
        for i, cell in enumerate(job.cells):
            text, statuses = out.get(cell.section, ("", []))
            if i < len(rs):
                out[cell.section] = (text + rs[i].output, statuses + [rs[i].status])
            else:
                out[cell.section] = (text, statuses + ["crash"])
    return out


def format_recording(sections, outputs):
    return content_out.format_file([(s.name, s.digest, outputs[s.name][0]) for s in sections])
