"""pytest_common.py - shared rules of the conformance corpus: how a test runs and what its .exp holds.

A test is a top-level tests/py/*.py file (subdirectories hold helper modules and packages).
It runs with tests/py as the working directory, its file name as argv[0], no stdin, and a
10 s limit. Its record is stdout, followed - only when stderr is non-empty or the exit code
is not 0 - by "[stderr]\\n", stderr, and "[exit N]\\n". The absolute path of tests/py is
replaced by "<dir>" so records do not depend on where the checkout lives.
"""
import os
import subprocess

TEST_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "py"))
TIMEOUT = 10.0


def list_tests(patterns=None):
    names = sorted(n for n in os.listdir(TEST_DIR) if n.endswith(".py") and not n.startswith("_"))
    if patterns:
        import fnmatch
        names = [n for n in names if any(fnmatch.fnmatch(n, p) or p in n for p in patterns)]
    return names


def test_env():
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONUTF8="1",
               PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONINSPECT"):
        env.pop(k, None)
    return env


def record(stdout, stderr, code):
    """The comparable record of one run (bytes)."""
    out = stdout
    if stderr or code != 0:
        out += b"[stderr]\n" + stderr + b"[exit %d]\n" % code
    return out.replace(TEST_DIR.encode() + b"/", b"<dir>/").replace(TEST_DIR.encode(), b"<dir>")


def run(command, name, timeout=TIMEOUT):
    """Runs `command + [name]` in TEST_DIR; returns (record bytes, timed_out)."""
    try:
        p = subprocess.run(command + [name], cwd=TEST_DIR, env=test_env(), stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return record(e.stdout or b"", (e.stderr or b"") + b"<timed out>\n", -9), True
    return record(p.stdout, p.stderr, p.returncode), False
