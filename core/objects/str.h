// str.h - the str type: immutable Unicode text stored as UTF-8 with its length in code points.
#pragma once

#include <string>
#include <string_view>

#include "objects/type.h"
#include "objects/unicode.h"

namespace coil {

extern Type StrType;

struct Str : Object {
  int64_t hash;     // -1 until computed
  uint64_t size;    // bytes of UTF-8 (lone surrogates use their 3-byte form)
  uint64_t length;  // code points
  uint8_t ascii;    // every code point < 128: byte offsets are indices
  uint8_t width;    // 1, 2 or 4: bytes per code point CPython would use (for hashing)
  uint8_t interned;
  uint32_t* index;  // non-ASCII: byte offset of every kIndexStride-th code point (lazy)
  char data[8];     // size bytes, then a NUL

  static constexpr uint64_t kIndexStride = 32;
  std::string_view view() const { return std::string_view(data, size); }
};

// Construction (all return a new reference; null only on MemoryError for huge sizes).
Str* str_new(std::string_view utf8);
Str* str_from_cstr(const char* s);
Str* str_alloc(std::size_t size);        // uninitialised data of `size` bytes; call str_finish
Str* str_finish(Str* s);                 // computes length/ascii/width after filling data
Str* str_from_codepoint(uint32_t cp);
Str* str_empty();
Str* str_concat(Str* a, Str* b);
Str* str_substr(Str* s, uint64_t start_cp, uint64_t end_cp);  // code point range

// Interned (immortal) strings: identifiers, attribute names, common constants.
Str* intern(std::string_view s);
Str* intern_str(Str* s);  // returns the interned equal string (new ref)

inline bool is_str_exact(Value v) { return v.is_obj() && v.obj()->type == &StrType; }
bool is_str(Value v);  // str or a subclass
Str* as_str(Value v);  // the Str of a str or str-subclass instance (borrowed)

int64_t str_hash(Str* s);
bool str_eq(Str* a, Str* b);
inline bool str_eq_ascii(Str* a, std::string_view b) { return a->view() == b; }
int str_compare(Str* a, Str* b);  // code point order: <0, 0, >0

// Code point access.
uint32_t str_char_at(Str* s, uint64_t i);
uint64_t str_byte_offset(Str* s, uint64_t cp_index);
uint64_t str_cp_index(Str* s, uint64_t byte_offset);

// UTF-8 helpers.
uint32_t utf8_decode(const char* p, int* len);       // p points at a lead byte of valid UTF-8
int utf8_encode(uint32_t cp, char* out);             // returns bytes written (1..4)
void utf8_append(std::string& out, uint32_t cp);
bool utf8_valid(std::string_view s);                 // strict: no surrogates, no overlongs

// repr() of a str, like CPython: quote choice, escapes, non-printables as \x.. \u.... \U........
std::string str_repr_text(Str* s, bool ascii_only = false);

uint64_t siphash13(const void* data, std::size_t len);

}  // namespace coil
