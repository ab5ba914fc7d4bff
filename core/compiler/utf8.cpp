// utf8.cpp - UTF-8 decoding with CPython's error spans and messages.
#include "compiler/utf8.h"

#include <cstdio>

namespace coil::compiler {

int32_t utf8_step(std::string_view s, size_t* i, const char** reason) {
  size_t n = s.size();
  size_t p = *i;
  unsigned char b0 = (unsigned char)s[p];
  if (b0 < 0x80) {
    *i = p + 1;
    return b0;
  }
  int need;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
  } else {
    if (reason) *reason = "invalid start byte";
    *i = p + 1;
    return -1;
  }
  uint32_t cp = need == 2 ? (b0 & 0x1F) : need == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 1; k < need; k++) {
    if (p + size_t(k) >= n) {
      if (reason) *reason = "unexpected end of data";
      *i = n;
      return -1;
    }
    unsigned char b = (unsigned char)s[p + size_t(k)];
    unsigned char lo = 0x80, hi = 0xBF;
    if (k == 1) {
      if (b0 == 0xE0) lo = 0xA0;
      else if (b0 == 0xED) hi = 0x9F;
      else if (b0 == 0xF0) lo = 0x90;
      else if (b0 == 0xF4) hi = 0x8F;
    }
    if (b < lo || b > hi) {
      if (reason) *reason = "invalid continuation byte";
      *i = p + size_t(k);
      return -1;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *i = p + size_t(need);
  return int32_t(cp);
}

uint32_t utf8_decode(std::string_view s, size_t* i) {
  size_t p = *i;
  unsigned char b0 = (unsigned char)s[p];
  if (b0 < 0x80) {
    *i = p + 1;
    return b0;
  }
  int need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
  uint32_t cp = need == 2 ? (b0 & 0x1F) : need == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 1; k < need && p + size_t(k) < s.size(); k++) {
    cp = (cp << 6) | ((unsigned char)s[p + size_t(k)] & 0x3F);
  }
  *i = p + size_t(need) <= s.size() ? p + size_t(need) : s.size();
  return cp;
}

bool utf8_validate(std::string_view s, Utf8Error* err) {
  size_t i = 0;
  while (i < s.size()) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    size_t start = i;
    const char* reason = "";
    if (utf8_step(s, &i, &reason) < 0) {
      if (err) {
        err->start = start;
        err->end = i;
        err->reason = reason;
      }
      return false;
    }
  }
  return true;
}

std::string utf8_error_message(std::string_view s, const Utf8Error& err) {
  char buf[160];
  if (err.end - err.start <= 1) {
    std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                  (unsigned char)s[err.start], err.start, err.reason);
  } else {
    std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                  err.start, err.end - 1, err.reason);
  }
  return buf;
}

int utf8_length_replace(std::string_view s) {
  int count = 0;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
      i++;
    } else {
      utf8_step(s, &i);
    }
    count++;
  }
  return count;
}

std::string utf8_replace_invalid(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
      out.push_back(char(b));
      i++;
      continue;
    }
    size_t start = i;
    if (utf8_step(s, &i) < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace coil::compiler
