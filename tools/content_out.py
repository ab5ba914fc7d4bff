"""content_out.py - the recorded-output file NN-slug.out: its sections, their source hashes, reading and writing.

A section is a header line, then the output exactly as printed:

    === cell objects/1 #3fa9c2d1
    9
    === exercise timer/solution #0b8e47aa
    ✔ ...

The #hash is the first 8 hex digits of a SHA-256 of the code that produced the output (see cell_hash),
so the validator notices a cell edited since its recording. An output line that starts with '=== ' or
'\\' is written with a '\\' in front; an output that does not end with a newline is followed by the
line '\\ no newline at end'.
"""
import dataclasses
import hashlib
import re

HEADER = re.compile(r"^=== (cell|exercise) (\S+) #([0-9a-f]{8})$")
NO_NEWLINE = "\\ no newline at end"


@dataclasses.dataclass
class Section:
    name: str     # "cell objects/1" or "exercise timer/solution"
    digest: str
    output: str
    line: int     # of the header in the .out file


def _digest(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogateescape") + b"\0")
    return h.hexdigest()[:8]


def cell_hash(source, stdin=None):
    return _digest("cell", source, stdin if stdin is not None else "")


def exercise_hash(code, check):
    return _digest("exercise", code, check)


def format_section(name, digest, output):
    lines = output.split("\n")
    complete = output.endswith("\n") or output == ""
    if output.endswith("\n"):
        lines.pop()
    elif output == "":
        lines = []
    body = "".join(("\\" + l if l.startswith(("=== ", "\\")) else l) + "\n" for l in lines)
    if not complete:
        body += NO_NEWLINE + "\n"
    return "=== %s #%s\n%s" % (name, digest, body)


def format_file(sections):
    """sections: [(name, digest, output)] -> the file's text."""
    return "".join(format_section(*s) for s in sections)


def parse(text):
    """-> ({name: Section}, [(line, problem)])."""
    sections, problems = {}, []
    current = None
    body = []

    def finish():
        if current is None:
            return
        out = []
        for i, l in enumerate(body):
            if l == NO_NEWLINE and i == len(body) - 1:
                out = out[:-1] + [out[-1][:-1]] if out else out
                break
            out.append((l[1:] if l.startswith("\\") else l) + "\n")
        current.output = "".join(out)
        sections[current.name] = current

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    elif lines:
        problems.append((len(lines), "the file does not end with a newline (it is written by tools/record_content.py)"))
    for n, line in enumerate(lines, 1):
        m = HEADER.match(line)
        if m:
            finish()
            name = m.group(1) + " " + m.group(2)
            if name in sections:
                problems.append((n, "a second section '%s'" % name))
            current, body = Section(name=name, digest=m.group(3), output="", line=n), []
        elif line.startswith("==="):
            problems.append((n, "malformed section header %r" % line))
        elif current is None:
            problems.append((n, "text before the first section header"))
            return sections, problems
        else:
            body.append(line)
    finish()
    return sections, problems
