#!/usr/bin/env python3
"""run_cli_tests.py - tests of the `coil` command line (options, sys.argv/sys.path, -m, stdin, the REPL, exit codes) against python3 records.

Usage:
  tools/run_cli_tests.py --coil "COMMAND" [--label NAME] [-j N] [-v] [PATTERN ...]
  tools/run_cli_tests.py --record [--python PYTHON] [PATTERN ...]      (re-records from CPython 3.11)
  tools/run_cli_tests.py --record-coil --coil "COMMAND" PATTERN ...     (records Coil-specific cases)

A case is tests/cli/NAME.json:
  {"args": [...],            command-line arguments after the interpreter
   "stdin": "text",          optional standard input (default: empty, not a terminal)
   "files": {"p/x.py": "..."},  optional files created in the case's fresh working directory
   "env": {"NAME": "value"},  optional environment additions
   "tty": [[WAIT, SEND], ...], optional: runs the interpreter on a pseudo-terminal (stdin, stdout and
                             stderr; TERM=dumb, HOME=the case's directory): for each step, waits until
                             the output since the previous step contains WAIT, then types SEND
                             ("\u0003" is Ctrl-C, "\u0004" Ctrl-D). The record is the terminal's
                             output with "\r\n" written "\n" (echoed input included); "stdin" is unused
   "expect": "coil",         optional: the record is Coil's own (its banner, -V, -h differ from
                             python3's by design), written with --record-coil and checked by hand
   "native_only": "why",     optional: not run for the web build (node), e.g. Ctrl-C while a
                             program runs (node cannot deliver SIGINT to a busy wasm program)
   "note": "..."}            optional: what the case shows
Its record is tests/cli/NAME.exp: stdout, then - when stderr is not empty or the exit status is
not 0 - "[stderr]\\n", stderr, "[exit N]\\n" (N < 0: killed by signal -N). The interpreter's path is
replaced by "<python>" and the working directory by "<cwd>", so records hold for any checkout.
The last word of the command is the interpreter's path (python3's, coil's, or coil.js under node).
Exit status 1 when a case fails or has no record; the summary line is "N passed, N failed".
Cases on a pseudo-terminal need Linux's pty module (the runner, not the interpreter).
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import select
import signal
import time
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CASE_DIR = os.path.join(ROOT, "tests", "cli")
TIMEOUT = 20.0


def list_cases(patterns):
    names = sorted(n[:-5] for n in os.listdir(CASE_DIR) if n.endswith(".json"))
    if patterns:
        import fnmatch
        names = [n for n in names if any(fnmatch.fnmatch(n, p) or p in n for p in patterns)]
    return names


def load_case(name):
    with open(os.path.join(CASE_DIR, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def case_env(case):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONUTF8="1", PYTHONDONTWRITEBYTECODE="1",
               LC_ALL="C.UTF-8")
    env.update(case.get("env", {}))
    return env


def record(stdout, stderr, code):
    out = stdout
    if stderr or code != 0:
        out += b"[stderr]\n" + stderr + b"[exit %d]\n" % code
    return out


def run_on_tty(command, case, work):
    """Runs `command` on a pseudo-terminal, typing the case's steps; returns (output, status, timed_out)."""
    import pty
    env = case_env(case)
    env.update(TERM="dumb", HOME=work)
    pid, fd = pty.fork()
    if pid == 0:  # the child: its stdin/stdout/stderr are the terminal
        try:
            os.chdir(work)
            os.execvpe(command[0], command + case["args"], env)
        finally:
            os._exit(127)
    out = bytearray()
    timed_out = False

    def read_until(wanted, start, deadline):
        # True once out[start:] contains `wanted`; False at end of output or when time is up
        while wanted is None or wanted not in out[start:]:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            ready, _, _ = select.select([fd], [], [], min(left, 0.2))
            if ready:
                try:
                    data = os.read(fd, 4096)
                except OSError:  # EIO: the child closed the terminal
                    return False
                if not data:
                    return False
                out.extend(data)
        return True

    deadline = time.monotonic() + TIMEOUT
    mark = 0  # where the output since the last keys typed starts
    for wait, send in case["tty"]:
        if not read_until(wait.encode(), mark, deadline):
            out.extend(b"<never saw %r>\n" % wait.encode())
            timed_out = time.monotonic() >= deadline
            break
        mark = len(out)
        os.write(fd, send.encode())
    read_until(None, len(out), deadline)  # the rest, to the end of output
    status = None
    while status is None and time.monotonic() < deadline + 1:
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(st)
        else:
            time.sleep(0.05)
    if status is None:
        timed_out = True
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        out.extend(b"<timed out>\n")
        status = -9
    os.close(fd)
    return bytes(out).replace(b"\r\n", b"\n"), status, timed_out


def run_on_pipes(command, case, work):
    """Runs `command` with the case's stdin; returns (record, timed_out)."""
    stdin = case.get("stdin")
    try:
        p = subprocess.run(command + case["args"], cwd=work, env=case_env(case),
                           input=stdin.encode() if stdin is not None else b"",
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
        return record(p.stdout, p.stderr, p.returncode), False
    except subprocess.TimeoutExpired as e:
        return record(e.stdout or b"", (e.stderr or b"") + b"<timed out>\n", -9), True


def run_case(command, case):
    """Runs one case with `command` in a fresh directory; returns (normalised record, timed_out)."""
    work = os.path.realpath(tempfile.mkdtemp(prefix="coil-cli-"))
    try:
        for rel, text in case.get("files", {}).items():
            path = os.path.join(work, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        if "tty" in case:
            output, status, timed_out = run_on_tty(command, case, work)
            rec = record(output, b"", status)
        else:
            rec, timed_out = run_on_pipes(command, case, work)
        interpreter = command[-1].encode()
        rec = rec.replace(interpreter, b"<python>").replace(work.encode(), b"<cwd>")
        return rec, timed_out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def resolve_command(text):
    command = shlex.split(text)
    command = [os.path.abspath(c) if os.path.exists(c) else c for c in command]
    return command


def python_command(python):
    exe = subprocess.run([python, "-c", "import sys; print(sys.executable)"], stdout=subprocess.PIPE,
                         check=True).stdout.decode().strip()
    version = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2])"], stdout=subprocess.PIPE,
                             check=True).stdout.decode().strip()
    if version != "(3, 11)":
        sys.exit("run_cli_tests.py: records come from CPython 3.11; %s is %s" % (exe, version))
    return [exe]


def show_diff(expected, actual, full):
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    diff = list(difflib.unified_diff(exp, act, "expected", "actual"))
    if not full and len(diff) > 40:
        diff = diff[:40] + ["... (%d more diff lines; -v shows all)\n" % (len(diff) - 40)]
    sys.stdout.write("".join(d if d.endswith("\n") else d + "\n" for d in diff))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--coil", help="how to start coil, e.g. build/tools/coil/coil or 'node build-web/tools/coil/coil.js'")
    ap.add_argument("--label")
    ap.add_argument("--record", action="store_true", help="write the .exp records of python3 cases from CPython")
    ap.add_argument("--record-coil", action="store_true", help="write the .exp records of 'expect: coil' cases")
    ap.add_argument("--python", default="python3")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("patterns", nargs="*")
    args = ap.parse_args()
    names = list_cases(args.patterns)
    cases = {n: load_case(n) for n in names}

    if args.record or args.record_coil:
        if args.record_coil and not args.coil:
            sys.exit("--record-coil needs --coil")
        command = resolve_command(args.coil) if args.record_coil else python_command(args.python)
        chosen = [n for n in names if (cases[n].get("expect") == "coil") == bool(args.record_coil)]
        for n in chosen:
            rec, timed_out = run_case(command, cases[n])
            with open(os.path.join(CASE_DIR, n + ".exp"), "wb") as f:
                f.write(rec)
            print("recorded %s%s" % (n, " (TIMED OUT)" if timed_out else ""))
        return 0

    if not args.coil:
        sys.exit("--coil is required (or --record)")
    command = resolve_command(args.coil)
    label = args.label or os.path.basename(command[-1])

    def one(name):
        rec, timed_out = run_case(command, cases[name])
        path = os.path.join(CASE_DIR, name + ".exp")
        exp = open(path, "rb").read() if os.path.exists(path) else None
        return name, rec, exp, timed_out

    passed, failed = [], []
    under_node = os.path.basename(command[0]).startswith("node")
    skipped = [n for n in names if under_node and "native_only" in cases[n]]
    names = [n for n in names if n not in skipped]
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for name, rec, exp, timed_out in pool.map(one, names):
            if exp is None:
                failed.append(name)
                print("NO RECORD %s (run tools/run_cli_tests.py --record)" % name)
            elif rec == exp:
                passed.append(name)
            else:
                failed.append(name)
                print("FAIL %s%s" % (name, " (timed out)" if timed_out else ""))
                show_diff(exp, rec, args.v)
    print("cli-%s: %d passed, %d failed%s" % (label, len(passed), len(failed),
                                              ", %d native only" % len(skipped) if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
