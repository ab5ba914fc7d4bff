#!/usr/bin/env python3
"""gen_unicode.py - generates Coil's Unicode tables from the running CPython's unicodedata/str.

Usage: python3 tools/gen_unicode.py OUTDIR
Writes OUTDIR/unicode_tables.inc (character classes, case mappings, unicodedata properties),
OUTDIR/unicode_norm_tables.inc (decompositions, compositions) and OUTDIR/unicode_names.inc
(character names and aliases). Every fact is read from CPython itself (unicodedata and the str
methods), so Coil reproduces CPython 3.11 (Unicode 14.0.0) exactly. Run at build time; the
outputs are never committed.

Sections:
  1. Checks and per-code-point facts
  2. Multi-level table packing
  3. C++ emission helpers
  4. unicode_tables.inc
  5. unicode_norm_tables.inc
  6. unicode_names.inc
  7. main
"""

import os
import re
import sys
import unicodedata

EXPECTED_UNIDATA = "14.0.0"
MAXCP = 0x110000

# ---------------------------------------------------------------------------------------------
# 1. Checks and per-code-point facts
# ---------------------------------------------------------------------------------------------

def check_version():
    if unicodedata.unidata_version != EXPECTED_UNIDATA:
        sys.exit("gen_unicode.py: python3's unicodedata is Unicode %s, Coil needs %s "
                 "(CPython 3.11); run the build with a python3 3.11 on PATH"
                 % (unicodedata.unidata_version, EXPECTED_UNIDATA))

# Flag bits of a character-class record (mirrored in unicode.cpp).
F_PRINTABLE, F_SPACE, F_ALPHA, F_DECIMAL, F_DIGIT, F_NUMERIC, F_ALNUM, F_LOWER, F_UPPER, \
    F_TITLE, F_CASED, F_CASE_IGNORABLE, F_ID_START, F_ID_CONTINUE, F_LINEBREAK = \
    [1 << i for i in range(15)]

SIGMA = "\u03a3"


def is_final_sigma(text):
    """True when CPython lower-cases the trailing capital sigma of text to final sigma."""
    return text.lower().endswith("\u03c2")


def cased_and_ignorable(s):
    """CPython's Cased / Case_Ignorable properties, observed through str.title() and the
    final-sigma rule of str.lower() (neither is exposed by unicodedata)."""
    cased = (s + "a").title()[-1] == "a"            # title() lower-cases after a cased char
    alone = is_final_sigma(s + SIGMA)               # !ignorable(s) and cased(s)
    after_cased = is_final_sigma("A" + s + SIGMA)   # ignorable(s) or cased(s)
    if cased:
        ignorable = not alone
    else:
        ignorable = after_cased
    # Cross-check both observations against the rule.
    assert alone == ((not ignorable) and cased)
    assert after_cased == (ignorable or cased)
    return cased, ignorable


def linebreak(s):
    return len(("a" + s + "b").splitlines()) == 2


def char_facts(c):
    s = chr(c)
    flags = 0
    if s.isprintable(): flags |= F_PRINTABLE
    if s.isspace(): flags |= F_SPACE
    if s.isalpha(): flags |= F_ALPHA
    if s.isdecimal(): flags |= F_DECIMAL
    if s.isdigit(): flags |= F_DIGIT
    if s.isnumeric(): flags |= F_NUMERIC
    if s.isalnum(): flags |= F_ALNUM
    if s.islower(): flags |= F_LOWER
    if s.isupper(): flags |= F_UPPER
    if unicodedata.category(s) == "Lt": flags |= F_TITLE
    assert s.istitle() == bool(flags & (F_TITLE | F_UPPER))
    cased, ignorable = cased_and_ignorable(s)
    if cased: flags |= F_CASED
    if ignorable: flags |= F_CASE_IGNORABLE
    if s.isidentifier(): flags |= F_ID_START          # XID_Start, plus '_'
    if ("a" + s).isidentifier(): flags |= F_ID_CONTINUE
    if linebreak(s): flags |= F_LINEBREAK
    maps = (s.lower(), s.upper(), s.title(), s.casefold())
    for m in maps:
        assert 1 <= len(m) <= 3, hex(c)
    return flags, maps


# ---------------------------------------------------------------------------------------------
# 2. Multi-level table packing
# ---------------------------------------------------------------------------------------------

def ctype_for(values):
    m = max(values) if values else 0
    lo = min(values) if values else 0
    if lo < 0:
        if lo >= -128 and m < 128: return "int8_t", 1
        if lo >= -32768 and m < 32768: return "int16_t", 2
        return "int32_t", 4
    if m < 256: return "uint8_t", 1
    if m < 65536: return "uint16_t", 2
    return "uint32_t", 4


def split_blocks(data, shift):
    """Cuts data into blocks of 2**shift, deduplicated: returns (index, blocks_concatenated)."""
    size = 1 << shift
    seen = {}
    index = []
    leaf = []
    for i in range(0, len(data), size):
        blk = tuple(data[i:i + size])
        n = seen.get(blk)
        if n is None:
            n = seen[blk] = len(seen)
            leaf.extend(blk)
        index.append(n)
    return index, leaf


def table_bytes(arr):
    return len(arr) * ctype_for(arr)[1]


def pack3(data):
    """Best three-level split of data (length a power of two): (top, mid, leaf, s_leaf, s_mid)."""
    best = None
    for s1 in range(2, 10):
        mid_src, leaf = split_blocks(data, s1)
        lb = table_bytes(leaf)
        for s2 in range(1, 10):
            if len(mid_src) % (1 << s2):
                continue
            top, mid = split_blocks(mid_src, s2)
            cost = lb + table_bytes(mid) + table_bytes(top)
            if best is None or cost < best[0]:
                best = (cost, top, mid, leaf, s1, s2)
    return best[1:]


# ---------------------------------------------------------------------------------------------
# 3. C++ emission helpers
# ---------------------------------------------------------------------------------------------

def c_array(name, values, ctype=None):
    if ctype is None:
        ctype = ctype_for(values)[0]
    out = ["static const %s %s[%d] = {" % (ctype, name, max(len(values), 1))]
    line = ""
    for v in values or [0]:
        item = "%d," % v
        if len(line) + len(item) > 98:
            out.append(line)
            line = ""
        line += item
    if line:
        out.append(line)
    out.append("};")
    return "\n".join(out) + "\n"


def c_string_array(name, strings):
    out = ["static const char* const %s[%d] = {" % (name, len(strings))]
    out.extend('  "%s",' % s for s in strings)
    out.append("};")
    return "\n".join(out) + "\n"


def c_bytes(name, data):
    return c_array(name, list(data), "uint8_t")


def emit_lookup(prefix, data):
    """Packs data (one value per code point) and emits arrays plus `prefix_at(cp)`."""
    top, mid, leaf, s1, s2 = pack3(data)
    text = c_array(prefix + "_top", top) + c_array(prefix + "_mid", mid) + \
        c_array(prefix + "_leaf", leaf)
    text += (
        "static inline uint32_t %(p)s_at(uint32_t cp) {\n"
        "  uint32_t m = %(p)s_top[cp >> %(s12)d];\n"
        "  uint32_t l = %(p)s_mid[(m << %(s2)d) + ((cp >> %(s1)d) & %(m2)d)];\n"
        "  return %(p)s_leaf[(l << %(s1)d) + (cp & %(m1)d)];\n"
        "}\n" % dict(p=prefix, s1=s1, s2=s2, s12=s1 + s2, m1=(1 << s1) - 1, m2=(1 << s2) - 1))
    size = table_bytes(top) + table_bytes(mid) + table_bytes(leaf)
    return text, size


HEADER = ("// Generated by tools/gen_unicode.py from CPython %s's unicodedata (Unicode %s). "
          "Do not edit.\n" % (sys.version.split()[0], unicodedata.unidata_version))

# ---------------------------------------------------------------------------------------------
# 4. unicode_tables.inc: character classes, case mappings, unicodedata properties
# ---------------------------------------------------------------------------------------------

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc",
              "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp",
              "Cc", "Cf", "Cs", "Co"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS",
        "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["N", "F", "H", "W", "Na", "A"]


def gen_tables(outdir):
    ctype_recs = {}         # (flags, lower, upper, title, fold, decimal, digit, numeric) -> n
    ctype_idx = [0] * MAXCP
    ext_case = [0]          # multi-code-point mappings: lengths are in the record
    ext_seen = {}
    numeric_vals = []
    numeric_seen = {}
    db_recs = {}
    db_idx = [0] * MAXCP

    def case_field(c, m):
        if len(m) == 1:
            d = ord(m) - c
            assert -(1 << 29) < d < (1 << 29)
            return d * 2                        # even: delta
        key = tuple(ord(x) for x in m)
        off = ext_seen.get(key)
        if off is None:
            off = ext_seen[key] = len(ext_case)
            ext_case.extend(key)
        return (off << 3 | len(m)) * 2 + 1      # odd: offset << 3 | length

    # record 0 is an unassigned, non-printable code point (used for out-of-range input)
    zero = (0, 0, 0, 0, 0, 255, 255, 255)
    ctype_recs[zero] = 0
    zero_db = (0, 0, 0, 0, 0)
    db_recs[zero_db] = 0

    for c in range(MAXCP):
        s = chr(c)
        flags, maps = char_facts(c)
        dec = unicodedata.decimal(s, -1)
        dig = unicodedata.digit(s, -1)
        num = unicodedata.numeric(s, None)
        if num is None:
            ni = 255
        else:
            ni = numeric_seen.get(num)
            if ni is None:
                ni = numeric_seen[num] = len(numeric_vals)
                numeric_vals.append(num)
        assert (dec >= 0) == bool(flags & F_DECIMAL), hex(c)
        assert (dig >= 0) == bool(flags & F_DIGIT), hex(c)
        assert (num is not None) == bool(flags & F_NUMERIC), hex(c)
        rec = (flags,) + tuple(case_field(c, m) for m in maps) + (
            255 if dec < 0 else dec, 255 if dig < 0 else dig, ni)
        n = ctype_recs.get(rec)
        if n is None:
            n = ctype_recs[rec] = len(ctype_recs)
        ctype_idx[c] = n

        db = (CATEGORIES.index(unicodedata.category(s)),
              BIDI.index(unicodedata.bidirectional(s)),
              unicodedata.combining(s),
              EAW.index(unicodedata.east_asian_width(s)),
              unicodedata.mirrored(s))
        n = db_recs.get(db)
        if n is None:
            n = db_recs[db] = len(db_recs)
        db_idx[c] = n
    assert len(numeric_vals) < 255 and len(ctype_recs) < 65536 and len(db_recs) < 65536

    out = [HEADER, "// Character-class records: see CTypeRecord in unicode.cpp.\n"]
    recs = sorted(ctype_recs.items(), key=lambda kv: kv[1])
    out.append("static const CTypeRecord kCTypeRecords[%d] = {\n" % len(recs))
    for rec, _ in recs:
        out.append("  {%d, {%d, %d, %d, %d}, %d, %d, %d},\n" % rec)
    out.append("};\n")
    out.append(c_array("kExtCase", ext_case, "uint32_t"))
    out.append("static const double kNumericValues[%d] = {\n" % len(numeric_vals))
    for v in numeric_vals:
        out.append("  %s,  // %r\n" % (float(v).hex(), v))
    out.append("};\n")
    out.append(c_array("kAsciiFlags", [recs[ctype_idx[c]][0][0] for c in range(128)],
                       "uint16_t"))
    text, ctype_size = emit_lookup("ctype_index", ctype_idx)
    out.append(text)

    out.append("// unicodedata records: category, bidirectional, combining, east_asian_width, "
               "mirrored.\n")
    drecs = sorted(db_recs.items(), key=lambda kv: kv[1])
    out.append("static const DbRecord kDbRecords[%d] = {\n" % len(drecs))
    for rec, _ in drecs:
        out.append("  {%d, %d, %d, %d, %d},\n" % rec)
    out.append("};\n")
    out.append(c_string_array("kCategoryNames", CATEGORIES))
    out.append(c_string_array("kBidiNames", BIDI))
    out.append(c_string_array("kEastAsianWidthNames", EAW))
    text, db_size = emit_lookup("db_index", db_idx)
    out.append(text)
    out.append('static const char kUnidataVersion[] = "%s";\n' % unicodedata.unidata_version)
    write(outdir, "unicode_tables.inc", "".join(out))
    print("gen_unicode: %d ctype records (%d B index), %d db records (%d B index), "
          "%d ext case cps, %d numeric values"
          % (len(recs), ctype_size, len(drecs), db_size, len(ext_case), len(numeric_vals)))


# ---------------------------------------------------------------------------------------------
# 5. unicode_norm_tables.inc: decompositions and canonical compositions
# ---------------------------------------------------------------------------------------------

DECOMP_TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
               "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
               "<square>", "<fraction>", "<compat>"]


def gen_norm_tables(outdir):
    # Decomposition stream: per entry a tag byte (index in DECOMP_TAGS), a count byte, then
    # count code points, big endian, of 2 bytes each (when count has bit 7 set: all in the BMP)
    # or 3 bytes each. Offset 0 means "no decomposition".
    stream = bytearray([0])
    seen = {}
    offs = [0] * MAXCP
    canon = {}
    for c in range(MAXCP):
        d = unicodedata.decomposition(chr(c))
        if not d:
            continue
        parts = d.split()
        tag = ""
        if parts[0].startswith("<"):
            tag = parts.pop(0)
        cps = [int(p, 16) for p in parts]
        assert 1 <= len(cps) < 32
        if tag == "":
            canon[c] = cps
        key = (DECOMP_TAGS.index(tag), tuple(cps))
        off = seen.get(key)
        if off is None:
            off = seen[key] = len(stream)
            stream.append(key[0])
            width = 2 if max(cps) < 0x10000 else 3
            stream.append(len(cps) | (0x80 if width == 2 else 0))
            for p in cps:
                stream.extend(p.to_bytes(width, "big"))
        offs[c] = off
    assert len(stream) < 65536

    # Primary composites: two-code-point canonical decompositions that NFC keeps.
    comps = []
    for c, cps in canon.items():
        if len(cps) == 2 and unicodedata.normalize("NFC", chr(c)) == chr(c):
            assert unicodedata.normalize("NFC", chr(cps[0]) + chr(cps[1])) == chr(c)
            comps.append((cps[0], cps[1], c))
    comps.sort()

    # Fast-path bounds: below these, strings are unchanged by the form.
    def first_changing(forms_k):
        for c in range(MAXCP):
            s = chr(c)
            if unicodedata.combining(s) or unicodedata.normalize(forms_k, s) != s:
                return c
    nfc_safe = min(first_changing("NFC"), min(b for a, b, _ in comps))
    nfd_safe = first_changing("NFD")
    nfkc_safe = min(first_changing("NFKC"), min(b for a, b, _ in comps))
    nfkd_safe = first_changing("NFKD")

    out = [HEADER]
    out.append(c_string_array("kDecompTags", DECOMP_TAGS))
    out.append(c_bytes("kDecompData", stream))
    text, size = emit_lookup("decomp_index", offs)
    out.append(text)
    out.append("// Canonical compositions: first << 42 | second << 21 | composite, sorted.\n")
    out.append("static const uint64_t kCompositions[%d] = {\n" % len(comps))
    for a, b, c in comps:
        out.append("  0x%XULL,\n" % (a << 42 | b << 21 | c))
    out.append("};\n")
    out.append("static const uint32_t kNfcSafeBelow = 0x%X, kNfdSafeBelow = 0x%X, "
               "kNfkcSafeBelow = 0x%X, kNfkdSafeBelow = 0x%X;\n"
               % (nfc_safe, nfd_safe, nfkc_safe, nfkd_safe))
    write(outdir, "unicode_norm_tables.inc", "".join(out))
    print("gen_unicode: %d decomposition bytes (%d B index), %d compositions"
          % (len(stream), size, len(comps)))


# ---------------------------------------------------------------------------------------------
# 6. unicode_names.inc: names and aliases
# ---------------------------------------------------------------------------------------------
# Names are split into words at spaces. Every word is in an alphabetically sorted lexicon,
# front-coded in buckets of LEX_BUCKET words (a byte of shared-prefix length, then the rest of
# the word with bit 7 set on its last character; a bucket's first word shares nothing). Each
# name starts with a byte (shared << 4 | fresh): `shared` leading words repeat the previous
# name's (0 at the start of each block of NAME_BLOCK names), then `fresh` words follow, each
# as one byte b < N_SHORT (the b-th most frequent word), one byte N_SHORT <= b < WIDE (the
# lexicon word b - N_SHORT + 1 places after the previous name's word at the same position;
# never at a block start), or two bytes WIDE + hi, lo (lexicon index hi * 256 + lo).
LEX_BUCKET = 16
NAME_BLOCK = 32
N_SHORT = 187
N_DELTA = 16
WIDE = N_SHORT + N_DELTA
HANGUL_PREFIX = "HANGUL SYLLABLE "
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"


def ranges_of(cps):
    out = []
    for c in sorted(cps):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def gen_names(outdir):
    names = {}
    for c in range(MAXCP):
        n = unicodedata.name(chr(c), None)
        if n is not None:
            names[c] = n
    # Aliases live on private code points U+F0000.. inside CPython, where the namereplace
    # error handler (unlike unicodedata.name) reveals them; lookup() maps each back.
    aliases = []
    for i in range(0x1000):
        b = chr(0xF0000 + i).encode("ascii", "namereplace")
        if not b.startswith(b"\\N{"):
            continue
        alias = b[3:-1].decode("ascii")
        target = unicodedata.lookup(alias)
        if len(target) == 1:          # named sequences (several code points) are not supported
            aliases.append((alias, ord(target)))
    assert len(aliases) > 400

    # Algorithmic names.
    cjk = [c for c, n in names.items() if n == CJK_PREFIX + "%04X" % c]
    hangul = [c for c, n in names.items() if n.startswith(HANGUL_PREFIX)]
    assert hangul == list(range(0xAC00, 0xD7A4))
    cjk_ranges = ranges_of(cjk)
    # Families named PREFIX-XXXX after their code point, stored as ranges.
    fam_members = {}
    for c, n in names.items():
        m = re.match(r"(.*)-([0-9A-F]{4,6})$", n)
        if m and m.group(2) == "%04X" % c and not n.startswith(CJK_PREFIX):
            fam_members.setdefault(m.group(1), []).append(c)
    families = sorted(p for p, cs in fam_members.items() if len(cs) >= 16)
    fam_ranges = []
    for i, p in enumerate(families):
        fam_ranges.extend((a, b, i) for a, b in ranges_of(fam_members[p]))
    fam_ranges.sort()
    special = set(cjk) | set(hangul)
    for p in families:
        special |= set(fam_members[p])
    regular = sorted(c for c in names if c not in special)

    # Lexicon.
    words = set()
    for c in regular:
        words.update(names[c].split(" "))
    for a, _ in aliases:
        words.update(a.split(" "))
    assert "" not in words
    lex = sorted(words)
    lex_index = {w: i for i, w in enumerate(lex)}
    assert len(lex) <= (256 - WIDE) * 256

    def encode_names(seq, block):
        """seq: list of word lists. Returns (stream bytes, per-block offsets, freq)."""
        from collections import Counter
        plan = []
        prev = []
        freq = Counter()
        for i, ws in enumerate(seq):
            k = 0
            if block and i % block != 0:
                while k < min(len(ws), len(prev), 15) and ws[k] == prev[k]:
                    k += 1
            assert len(ws) - k <= 15
            plan.append((k, ws[k:], prev if block and i % block != 0 else []))
            freq.update(ws[k:])
            prev = ws
        return plan, freq

    reg_plan, f1 = encode_names([names[c].split(" ") for c in regular], NAME_BLOCK)
    ali_plan, f2 = encode_names([a.split(" ") for a, _ in aliases], 0)
    freq = f1 + f2
    short = [w for w, _ in freq.most_common(N_SHORT)]
    short_code = {w: i for i, w in enumerate(short)}

    def emit_plan(plan, block):
        data = bytearray()
        offsets = []
        for i, (k, fresh, prev) in enumerate(plan):
            if block and i % block == 0:
                offsets.append(len(data))
            data.append(k << 4 | len(fresh))
            for j, w in enumerate(fresh, k):
                li = lex_index[w]
                if w in short_code:
                    data.append(short_code[w])
                elif j < len(prev) and 1 <= li - lex_index[prev[j]] <= N_DELTA:
                    data.append(N_SHORT + li - lex_index[prev[j]] - 1)
                else:
                    data.append(WIDE + (li >> 8))
                    data.append(li & 0xFF)
        return data, offsets

    reg_data, reg_offsets = emit_plan(reg_plan, NAME_BLOCK)
    ali_data, _ = emit_plan(ali_plan, 0)

    lex_data = bytearray()
    lex_offsets = []
    prev = ""
    for i, w in enumerate(lex):
        assert re.fullmatch(r"[A-Z0-9-]+", w) and len(w) < 64, w
        if i % LEX_BUCKET == 0:
            lex_offsets.append(len(lex_data))
            k = 0
        else:
            k = 0
            while k < min(len(w), len(prev)) and w[k] == prev[k]:
                k += 1
            lex_data.append(k)
        rest = w[k:].encode("ascii")
        assert rest
        lex_data.extend(rest[:-1])
        lex_data.append(rest[-1] | 0x80)
        prev = w

    # Runs of consecutive regular names: start code point and ordinal of the first.
    runs = ranges_of(regular)
    run_start = [a for a, b in runs]
    run_ord = []
    o = 0
    for a, b in runs:
        run_ord.append(o)
        o += b - a + 1
    run_ord.append(o)

    # Jamo short names, read back from the syllable names: L from L+A, V from IEUNG+V (IEUNG
    # is the empty L, index 11), T from GA+T.
    jl = [names[0xAC00 + l * 588][len(HANGUL_PREFIX):-1] for l in range(19)]
    jv = [names[0xAC00 + 11 * 588 + v * 28][len(HANGUL_PREFIX):] for v in range(21)]
    jt = [names[0xAC00 + t][len(HANGUL_PREFIX) + 2:] for t in range(28)]
    assert jl[11] == "" and jv[0] == "A" and jt[0] == "" and names[0xAC00] == HANGUL_PREFIX + "GA"
    for l in range(19):
        for v in range(21):
            for t in range(28):
                assert names[0xAC00 + (l * 21 + v) * 28 + t] == HANGUL_PREFIX + jl[l] + jv[v] + jt[t]

    out = [HEADER]
    out.append(c_string_array("kJamoL", jl))
    out.append(c_string_array("kJamoV", jv))
    out.append(c_string_array("kJamoT", jt))
    out.append("static const int kLexBucket = %d, kNameBlock = %d, kShortWords = %d, "
               "kWideWords = %d;\n" % (LEX_BUCKET, NAME_BLOCK, N_SHORT, WIDE))
    out.append("static const uint32_t kLexCount = %d;\n" % len(lex))
    out.append(c_bytes("kLexData", lex_data))
    out.append(c_array("kLexOffsets", lex_offsets))
    out.append(c_array("kShortWordLex", [lex_index[w] for w in short]))
    out.append(c_bytes("kNameData", reg_data))
    out.append(c_array("kNameBlockOffsets", reg_offsets))
    out.append("static const uint32_t kNameCount = %d;\n" % len(regular))
    out.append(c_array("kNameRunStart", run_start, "uint32_t"))
    out.append(c_array("kNameRunOrdinal", run_ord))
    out.append("static const uint32_t kNameRunCount = %d;\n" % len(runs))
    out.append(c_bytes("kAliasData", ali_data))
    out.append(c_array("kAliasCodePoints", [c for _, c in aliases], "uint32_t"))
    out.append("static const uint32_t kAliasCount = %d;\n" % len(aliases))
    out.append(c_string_array("kFamilyPrefixes", families))
    out.append("static const uint32_t kFamilyCount = %d;\n" % len(families))
    out.append("static const uint32_t kFamilyRanges[%d][3] = {\n" % len(fam_ranges))
    for a, b, i in fam_ranges:
        out.append("  {0x%X, 0x%X, %d},\n" % (a, b, i))
    out.append("};\n")
    out.append("static const uint32_t kFamilyRangeCount = %d;\n" % len(fam_ranges))
    out.append("static const uint32_t kCjkRanges[%d][2] = {\n" % len(cjk_ranges))
    for a, b in cjk_ranges:
        out.append("  {0x%X, 0x%X},\n" % (a, b))
    out.append("};\n")
    out.append("static const uint32_t kCjkRangeCount = %d;\n" % len(cjk_ranges))
    write(outdir, "unicode_names.inc", "".join(out))
    total = (len(lex_data) + 2 * len(lex_offsets) + 2 * len(short) + len(reg_data) +
             2 * len(reg_offsets) + 6 * len(runs) + len(ali_data) + 4 * len(aliases))
    print("gen_unicode: %d names (%d regular, %d families, %d CJK ranges), %d aliases, "
          "%d words; lexicon %d B, names %d B, aliases %d B, ~%d B in all"
          % (len(names), len(regular), len(families), len(cjk_ranges), len(aliases), len(lex),
             len(lex_data), len(reg_data), len(ali_data), total))


# ---------------------------------------------------------------------------------------------
# 7. main
# ---------------------------------------------------------------------------------------------

def write(outdir, name, text):
    path = os.path.join(outdir, name)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    check_version()
    if len(sys.argv) != 2:
        sys.exit("usage: gen_unicode.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    gen_tables(outdir)
    gen_norm_tables(outdir)
    gen_names(outdir)


if __name__ == "__main__":
    main()
