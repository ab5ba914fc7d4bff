// unicode_db.cpp - character classes and "\N{...}" names from generated tables (see unicode_db.h).
#include "compiler/unicode_db.h"

#include <cstring>

#include "compiler/utf8.h"

namespace coil::compiler::unidb {
namespace {

struct Range {
  uint32_t lo, hi;
};

#include "compiler/unicode_db_tables.inc"

template <size_t N>
bool in_ranges(const Range (&table)[N], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < table[mid].lo) {
      hi = mid;
    } else if (cp > table[mid].hi) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

// Offsets of each word in kNameWords, built on first use.
struct WordIndex {
  const char* words[kNameWordCount];
  WordIndex() {
    const char* p = kNameWords;
    for (int i = 0; i < kNameWordCount; i++) {
      words[i] = p;
      p += std::strlen(p) + 1;
    }
  }
};

const WordIndex& word_index() {
  static const WordIndex index;
  return index;
}

char upper_ascii(char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; }

// Parses `hex` (uppercase or lowercase hex digits, 4 or 5 of them) into a code point.
int32_t parse_hex(std::string_view hex) {
  if (hex.size() < 4 || hex.size() > 5) return -1;
  int32_t v = 0;
  for (char c : hex) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

bool is_cjk_unified(int32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B738) ||
         (cp >= 0x2B740 && cp <= 0x2B81D) || (cp >= 0x2B820 && cp <= 0x2CEA1) ||
         (cp >= 0x2CEB0 && cp <= 0x2EBE0) || (cp >= 0x30000 && cp <= 0x3134A);
}

// Hangul syllable names are algorithmic: HANGUL SYLLABLE + L + V + T jamo short names.
const char* const kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                              "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
const char* const kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                              "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
const char* const kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                              "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                              "SS", "NG", "J", "C", "K", "T", "P", "H"};

int32_t lookup_hangul(std::string_view rest) {
  for (int l = 0; l < 19; l++) {
    std::string_view sl = kJamoL[l];
    if (rest.substr(0, sl.size()) != sl) continue;
    std::string_view r1 = rest.substr(sl.size());
    for (int v = 0; v < 21; v++) {
      std::string_view sv = kJamoV[v];
      if (r1.substr(0, sv.size()) != sv) continue;
      std::string_view r2 = r1.substr(sv.size());
      for (int t = 0; t < 28; t++) {
        if (r2 == kJamoT[t]) return 0xAC00 + (l * 21 + v) * 28 + t;
      }
    }
  }
  return -1;
}

}  // namespace

std::string normalize_identifier(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    uint32_t cp = utf8_decode(s, &i);
    if (cp < 0x80) {
      out.push_back(char(cp));
      continue;
    }
    // Runs are sorted by `from`: find the last run starting at or before cp.
    size_t lo = 0, hi = sizeof(kNfkcRuns) / sizeof(kNfkcRuns[0]);
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (kNfkcRuns[mid].from <= cp) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && cp < kNfkcRuns[lo - 1].from + kNfkcRuns[lo - 1].count) {
      utf8_append(out, kNfkcRuns[lo - 1].to + (cp - kNfkcRuns[lo - 1].from));
      continue;
    }
    lo = 0;
    hi = sizeof(kNfkcMulti) / sizeof(kNfkcMulti[0]);
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (kNfkcMulti[mid].from < cp) lo = mid + 1; else hi = mid;
    }
    if (lo < sizeof(kNfkcMulti) / sizeof(kNfkcMulti[0]) && kNfkcMulti[lo].from == cp) {
      for (int k = 0; k < kNfkcMulti[lo].count; k++) utf8_append(out, kNfkcSeq[kNfkcMulti[lo].offset + k]);
      continue;
    }
    utf8_append(out, cp);
  }
  return out;
}

bool is_id_start(uint32_t cp) {
  if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return in_ranges(kXidStart, cp);
}

bool is_id_continue(uint32_t cp) {
  if (cp < 128) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
           (cp >= '0' && cp <= '9');
  }
  return in_ranges(kXidContinue, cp);
}

bool is_printable(uint32_t cp) {
  if (cp >= 0x20 && cp < 0x7F) return true;
  return !in_ranges(kNotPrintable, cp);
}

int32_t lookup_name(std::string_view name) {
  std::string upper(name);
  for (char& c : upper) c = upper_ascii(c);
  std::string_view u = upper;
  constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (u.substr(0, kCjk.size()) == kCjk) {
    int32_t cp = parse_hex(u.substr(kCjk.size()));
    return is_cjk_unified(cp) ? cp : -1;
  }
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ";
  if (u.substr(0, kHangul.size()) == kHangul) return lookup_hangul(u.substr(kHangul.size()));
  const WordIndex& index = word_index();
  const unsigned char* p = kNameData;
  const unsigned char* end = kNameData + sizeof(kNameData);
  while (p < end) {
    int32_t cp = (p[0] << 16) | (p[1] << 8) | p[2];
    int nwords = p[3];
    p += 4;
    // Compare word by word, advancing p past this entry whatever happens.
    size_t pos = 0;
    bool match = true;
    for (int w = 0; w < nwords; w++) {
      int i = *p++;
      if (i & 0x80) i = ((i & 0x7F) << 8) | *p++;
      if (!match) continue;
      if (w > 0) {
        if (pos >= u.size() || u[pos] != ' ') {
          match = false;
          continue;
        }
        pos++;
      }
      std::string_view word = index.words[i];
      if (u.substr(pos, word.size()) != word) {
        match = false;
        continue;
      }
      pos += word.size();
    }
    if (match && pos == u.size()) return cp;
  }
  return -1;
}

}  // namespace coil::compiler::unidb
