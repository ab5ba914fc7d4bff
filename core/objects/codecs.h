// codecs.h - text encodings (utf-8/16/32, ascii, latin-1, cp1252) with CPython's error handlers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/value.h"

namespace coil {

struct Str;
struct VM;

// str -> bytes (new ref) or null + UnicodeEncodeError / LookupError ("unknown encoding: x",
// "unknown error handler name 'x'").
Value codec_encode(VM& vm, Str* s, std::string_view encoding, std::string_view errors);
// bytes -> str (new ref) or null + UnicodeDecodeError / LookupError.
Value codec_decode(VM& vm, const char* data, int64_t n, std::string_view encoding, std::string_view errors);

// The canonical codec name ("utf-8", "latin-1", "ascii", "utf-16-le", "cp1252", ...) for an
// encoding name as Python accepts it (case, '-'/'_'/' ' and aliases), or "" if unknown.
std::string codec_canonical_name(std::string_view encoding);

// Builds the exception objects as CPython does: UnicodeDecodeError(encoding, object, start, end,
// reason) via a call on the type (exception.cpp owns their attributes and str()).
Value make_unicode_decode_error(VM& vm, const char* encoding, Value object, int64_t start, int64_t end,
                                const char* reason);
Value make_unicode_encode_error(VM& vm, const char* encoding, Value object, int64_t start, int64_t end,
                                const char* reason);

}  // namespace coil
