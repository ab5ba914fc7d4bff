// utf8.h - small UTF-8 helpers with CPython's decoding rules (error spans, "replace" handling).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace coil::compiler {

// Appends the UTF-8 encoding of `cp` (surrogates are encoded as 3-byte sequences, like
// CPython's "surrogatepass").
inline void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

// One decoding step of strict UTF-8 at s[*i]: returns the code point and advances *i, or
// returns -1 and sets *i past the invalid span (CPython's span: 1 byte for an invalid start
// byte, the bytes before an invalid continuation byte, or all remaining bytes at a truncated
// end). `reason` (if given) receives CPython's reason text.
int32_t utf8_step(std::string_view s, size_t* i, const char** reason = nullptr);

// Decodes a code point from valid UTF-8 (also accepts 3-byte surrogates); advances *i.
uint32_t utf8_decode(std::string_view s, size_t* i);

struct Utf8Error {
  size_t start = 0, end = 0;  // [start, end) of the invalid span
  const char* reason = "";
};

// True if `s` is valid UTF-8; otherwise fills `err` with the first error.
bool utf8_validate(std::string_view s, Utf8Error* err);

// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" (CPython's text).
std::string utf8_error_message(std::string_view s, const Utf8Error& err);

// Number of code points when decoding with errors="replace" (each invalid span counts 1).
int utf8_length_replace(std::string_view s);

// `s` with each invalid span replaced by U+FFFD.
std::string utf8_replace_invalid(std::string_view s);

}  // namespace coil::compiler
