// str_internal.h - declarations shared by the str type's files (str*.cpp); not for other modules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "objects/str.h"

namespace coil {

// ---- building results (str.cpp) ---------------------------------------------------------------
// A new str from UTF-8 text known to be ASCII (no validation, no scan).
Str* str_new_ascii(const char* data, std::size_t n);
// A new str from text whose properties the caller knows (skips str_finish's scan).
Str* str_new_known(const char* data, std::size_t n, uint64_t length, bool ascii, uint8_t width);
// Value-returning wrappers that raise MemoryError when the string cannot be allocated.
Value str_value(VM& vm, std::string_view utf8);
Value str_value_ascii(VM& vm, std::string_view ascii);
// True if a str of n bytes may be allocated: below the size cap, addressable (wasm32 has a 32-bit
// size_t) and within the heap limit. Callers raise MemoryError otherwise.
bool str_size_ok(uint64_t n);
// Decodes a str into code points.
std::u32string str_to_u32(Str* s);
Value str_from_u32(VM& vm, const std::u32string& cps);

// Byte search (linear: memchr/memmem): offset of the first occurrence of needle at or after
// `from`, or -1. An empty needle matches at `from` (if from <= n).
int64_t str_find_bytes(const char* hay, std::size_t n, const char* needle, std::size_t m, std::size_t from);
// Last occurrence starting at or before n - m (within hay[0..n)), or -1.
int64_t str_rfind_bytes(const char* hay, std::size_t n, const char* needle, std::size_t m);

// Whitespace as str.split()/strip() see it (Py_UNICODE_ISSPACE).
bool str_isspace_cp(uint32_t cp);
// Line boundaries as str.splitlines() sees them.
bool str_islinebreak_cp(uint32_t cp);

// Argument checking with CPython's messages (str_methods.cpp). `a` includes self in a[0].
bool str_args_noargs(VM& vm, Args a, const char* qualname);                   // "str.lower() takes no arguments (1 given)"
bool str_args_one(VM& vm, Args a, const char* qualname);                      // "str.join() takes exactly one argument (0 given)"
bool str_args_unpack(VM& vm, Args a, const char* name, const char* qualname,  // "center expected at least 1 argument, got 0"
                     uint32_t min, uint32_t max);
bool str_args_tuple(VM& vm, Args a, const char* name, uint32_t min, uint32_t max);  // "find() takes at least 1 argument (0 given)"
// Keyword-capable parsing: names[i] for positions 1..; fills out[i] (borrowed, null if absent).
bool str_args_kw(VM& vm, Args a, const char* fname, const char* const* names, uint32_t nnames, Value* out);

// ---- dunder methods (str.cpp) ------------------------------------------------------------------
Value str_dunder_format(VM& vm, Args a);  // str.__format__(spec)
Value str_getnewargs(VM& vm, Args a);
Value str_sizeof(VM& vm, Args a);

// ---- the method table (str_methods.cpp) ---------------------------------------------------------
extern const MethodDef kStrMethods[];

// ---- printf-style formatting (str_percent.cpp) -------------------------------------------------
// fmt % args for a str (or str subclass) fmt; returns a new str or null + error.
Value str_percent(VM& vm, Value fmt, Value args);

// ---- str.format and the format mini-language (str_format.cpp) ----------------------------------
Value str_method_format(VM& vm, Args a);      // str.format(*args, **kwargs)
Value str_method_format_map(VM& vm, Args a);  // str.format_map(mapping)
// format(s, spec) for a str or str subclass instance: fill, align, width, precision (str.__format__).
Value str_format_spec(VM& vm, Value self, Str* spec);

}  // namespace coil
