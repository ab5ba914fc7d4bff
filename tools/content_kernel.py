"""content_kernel.py - the child process of record_content.py: runs one job's cells in CPython with the notebook semantics.

Usage (by record_content.py only): python3 -u content_kernel.py JOB.json REPORT_FD
The job is {"cells": [{"filename": "<cell objects/1>", "source": "...", "stdin": "..." or null}, ...]}.
stdout and stderr are the same file (2>&1, unbuffered), so the output is interleaved as written.
After each cell this writes one JSON line to REPORT_FD: {"end": <size of the output file>, "status": "ok"|"error"|"exit"}.

Semantics (content/README.md): one __main__ namespace for all cells; a cell whose last statement
is an expression displays it with sys.displayhook; code is compiled with the cell's file name,
registered in linecache so tracebacks show source lines; an uncaught exception is printed by
sys.excepthook without this file's frames; SystemExit ends the cell as it would end a program;
input() reads the cell's stdin lines (then EOF); the cell ends when the non-daemon threads it
started have finished.
"""
import ast
import builtins
import io
import json
import linecache
import os
import sys
import threading
import traceback
import types


def run_cell(ns, filename, source, stdin):
    """Runs one cell; returns "ok", "error" (uncaught exception) or "exit" (SystemExit)."""
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    sys.stdin = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
    try:
        try:
            tree = ast.parse(source, filename, "exec")
            codes = []
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                head = ast.Module(body=tree.body[:-1], type_ignores=[])
                codes.append(compile(head, filename, "exec", dont_inherit=True))
                codes.append(compile(ast.Interactive(body=[tree.body[-1]]), filename, "single", dont_inherit=True))
            else:
                codes.append(compile(tree, filename, "exec", dont_inherit=True))
        except SyntaxError as e:
            e.__traceback__ = None
            flush()
            print_uncaught(e)
            return "error"
        for code in codes:
            exec(code, ns)
        status = "ok"
    except SystemExit as e:
        code = e.code
        if code is not None and not isinstance(code, int):
            flush()
            sys.stderr.write(str(code) + "\n")
        status = "exit"
    except BaseException as e:
        e.__traceback__ = e.__traceback__.tb_next  # drop this function's frame
        flush()
        print_uncaught(e)
        status = "error"
    wait_for_threads()
    return status


def print_uncaught(e):
    """As the interpreter does at the top level: sys.excepthook, except that CPython's built-in hook
    (written in C) reads source lines from files only, so it is replaced by the traceback module,
    which also finds the cells' lines in linecache."""
    if sys.excepthook is sys.__excepthook__:
        traceback.print_exception(type(e), e, e.__traceback__)
    else:
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        except BaseException as hook_error:
            print("Error in sys.excepthook:", file=sys.stderr)
            traceback.print_exception(type(hook_error), hook_error, hook_error.__traceback__.tb_next)
            print("\nOriginal exception was:", file=sys.stderr)
            traceback.print_exception(type(e), e, e.__traceback__)


def wait_for_threads():
    """Joins the non-daemon threads that are still running (also those they start)."""
    main = threading.main_thread()
    while True:
        alive = [t for t in threading.enumerate() if t is not main and not t.daemon and t.is_alive()]
        if not alive:
            return
        for t in alive:
            try:
                t.join()
            except RuntimeError:
                pass


def flush():
    for s in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            s.flush()
        except Exception:
            pass


def main():
    job_path, report_fd = sys.argv[1], int(sys.argv[2])
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    report = os.fdopen(report_fd, "w", buffering=1)
    # The namespace is a fresh __main__ module (pickle and multiprocessing look classes up there).
    main_module = types.ModuleType("__main__")
    main_module.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main_module
    sys.argv = [""]
    sys.path[0] = ""
    for cell in job["cells"]:
        status = run_cell(main_module.__dict__, cell["filename"], cell["source"], cell.get("stdin"))
        flush()
        report.write(json.dumps({"end": os.fstat(1).st_size, "status": status}) + "\n")
    report.close()
    # Leave like a program: __main__'s objects die now, their __del__ may print (into the last section).
    os._exit(0)


if __name__ == "__main__":
    main()
