// unicode.cpp - character classes, case mappings and unicodedata properties from generated tables.
//
// The tables (unicode_tables.inc) are written at build time by tools/gen_unicode.py from
// CPython's own unicodedata and str methods. Each code point maps, through a three-level
// index, to a CTypeRecord (what str methods need) and to a DbRecord (what the unicodedata
// module needs). Names live in unicode_names.cpp, normalisation in unicode_normalize.cpp.

#include "objects/unicode.h"

namespace coil {
namespace {

// Flag bits, as tools/gen_unicode.py assigns them.
enum : uint16_t {
  kPrintable = 1 << 0,
  kSpace = 1 << 1,
  kAlpha = 1 << 2,
  kDecimal = 1 << 3,
  kDigit = 1 << 4,
  kNumeric = 1 << 5,
  kAlnum = 1 << 6,
  kLower = 1 << 7,
  kUpper = 1 << 8,
  kTitle = 1 << 9,
  kCased = 1 << 10,
  kCaseIgnorable = 1 << 11,
  kIdStart = 1 << 12,
  kIdContinue = 1 << 13,
  kLinebreak = 1 << 14,
};

// A case mapping field is even for a single code point (delta * 2) and odd for several
// (((offset into kExtCase) << 3 | count) * 2 + 1).
struct CTypeRecord {
  uint16_t flags;
  int32_t map[4];  // lower, upper, title, casefold
  uint8_t decimal;  // 255: none
  uint8_t digit;    // 255: none
  uint8_t numeric;  // index in kNumericValues, 255: none
};

struct DbRecord {
  uint8_t category;
  uint8_t bidi;
  uint8_t combining;
  uint8_t east_asian_width;
  uint8_t mirrored;
};

#include "unicode_tables.inc"

constexpr uint32_t kMaxCodePoint = 0x10FFFF;

inline const CTypeRecord& ctype(uint32_t cp) {
  return kCTypeRecords[cp <= kMaxCodePoint ? ctype_index_at(cp) : 0];
}

inline uint16_t flags_of(uint32_t cp) {
  if (cp < 128) return kAsciiFlags[cp];
  return ctype(cp).flags;
}

inline const DbRecord& db(uint32_t cp) {
  return kDbRecords[cp <= kMaxCodePoint ? db_index_at(cp) : 0];
}

enum CaseKind { kToLower = 0, kToUpper = 1, kToTitle = 2, kToFolded = 3 };

int map_case(uint32_t cp, CaseKind kind, uint32_t out[3]) {
  if (cp < 128) {
    if (kind == kToUpper || kind == kToTitle) {
      out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    } else {
      out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    }
    return 1;
  }
  if (cp > kMaxCodePoint) {
    out[0] = cp;
    return 1;
  }
  int32_t v = ctype(cp).map[kind];
  if ((v & 1) == 0) {
    out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + v / 2);
    return 1;
  }
  uint32_t x = static_cast<uint32_t>(v) >> 1;
  uint32_t off = x >> 3, n = x & 7;
  for (uint32_t i = 0; i < n; ++i) out[i] = kExtCase[off + i];
  return static_cast<int>(n);
}

// Decodes the code point starting at byte p of valid UTF-8 (surrogates in 3-byte form).
uint32_t utf8_at(const unsigned char* p, int* len) {
  if (p[0] < 0x80) {
    *len = 1;
    return p[0];
  }
  if (p[0] < 0xE0) {
    *len = 2;
    return (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu);
  }
  if (p[0] < 0xF0) {
    *len = 3;
    return (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
  }
  *len = 4;
  return (p[0] & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
}

}  // namespace

// ---- character classes ----------------------------------------------------------------------

bool uni_isprintable(uint32_t cp) { return flags_of(cp) & kPrintable; }
bool uni_isspace(uint32_t cp) { return flags_of(cp) & kSpace; }
bool uni_isalpha(uint32_t cp) { return flags_of(cp) & kAlpha; }
bool uni_isdecimal(uint32_t cp) { return flags_of(cp) & kDecimal; }
bool uni_isdigit(uint32_t cp) { return flags_of(cp) & kDigit; }
bool uni_isnumeric(uint32_t cp) { return flags_of(cp) & kNumeric; }
bool uni_isalnum(uint32_t cp) { return flags_of(cp) & kAlnum; }
bool uni_islower(uint32_t cp) { return flags_of(cp) & kLower; }
bool uni_isupper(uint32_t cp) { return flags_of(cp) & kUpper; }
bool uni_istitle(uint32_t cp) { return flags_of(cp) & kTitle; }
bool uni_iscased(uint32_t cp) { return flags_of(cp) & kCased; }
bool uni_iscaseignorable(uint32_t cp) { return flags_of(cp) & kCaseIgnorable; }
bool uni_isidstart(uint32_t cp) { return flags_of(cp) & kIdStart; }
bool uni_isidcontinue(uint32_t cp) { return flags_of(cp) & kIdContinue; }
bool uni_islinebreak(uint32_t cp) { return flags_of(cp) & kLinebreak; }

int uni_decimal_value(uint32_t cp) {
  if (cp < 128) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
  uint8_t v = ctype(cp).decimal;
  return v == 255 ? -1 : v;
}

int uni_digit_value(uint32_t cp) {
  if (cp < 128) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
  uint8_t v = ctype(cp).digit;
  return v == 255 ? -1 : v;
}

double uni_numeric_value(uint32_t cp) {
  uint8_t v = ctype(cp).numeric;
  return v == 255 ? -1.0 : kNumericValues[v];
}

// ---- case mappings ---------------------------------------------------------------------------

int uni_to_lower(uint32_t cp, uint32_t out[3]) { return map_case(cp, kToLower, out); }
int uni_to_upper(uint32_t cp, uint32_t out[3]) { return map_case(cp, kToUpper, out); }
int uni_to_title(uint32_t cp, uint32_t out[3]) { return map_case(cp, kToTitle, out); }
int uni_to_folded(uint32_t cp, uint32_t out[3]) { return map_case(cp, kToFolded, out); }

bool uni_final_sigma(const uint32_t* text, std::size_t len, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && uni_iscaseignorable(text[j - 1])) --j;
  if (j == 0 || !uni_iscased(text[j - 1])) return false;
  j = i + 1;
  while (j < len && uni_iscaseignorable(text[j])) ++j;
  return j == len || !uni_iscased(text[j]);
}

bool uni_final_sigma(std::string_view utf8, std::size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
  std::size_t n = utf8.size();
  // Backwards: step to the lead byte of each previous code point.
  std::size_t j = pos;
  bool cased_before = false;
  while (j > 0) {
    std::size_t k = j - 1;
    while (k > 0 && (s[k] & 0xC0) == 0x80) --k;
    int len;
    uint32_t cp = utf8_at(s + k, &len);
    j = k;
    if (!uni_iscaseignorable(cp)) {
      cased_before = uni_iscased(cp);
      break;
    }
  }
  if (!cased_before) return false;
  int len;
  j = pos;
  utf8_at(s + j, &len);
  for (j += len; j < n; j += len) {
    uint32_t cp = utf8_at(s + j, &len);
    if (!uni_iscaseignorable(cp)) return !uni_iscased(cp);
  }
  return true;
}

// ---- unicodedata properties -----------------------------------------------------------------

const char* uni_category(uint32_t cp) { return kCategoryNames[db(cp).category]; }
const char* uni_bidirectional(uint32_t cp) { return kBidiNames[db(cp).bidi]; }
int uni_combining(uint32_t cp) { return db(cp).combining; }
const char* uni_east_asian_width(uint32_t cp) { return kEastAsianWidthNames[db(cp).east_asian_width]; }
bool uni_mirrored(uint32_t cp) { return db(cp).mirrored != 0; }
const char* uni_version() { return kUnidataVersion; }

}  // namespace coil
