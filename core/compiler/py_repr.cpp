// py_repr.cpp - repr() of str, bytes, int literals, floats and imaginary numbers, as CPython 3.11 prints them.
#include "compiler/py_repr.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "compiler/unicode_db.h"
#include "compiler/utf8.h"

namespace coil::compiler {

namespace {
const char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, uint32_t v, int digits) {
  for (int i = digits - 1; i >= 0; i--) out.push_back(kHex[(v >> (4 * i)) & 15]);
}

// Shortest decimal digits that round-trip, and the decimal point position (Python's decpt).
void shortest_digits(double v, std::string* digits, int* decpt) {
  char buf[64];
  for (int prec = 1; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (prec == 17 || std::strtod(buf, nullptr) == v) break;
  }
  // buf is "d.ddde[+-]XX" or "de[+-]XX"
  digits->clear();
  const char* p = buf;
  while (*p && *p != 'e') {
    if (*p != '.') digits->push_back(*p);
    p++;
  }
  int exp = *p == 'e' ? std::atoi(p + 1) : 0;
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
  *decpt = exp + 1;
}

std::string format_repr(double v, bool add_dot_0) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  std::string out;
  if (std::signbit(v)) {
    out.push_back('-');
    v = -v;
  }
  if (v == 0) {
    out += add_dot_0 ? "0.0" : "0";
    return out;
  }
  std::string digits;
  int decpt;
  shortest_digits(v, &digits, &decpt);
  int n = int(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out.push_back(digits[0]);
    if (n > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    int exp = decpt - 1;
    out.push_back('e');
    out.push_back(exp < 0 ? '-' : '+');
    int a = exp < 0 ? -exp : exp;
    if (a < 10) out.push_back('0');
    out += std::to_string(a);
  } else if (decpt <= 0) {
    out += "0.";
    out.append(size_t(-decpt), '0');
    out += digits;
  } else if (decpt >= n) {
    out += digits;
    out.append(size_t(decpt - n), '0');
    if (add_dot_0) out += ".0";
  } else {
    out.append(digits, 0, size_t(decpt));
    out.push_back('.');
    out.append(digits, size_t(decpt), std::string::npos);
  }
  return out;
}
}  // namespace

std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back(quote);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = (unsigned char)s[i];
    uint32_t cp;
    if (b < 0x80) {
      cp = b;
      i++;
    } else {
      size_t j = i;
      int32_t r = utf8_step(s, &j);
      if (r < 0) {
        // Not valid UTF-8 (only 3-byte surrogates are expected here): decode leniently.
        j = i;
        cp = utf8_decode(s, &j);
      } else {
        cp = uint32_t(r);
      }
      i = j;
    }
    if (cp == uint32_t(quote) || cp == '\\') {
      out.push_back('\\');
      out.push_back(char(cp));
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp < 0x7F) {
      out.push_back(char(cp));
    } else if (unidb::is_printable(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
      utf8_append(out, cp);
    } else if (cp <= 0xFF) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      append_hex(out, cp, 4);
    } else {
      out += "\\U";
      append_hex(out, cp, 8);
    }
  }
  out.push_back(quote);
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out.push_back(quote);
  for (char ch : s) {
    unsigned char c = (unsigned char)ch;
    if (c == (unsigned char)quote || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      append_hex(out, c, 2);
    } else {
      out.push_back(char(c));
    }
  }
  out.push_back(quote);
  return out;
}

std::string int_literal_to_decimal(std::string_view lit) {
  int base = 10;
  if (lit.size() >= 2 && lit[0] == '0') {
    char p = char(lit[1] | 0x20);
    if (p == 'x') base = 16;
    if (p == 'o') base = 8;
    if (p == 'b') base = 2;
    if (base != 10) lit.remove_prefix(2);
  }
  if (base == 10) {
    size_t nz = lit.find_first_not_of('0');
    if (nz == std::string_view::npos) return "0";
    return std::string(lit.substr(nz));
  }
  // Little-endian limbs of 10^9.
  std::vector<uint32_t> limbs{0};
  for (char c : lit) {
    int d = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) - 'a' + 10;
    uint64_t carry = uint64_t(d);
    for (uint32_t& limb : limbs) {
      uint64_t cur = uint64_t(limb) * uint64_t(base) + carry;
      limb = uint32_t(cur % 1000000000u);
      carry = cur / 1000000000u;
    }
    while (carry) {
      limbs.push_back(uint32_t(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

std::string repr_float(double v) { return format_repr(v, true); }

std::string repr_imag(double imag) { return format_repr(imag, false) + "j"; }

}  // namespace coil::compiler
