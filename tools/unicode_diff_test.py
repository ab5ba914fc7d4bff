#!/usr/bin/env python3
"""unicode_diff_test.py - compares Coil's Unicode database with python3's, code point by code point.

Usage: python3 tools/unicode_diff_test.py [--driver COMMAND] [--seed N]
Without --driver, builds tools/unicode_driver (tools/unicode_driver/build.sh) into a temporary
directory first; COMMAND may have arguments, e.g. "node build/unicode_driver.js" for the
WebAssembly build (tools/unicode_driver/build.sh with CXX=em++). Checks every property of every code point 0..0x10FFFF against unicodedata
and the one-character str methods, every name, lookups of every name and alias (and variants
that must fail), str.lower()/str.title() emulations (final sigma, Cased, Case_Ignorable) on
strings built around every code point, and NFC/NFD/NFKC/NFKD of every code point, of
NormalizationTest-like sequences and of random strings. Prints
"unicode_diff: N checks, M mismatches" and exits 1 on any mismatch.
"""

import argparse
import os
import random
import shlex
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MAXCP = 0x110000
SIGMA = "\u03a3"


class Tally:
    def __init__(self):
        self.checks = 0
        self.mismatches = 0

    def check(self, what, got, want):
        self.checks += 1
        if got != want:
            self.mismatches += 1
            if self.mismatches <= 40:
                print("MISMATCH %s: coil %r, python %r" % (what, got, want))


def run(driver, *args):
    out = subprocess.run(shlex.split(driver) + list(args), check=True,
                         stdout=subprocess.PIPE).stdout
    return out.decode("utf-8").split("\n")[:-1]


def hexs(s):
    return " ".join("%X" % ord(c) for c in s)


def write_lines(tmp, name, lines):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    return path


PREDICATES = ["isprintable", "isspace", "isalpha", "isdecimal", "isdigit", "isnumeric",
              "isalnum", "islower", "isupper", "istitle(Lt)", "iscased", "iscaseignorable",
              "isidstart", "isidcontinue", "islinebreak", "mirrored"]


def check_props(driver, t):
    lines = run(driver, "props")
    t.check("props line count", len(lines), MAXCP)
    for c, line in enumerate(lines):
        s = chr(c)
        f = line.split("\t")
        flags = f[0]
        want_flags = [s.isprintable(), s.isspace(), s.isalpha(), s.isdecimal(), s.isdigit(),
                      s.isnumeric(), s.isalnum(), s.islower(), s.isupper(),
                      unicodedata.category(s) == "Lt", None, None, s.isidentifier(),
                      ("a" + s).isidentifier(), len(("a" + s + "b").splitlines()) == 2,
                      bool(unicodedata.mirrored(s))]
        for i, want in enumerate(want_flags):
            if want is not None:   # Cased / Case_Ignorable are checked by behaviour below
                t.check("U+%04X %s" % (c, PREDICATES[i]), flags[i] == "1", want)
        # istitle of one character is "titlecase or uppercase"
        t.check("U+%04X istitle" % c, flags[9] == "1" or flags[8] == "1", s.istitle())
        t.check("U+%04X decimal" % c, int(f[1]), unicodedata.decimal(s, -1))
        t.check("U+%04X digit" % c, int(f[2]), unicodedata.digit(s, -1))
        t.check("U+%04X numeric" % c, float.fromhex(f[3]), float(unicodedata.numeric(s, -1)))
        for i, m in enumerate((s.lower(), s.upper(), s.title(), s.casefold())):
            t.check("U+%04X case map %d" % (c, i), f[4 + i], hexs(m))
        t.check("U+%04X category" % c, f[8], unicodedata.category(s))
        t.check("U+%04X bidirectional" % c, f[9], unicodedata.bidirectional(s))
        t.check("U+%04X combining" % c, int(f[10]), unicodedata.combining(s))
        t.check("U+%04X east_asian_width" % c, f[11], unicodedata.east_asian_width(s))
        t.check("U+%04X decomposition" % c, f[12], unicodedata.decomposition(s))
    del lines
    # Simple case mappings (re's IGNORECASE): the first code point of the full mapping.
    try:
        import _sre
        for c in range(MAXCP):
            t.check("U+%04X simple lower" % c, ord(chr(c).lower()[0]), _sre.unicode_tolower(c))
    except ImportError:
        pass


def check_case_context(driver, t, tmp, rng):
    """str.lower() (final sigma) and str.title() emulations around every code point."""
    lower_cases = []
    title_cases = []
    for c in range(MAXCP):
        s = chr(c)
        lower_cases += [s + SIGMA, "A" + s + SIGMA, "A" + SIGMA + s, "A" + SIGMA + s + "a"]
        title_cases += [s + "a", "a" + s + "a" + SIGMA]
    pool = "AaΣσς'\u0345\u00ad\u02b0\u0307 .\u1fbc\u0130İ\u00df\u2126x\U0001e900\u037a"
    for _ in range(5000):
        n = rng.randint(1, 8)
        text = "".join(rng.choice(pool) if rng.random() < 0.8 else chr(rng.randrange(0x3000))
                       for _ in range(n))
        lower_cases.append(text)
        title_cases.append(text)
    lines = run(driver, "lower", write_lines(tmp, "lower.txt", map(hexs, lower_cases)))
    t.check("lower line count", len(lines), 2 * len(lower_cases))
    for i, text in enumerate(lower_cases):
        want = hexs(text.lower())
        t.check("lower(%r) [code points]" % text, lines[2 * i], want)
        t.check("lower(%r) [utf-8]" % text, lines[2 * i + 1], want)
    lines = run(driver, "title", write_lines(tmp, "title.txt", map(hexs, title_cases)))
    t.check("title line count", len(lines), len(title_cases))
    for i, text in enumerate(title_cases):
        t.check("title(%r)" % text, lines[i], hexs(text.title()))


def aliases():
    out = []
    for i in range(0x1000):
        b = chr(0xF0000 + i).encode("ascii", "namereplace")
        if b.startswith(b"\\N{"):
            out.append(b[3:-1].decode("ascii"))
    return out


def expected_lookup(name):
    try:
        r = unicodedata.lookup(name)
    except KeyError:
        return -1
    return ord(r) if len(r) == 1 else -1   # named sequences are not supported


def check_names(driver, t, tmp, rng):
    lines = run(driver, "names")
    t.check("names line count", len(lines), MAXCP)
    queries = []
    for c, got in enumerate(lines):
        want = unicodedata.name(chr(c), "")
        t.check("name(U+%04X)" % c, got, want)
        if want:
            queries.append(want)
            if rng.random() < 0.1 or not want.startswith(("CJK UNIFIED", "HANGUL SYLLABLE")):
                queries.append(want.lower())
    for a in aliases():
        queries += [a, a.lower(), a.title()]
    # Variants that must fail (or succeed) exactly as in CPython.
    extra = ["", " ", "A", "LATIN SMALL LETTER", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A",
             "LATIN  SMALL LETTER A", "LATIN SMALL LETTER Ä", "latin small letter a",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00",
             "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00",
             "CJK UNIFIED IDEOGRAPH-004E00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-",
             "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-2A6DF",
             "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-3134B",
             "HANGUL SYLLABLE ", "HANGUL SYLLABLE GA", "HANGUL SYLLABLE ga", "hangul syllable GA",
             "HANGUL SYLLABLE A", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE GGAGG",
             "HANGUL SYLLABLE G", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE YI",
             "CJK COMPATIBILITY IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-f900",
             "CJK COMPATIBILITY IDEOGRAPH-0F900", "CJK COMPATIBILITY IDEOGRAPH-FA6E",
             "CJK COMPATIBILITY IDEOGRAPH-F8FF", "NUSHU CHARACTER-1B170", "NUSHU CHARACTER-1B16F",
             "KHITAN SMALL SCRIPT CHARACTER-18B00", "TANGUT IDEOGRAPH-17000",
             "KATAKANA LETTER AINU P", "BYTE ORDER MARK", "byte order mark", "LINE FEED", "LF",
             "NULL", "NUL", "SPACE", "SP", "ZWJ", "EXTRA-HIGH", "HYPHEN-MINUS", "HYPHEN MINUS",
             "WITH", "LATIN CAPITAL LETTER A WITH", "A" * 200, "LATIN SMALL LETTER A\tB"]
    queries += extra
    for i in range(3000):   # random word salads and truncations
        n = rng.choice(queries[:len(queries) - len(extra)])
        words = n.split(" ")
        r = rng.random()
        if r < 0.3 and len(words) > 1:
            words.pop(rng.randrange(len(words)))
        elif r < 0.6:
            words.insert(rng.randrange(len(words) + 1), rng.choice(words))
        elif r < 0.8:
            words = words[::-1]
        else:
            j = rng.randrange(len(n))
            n = n[:j] + n[j + 1:]
            words = n.split(" ")
        queries.append(" ".join(words))
    lines = run(driver, "lookup", write_lines(tmp, "lookup.txt", queries))
    t.check("lookup line count", len(lines), len(queries))
    for q, got in zip(queries, lines):
        want = expected_lookup(q)
        t.check("lookup(%r)" % q, int(got, 16) if got != "-1" else -1, want)


def norm_cases(rng):
    cases = [chr(c) for c in range(MAXCP)]
    marks = [c for c in range(MAXCP) if unicodedata.combining(chr(c))]
    decomposable = [c for c in range(MAXCP) if unicodedata.decomposition(chr(c))]
    jamo = list(range(0x1100, 0x1113)) + list(range(0x1160, 0x1176)) + [0x11A6, 0x11A7] + \
        list(range(0x11A8, 0x11C3)) + [0x11C3]
    syllables = [0xAC00, 0xAC01, 0xAC1C, 0xD7A3, 0xD788, 0xB098]
    # NormalizationTest-like: each decomposable character followed by marks in both orders,
    # and its full decomposition with marks shuffled.
    for c in decomposable:
        m1, m2 = rng.choice(marks), rng.choice(marks)
        cases.append(chr(c) + chr(m1) + chr(m2))
        cases.append(chr(c) + chr(m2) + chr(m1))
        d = list(unicodedata.normalize("NFD", chr(c)))
        rng.shuffle(d)
        cases.append("".join(d))
    for l in range(0x1100, 0x1113):
        for v in (0x1161, 0x1175, 0x1176, 0x1160):
            for tj in (None, 0x11A7, 0x11A8, 0x11C2, 0x11C3, 0x0301):
                cases.append(chr(l) + chr(v) + (chr(tj) if tj else ""))
    for s in syllables:
        for tj in (0x11A7, 0x11A8, 0x11C2, 0x0301, 0x1161):
            cases.append(chr(s) + chr(tj))
    pools = [marks, decomposable, jamo + syllables, list(range(0x41, 0x7B)),
             [0x3B1, 0x3B9, 0x3C5, 0x391, 0x342, 0x301, 0x300, 0x313, 0x314, 0x345, 0x308]]
    for _ in range(300):   # long runs of marks (the long-run sort of canonical ordering)
        text = [chr(rng.choice(decomposable + [0x61, 0x1100, 0x1161]))]
        text += [chr(rng.choice(marks)) for _ in range(rng.randint(15, 80))]
        text.append(chr(rng.choice(decomposable)))
        text += [chr(rng.choice(marks[:40])) for _ in range(rng.randint(15, 40))]
        cases.append("".join(text))
    for _ in range(6000):
        n = rng.randint(1, 10)
        text = []
        for _ in range(n):
            r = rng.random()
            if r < 0.85:
                text.append(chr(rng.choice(rng.choice(pools))))
            else:
                text.append(chr(rng.randrange(MAXCP)))
        cases.append("".join(text))
    return cases


def check_normalize(driver, t, tmp, rng):
    cases = norm_cases(rng)
    lines = run(driver, "normalize", write_lines(tmp, "norm.txt", map(hexs, cases)))
    t.check("normalize line count", len(lines), 4 * len(cases))
    for i, text in enumerate(cases):
        for j, form in enumerate(("NFC", "NFD", "NFKC", "NFKD")):
            t.check("%s(%s)" % (form, hexs(text)), lines[4 * i + j],
                    hexs(unicodedata.normalize(form, text)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver")
    ap.add_argument("--seed", type=int, default=311)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    t = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        driver = args.driver
        if not driver:
            subprocess.run(["sh", os.path.join(HERE, "unicode_driver", "build.sh"),
                            os.path.join(tmp, "build")], check=True)
            driver = os.path.join(tmp, "build", "unicode_driver")
        version = run(driver, "version")[0].split()
        t.check("unidata_version", version[0], unicodedata.unidata_version)
        with_names = version[1] == "1"
        check_props(driver, t)
        check_case_context(driver, t, tmp, rng)
        if with_names:
            check_names(driver, t, tmp, rng)
        else:
            print("unicode_diff: driver built without names; names not checked")
        check_normalize(driver, t, tmp, rng)
    print("unicode_diff: %d checks, %d mismatches" % (t.checks, t.mismatches))
    sys.exit(1 if t.mismatches else 0)


if __name__ == "__main__":
    main()
