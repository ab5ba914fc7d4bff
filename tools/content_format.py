"""content_format.py - parses and validates course chapters (content/README.md) into slides, prose, cells, notes, exercises.

    chapter = parse_chapter("content/chapters/03-functions.md")   # never raises on bad content
    errors = validate(chapters)                                      # ["path:line: message", ...]

Parsing collects every problem it meets in chapter.errors (path, line, message) instead of stopping;
validate() adds the checks that need the recorded output (.out) or the other chapters (links).
"""
import dataclasses
import os
import re

import content_out

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CHAPTERS_DIR = os.path.join(REPO, "content", "chapters")

# kind -> the attributes it accepts. Attributes with a value are listed with "=".
KINDS = {
    "python": {"hidden", "stdin=", "vary=", "norun=", "starter", "check", "solution"},
    "python2": set(),
    "text": set(),
    "shell": set(),
}
EXERCISE_ROLES = ("starter", "check", "solution")
CHAPTER_NAME = re.compile(r"^(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
EXPLICIT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
FENCE = re.compile(r"^( *)(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
TITLE_ID = re.compile(r"^(.*?)[ \t]*\{#([^}]*)\}$")
BLOCK = re.compile(r"^:::(.*)$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(-+|=+)[ \t]*$")
NOT_A_PARAGRAPH = re.compile(r"^\s*([-*+|>#]|\d+[.)]|$)")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
CHAPTER_LINK = re.compile(r"^(\d\d-[a-z0-9-]+)\.md(?:#(.*))?$")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
INLINE_LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$")


@dataclasses.dataclass
class Cell:
    """A fenced code block: kind, attributes (name -> value, or None for a flag), source, where it starts."""
    kind: str
    attrs: dict
    source: str
    line: int             # the line of the opening fence (1-based)
    slide: str = ""       # the slide's id
    number: int = 0       # N in <cell SLIDE/N>: the slide's code blocks counted from 1 (0 inside exercises)
    exercise: str = ""    # the exercise id, for starter/check/solution cells

    @property
    def name(self):
        return "%s/%d" % (self.slide, self.number)

    @property
    def role(self):
        return next((r for r in EXERCISE_ROLES if r in self.attrs), None)

    @property
    def runnable(self):
        """A chapter cell that the recorder runs (exercise cells run as parts of their exercise)."""
        return self.kind == "python" and "norun" not in self.attrs and not self.exercise and not self.role


@dataclasses.dataclass
class Exercise:
    id: str
    line: int
    prose: str = ""       # Markdown of everything but the starter/check/solution cells
    starter: Cell = None
    check: Cell = None
    solution: Cell = None


@dataclasses.dataclass
class Slide:
    id: str
    title: str
    line: int
    blocks: list = dataclasses.field(default_factory=list)  # str (prose Markdown) | Cell | Exercise, in order
    notes: str = None


@dataclasses.dataclass
class Chapter:
    path: str
    title: str = ""
    slides: list = dataclasses.field(default_factory=list)
    errors: list = dataclasses.field(default_factory=list)   # (line, message)
    links: list = dataclasses.field(default_factory=list)    # (line, target) of every non-external link

    @property
    def stem(self):
        return os.path.basename(self.path)[:-3] if self.path.endswith(".md") else os.path.basename(self.path)

    @property
    def out_path(self):
        return self.path[:-3] + ".out"

    def cells(self):
        return [b for s in self.slides for b in s.blocks if isinstance(b, Cell)]

    def exercises(self):
        return [b for s in self.slides for b in s.blocks if isinstance(b, Exercise)]

    def ids(self):
        return {s.id for s in self.slides} | {e.id for e in self.exercises()}

    def error(self, line, message):
        self.errors.append((line, message))


def display_path(path):
    """The path as error messages show it: relative to the repository when inside it."""
    full = os.path.abspath(path)
    rel = os.path.relpath(full, REPO)
    return rel if not rel.startswith("..") else path


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def parse_info(info):
    """'python {stdin="a\\n"} {hidden}' -> ("python", {"stdin": "a\\n", "hidden": None}, None) or (.., .., error)."""
    m = re.match(r"^([A-Za-z0-9_+.-]+)(.*)$", info)
    if not m:
        return None, {}, "cannot read the info string %r: expected a kind such as 'python'" % info
    kind, rest, attrs = m.group(1), m.group(2), {}
    i = 0
    while True:
        while i < len(rest) and rest[i] in " \t":
            i += 1
        if i == len(rest):
            return kind, attrs, None
        if rest[i] != "{":
            return kind, attrs, "unexpected %r in the info string (attributes go in {...})" % rest[i:]
        i += 1
        while True:
            while i < len(rest) and rest[i] in " \t":
                i += 1
            if i < len(rest) and rest[i] == "}":
                i += 1
                break
            n = re.match(r"[A-Za-z_][A-Za-z0-9_-]*", rest[i:])
            if not n:
                return kind, attrs, "cannot read the attributes %r" % rest
            name = n.group(0)
            i += len(name)
            value = None
            if rest[i:i + 2] == '="':
                i += 2
                value = []
                while True:
                    if i >= len(rest):
                        return kind, attrs, "unterminated value of attribute '%s'" % name
                    c = rest[i]
                    if c == '"':
                        i += 1
                        break
                    if c == "\\":
                        esc = rest[i + 1:i + 2]
                        if esc not in ("n", '"', "\\"):
                            return kind, attrs, "unknown escape '\\%s' in attribute '%s' (use \\n, \\\" or \\\\)" % (esc, name)
                        value.append({"n": "\n", '"': '"', "\\": "\\"}[esc])
                        i += 2
                        continue
                    value.append(c)
                    i += 1
                value = "".join(value)
            if name in attrs:
                return kind, attrs, "attribute '%s' given twice" % name
            attrs[name] = value
            if i < len(rest) and rest[i] not in " \t}":
                return kind, attrs, "cannot read the attributes %r" % rest


def check_cell(chapter, cell, where):
    """Kind and attribute rules of one cell; where is 'slide', 'exercise' or 'notes'."""
    if cell.kind not in KINDS:
        chapter.error(cell.line, "unknown cell kind '%s' (known: %s)" % (cell.kind, ", ".join(KINDS)))
        return
    allowed = KINDS[cell.kind]
    for name, value in cell.attrs.items():
        if name in allowed:
            if value is not None:
                chapter.error(cell.line, "attribute '%s' takes no value" % name)
        elif name + "=" in allowed:
            if value is None:
                chapter.error(cell.line, "attribute '%s' needs a value: {%s=\"...\"}" % (name, name))
            elif name in ("vary", "norun") and not value.strip():
                chapter.error(cell.line, "attribute '%s' needs the reason as its value" % name)
        else:
            chapter.error(cell.line, "unknown attribute '%s' for a %s cell" % (name, cell.kind))
    roles = [r for r in EXERCISE_ROLES if r in cell.attrs]
    others = [a for a in cell.attrs if a not in EXERCISE_ROLES]
    if roles and where != "exercise":
        chapter.error(cell.line, "'%s' cells belong inside a '::: exercise' block" % roles[0])
    elif len(roles) > 1:
        chapter.error(cell.line, "a cell is one of starter, check or solution, not %s" % " and ".join(roles))
    elif roles and others:
        chapter.error(cell.line, "a %s cell takes no other attributes (found '%s')" % (roles[0], others[0]))
    elif where == "exercise" and cell.kind == "python" and not roles and "norun" not in cell.attrs:
        chapter.error(cell.line, "a python cell inside an exercise must be its starter, check or solution")
    if "norun" in cell.attrs and len(cell.attrs) > 1:
        chapter.error(cell.line, "a norun cell takes no other attributes")
    if "hidden" in cell.attrs and "vary" in cell.attrs:
        chapter.error(cell.line, "a hidden cell cannot vary (nobody sees its output)")


def parse_chapter(path, text=None):
    """Parses one chapter file; problems are collected in the result's .errors."""
    ch = Chapter(path=path)
    if text is None:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            ch.error(1, "cannot read the chapter: %s" % e)
            return ch
    if not CHAPTER_NAME.match(os.path.basename(path)):
        ch.error(1, "a chapter file is named NN-slug.md (two digits, lower-case words joined by '-')")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    slide = None
    container = None         # None, or ("notes"|"exercise", line, Exercise or None)
    prose = []               # lines of the current prose block: (lineno, text)
    notes = []
    fence = None             # dict while inside a fenced block
    reported_preamble = False
    ids = {}                 # id -> line of its definition

    def flush_prose():
        while prose and not prose[-1][1].strip():
            prose.pop()
        while prose and not prose[0][1].strip():
            prose.pop(0)
        if prose and slide is not None:
            scan_links(ch, prose)
            target = container[2] if container and container[0] == "exercise" else None
            md = "\n".join(t for _, t in prose) + "\n"
            if target is not None:
                target.prose += ("\n" if target.prose else "") + md
            else:
                slide.blocks.append(md)
        prose.clear()

    def define_id(ident, line, what):
        if ident in ids:
            ch.error(line, "duplicate id '%s' (already used at line %d)" % (ident, ids[ident]))
        else:
            ids[ident] = line

    def close_fence(lineno):
        f = fence
        kind, attrs, problem = parse_info(f["info"]) if f["info"] else (None, {}, None)
        cell = Cell(kind=kind or "", attrs=attrs, source="".join(l + "\n" for l in f["lines"]), line=f["line"])
        where = container[0] if container else "slide"
        if not f["info"]:
            ch.error(f["line"], "a fence needs an info string saying what the block is (python, text, shell, ...)")
        elif problem:
            ch.error(f["line"], problem)
        else:
            check_cell(ch, cell, where)
        raw = [(f["line"], f["open"])] + [(f["line"] + 1 + i, l) for i, l in enumerate(f["lines"])]
        if lineno is not None:
            raw.append((lineno, f["close"]))
        if slide is None:
            return
        if where == "notes":
            notes.extend(raw)
            return
        if where == "exercise":
            ex = container[2]
            role = cell.role if cell.kind == "python" else None
            if role:
                cell.slide, cell.exercise = slide.id, ex.id
                if getattr(ex, role) is not None:
                    ch.error(f["line"], "exercise '%s' has a second %s cell (first at line %d)" %
                             (ex.id, role, getattr(ex, role).line))
                else:
                    setattr(ex, role, cell)
            else:
                prose.extend(raw)
            return
        flush_prose()
        slide.cell_count += 1
        cell.slide, cell.number = slide.id, slide.cell_count
        slide.blocks.append(cell)

    def close_container(lineno):
        nonlocal container
        kind, line, ex = container
        if kind == "notes":
            while notes and not notes[-1][1].strip():
                notes.pop()
            while notes and not notes[0][1].strip():
                notes.pop(0)
            scan_links(ch, notes)
            slide.notes = "\n".join(t for _, t in notes) + "\n" if notes else ""
            notes.clear()
        else:
            flush_prose()
            missing = [r for r in EXERCISE_ROLES if getattr(ex, r) is None]
            if missing:
                ch.error(line, "exercise '%s' has no %s cell" % (ex.id, " and no ".join(missing)))
        container = None

    def start_slide(lineno, rest):
        nonlocal slide
        m = TITLE_ID.match(rest)
        title, ident = (m.group(1), m.group(2).strip()) if m else (rest, None)
        if ident is not None and not EXPLICIT_ID.match(ident):
            ch.error(lineno, "slide id '%s': use lower-case letters, digits, '-' and '_'" % ident)
        if ident is None:
            ident = slug(title)
            if not ident:
                ch.error(lineno, "slide title %r gives an empty id: add {#id}" % title)
        if not title.strip():
            ch.error(lineno, "a slide needs a title")
        define_id(ident, lineno, "slide")
        slide = Slide(id=ident, title=title.strip(), line=lineno)
        slide.cell_count = 0
        ch.slides.append(slide)

    for lineno, line in enumerate(lines, 1):
        if fence is not None:
            s = line.lstrip(" ")
            if s.startswith(fence["chars"][0] * len(fence["chars"])) and not s.rstrip().strip(fence["chars"][0]) \
                    and len(line) - len(s) <= 3:
                fence["close"] = line
                close_fence(lineno)
                fence = None
            else:
                ind = fence["indent"]
                fence["lines"].append(line[min(ind, len(line) - len(line.lstrip(" "))):])
            continue
        m = FENCE.match(line)
        if m and not (m.group(2)[0] == "`" and "`" in m.group(3)):
            if m.group(1):
                ch.error(lineno, "a fence starts at the beginning of its line (cells cannot be indented or nested in lists)")
            if slide is None and not reported_preamble:
                ch.error(lineno, "text before the first slide (start a slide with '## Title')")
                reported_preamble = True
            fence = {"chars": m.group(2), "info": m.group(3).strip(), "line": lineno, "lines": [],
                     "indent": len(m.group(1)), "open": line, "close": ""}
            continue
        if lineno == 1:
            h = HEADING.match(line)
            if h and len(h.group(1)) == 1 and h.group(2):
                ch.title = h.group(2)
            else:
                ch.error(1, "the first line is the chapter title: '# Title'")
            continue
        b = BLOCK.match(line)
        if b:
            arg = b.group(1).strip()
            if not arg:
                if container is None:
                    ch.error(lineno, "':::' closes nothing (no open '::: notes' or '::: exercise')")
                else:
                    close_container(lineno)
                continue
            word, _, rest = arg.partition(" ")
            rest = rest.strip()
            if container is not None:
                ch.error(lineno, "'::: %s' inside '::: %s' (line %d): close that block with ':::' first" %
                         (word, container[0], container[1]))
                continue
            if slide is None:
                ch.error(lineno, "'::: %s' before the first slide" % word)
                continue
            if word == "notes":
                if rest:
                    ch.error(lineno, "'::: notes' takes nothing after it")
                if slide.notes is not None:
                    ch.error(lineno, "a second notes block on slide '%s' (at most one per slide)" % slide.id)
                flush_prose()
                container = ("notes", lineno, None)
            elif word == "exercise":
                im = re.match(r"^\{#([^}]*)\}$", rest)
                if not im:
                    ch.error(lineno, "an exercise needs an id: '::: exercise {#my-exercise}'")
                    ident = "exercise-line-%d" % lineno
                else:
                    ident = im.group(1).strip()
                    if not EXPLICIT_ID.match(ident):
                        ch.error(lineno, "exercise id '%s': use lower-case letters, digits, '-' and '_'" % ident)
                    define_id(ident, lineno, "exercise")
                flush_prose()
                ex = Exercise(id=ident, line=lineno)
                slide.blocks.append(ex)
                container = ("exercise", lineno, ex)
            else:
                ch.error(lineno, "unknown block '::: %s' (known: notes, exercise)" % word)
            continue
        h = HEADING.match(line)
        if h and len(h.group(1)) <= 2:
            if container is not None:
                ch.error(container[1], "'::: %s' is not closed (a heading follows at line %d)" % (container[0], lineno))
                close_container(lineno)
            if len(h.group(1)) == 1:
                ch.error(lineno, "a chapter has one level-1 heading, its title on the first line")
                continue
            flush_prose()
            start_slide(lineno, h.group(2) or "")
            continue
        if slide is None:
            if line.strip() and not reported_preamble:
                ch.error(lineno, "text before the first slide (start a slide with '## Title')")
                reported_preamble = True
            continue
        target = notes if container is not None and container[0] == "notes" else prose
        if SETEXT_UNDERLINE.match(line) and target and target[-1][0] == lineno - 1 and \
                not NOT_A_PARAGRAPH.match(target[-1][1]):
            ch.error(lineno, "'%s' under a line of text makes it a heading in Markdown: put a blank line before it, "
                     "or write the heading with '#'" % line.strip())
        target.append((lineno, line))
    if fence is not None:
        ch.error(fence["line"], "the fence opened here is never closed")
        close_fence(None)
    if container is not None:
        ch.error(container[1], "'::: %s' is not closed" % container[0])
        close_container(None)
    flush_prose()
    if not lines:
        ch.error(1, "the chapter is empty (the first line is its title: '# Title')")
    for s in ch.slides:
        del s.cell_count
    return ch


def scan_links(chapter, numbered_lines):
    """Records the chapter-internal link targets of prose lines in chapter.links (checked by validate)."""
    in_code = False
    for lineno, text in numbered_lines:
        if text.startswith("```") or text.startswith("~~~"):
            in_code = not in_code
            continue
        if in_code:
            continue
        plain = CODE_SPAN.sub("", text)
        targets = [(m.group(1), m.group(2)) for m in INLINE_LINK.finditer(plain)]
        r = REFERENCE_DEF.match(plain)
        if r:
            targets.append(("", r.group(1)))
        for bang, target in targets:
            if bang:
                chapter.error(lineno, "images are not supported: the app has none (use a table or a text diagram)")
            elif target and not SCHEME.match(target):
                chapter.links.append((lineno, target))


def check_links(chapter, find_chapter):
    """find_chapter(stem) -> Chapter or None."""
    for lineno, target in chapter.links:
        if target.startswith("#"):
            if target[1:] not in chapter.ids():
                chapter.error(lineno, "link '%s': no slide or exercise with id '%s' in this chapter" % (target, target[1:]))
            continue
        m = CHAPTER_LINK.match(target)
        if not m:
            chapter.error(lineno, "link '%s' does not resolve: internal links are '#id' or 'NN-slug.md#id'" % target)
            continue
        other = chapter if m.group(1) == chapter.stem else find_chapter(m.group(1))
        if other is None:
            chapter.error(lineno, "link '%s': there is no chapter %s.md" % (target, m.group(1)))
        elif m.group(2) is not None and m.group(2) not in other.ids():
            chapter.error(lineno, "link '%s': no slide or exercise with id '%s' in %s.md" % (target, m.group(2), m.group(1)))


def expected_sections(chapter):
    """The .out sections the chapter needs, in document order: (name, hash, line, Cell or Exercise, variant)."""
    result = []
    for s in chapter.slides:
        for b in s.blocks:
            if isinstance(b, Cell) and b.runnable:
                result.append(("cell " + b.name, content_out.cell_hash(b.source, b.attrs.get("stdin")), b.line, b, None))
            elif isinstance(b, Exercise) and b.starter and b.check and b.solution:
                for variant in ("solution", "starter"):
                    code = getattr(b, variant).source
                    result.append(("exercise %s/%s" % (b.id, variant), content_out.exercise_hash(code, b.check.source),
                                   b.line, b, variant))
    return result


def check_recording(chapter, out_text=None):
    """Compares the chapter with its recorded output: every section present, current, nothing extra; the exercise rule."""
    rerecord = "run tools/record_content.py %s" % display_path(chapter.path)
    wanted = expected_sections(chapter)
    if out_text is None:
        if not os.path.exists(chapter.out_path):
            if wanted:
                chapter.error(wanted[0][2], "%s has no recorded output (%s is missing): %s" %
                              (wanted[0][0], os.path.basename(chapter.out_path), rerecord))
            return
        with open(chapter.out_path, "rb") as f:
            out_text = f.read().decode("utf-8", "surrogateescape")
    sections, problems = content_out.parse(out_text)
    for line, message in problems:
        chapter.errors.append((0, "%s:%d: %s" % (display_path(chapter.out_path), line, message)))
    names = set()
    for name, digest, line, block, variant in wanted:
        names.add(name)
        rec = sections.get(name)
        if rec is None:
            chapter.error(line, "%s has no recorded output: %s" % (name, rerecord))
        elif rec.digest != digest:
            chapter.error(line, "the recorded output of %s is outdated (its code changed): %s" % (name, rerecord))
        elif variant:
            out_lines = rec.output.split("\n")
            ok = any(l.startswith("\u2714") for l in out_lines)
            bad = any(l.startswith("\u2718") for l in out_lines)
            if variant == "solution" and (bad or not ok):
                chapter.error(block.solution.line, "exercise '%s': the solution followed by the check must print at least "
                              "one line starting with \u2714 and none with \u2718" % block.id)
            if variant == "starter" and not bad:
                chapter.error(block.starter.line, "exercise '%s': the unchanged starter followed by the check must print "
                              "at least one line starting with \u2718" % block.id)
    for name, rec in sections.items():
        if name not in names:
            chapter.errors.append((0, "%s:%d: the recorded section '%s' belongs to no cell of the chapter: %s" %
                                   (display_path(chapter.out_path), rec.line, name, rerecord)))


def chapter_files(paths=None):
    """The chapter files to work on: the given ones, or every content/chapters/*.md in course order."""
    if paths:
        return list(paths)
    if not os.path.isdir(CHAPTERS_DIR):
        return []
    return [os.path.join(CHAPTERS_DIR, n) for n in sorted(os.listdir(CHAPTERS_DIR)) if n.endswith(".md")]


def load(paths=None, recordings=True):
    """Parses and validates chapters; returns (chapters, error lines 'path:line: message')."""
    chapters = [parse_chapter(p) for p in chapter_files(paths)]
    by_stem = {c.stem: c for c in chapters}
    numbers = {}
    for c in chapters:
        m = CHAPTER_NAME.match(os.path.basename(c.path))
        if m:
            if m.group(1) in numbers and os.path.dirname(os.path.abspath(numbers[m.group(1)].path)) == \
                    os.path.dirname(os.path.abspath(c.path)):
                c.error(1, "chapter number %s is also used by %s" % (m.group(1), os.path.basename(numbers[m.group(1)].path)))
            numbers.setdefault(m.group(1), c)

    def find_chapter(stem):
        if stem in by_stem:
            return by_stem[stem]
        for c in chapters:
            p = os.path.join(os.path.dirname(c.path), stem + ".md")
            if os.path.exists(p):
                by_stem[stem] = parse_chapter(p)
                return by_stem[stem]
        return None

    for c in chapters:
        check_links(c, find_chapter)
        if recordings and not c.errors:  # (a chapter with errors is not recorded: no noise about its recording)
            check_recording(c)
    errors = []
    for c in chapters:
        for line, message in sorted(c.errors, key=lambda e: e[0]):
            errors.append(message if line == 0 else "%s:%d: %s" % (display_path(c.path), line, message))
    return chapters, errors
