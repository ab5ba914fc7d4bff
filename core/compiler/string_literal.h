// string_literal.h - str/bytes literal prefixes and escape decoding with CPython's rules and error messages.
#pragma once

#include <string>
#include <string_view>

namespace coil::compiler {

// The parts of a STRING token: its prefix letters and the body between the quotes.
struct StringToken {
  bool bytes = false, raw = false, fstring = false;
  bool u_prefix = false;  // starts with a lowercase 'u' (CPython's Constant.kind == 'u')
  std::string_view body;  // between the opening and closing quotes
  size_t body_offset = 0; // offset of `body` in the token text
};

// Splits a STRING token's text (prefix, quotes, body). The token is assumed well formed.
StringToken split_string_token(std::string_view text);

// Decodes the body of a str literal (escapes unless `raw`). On failure returns false and sets
// `error` to CPython's message, e.g. "(unicode error) 'unicodeescape' codec can't decode bytes
// in position 0-2: truncated \xXX escape". The result is UTF-8 (surrogates as 3-byte sequences).
bool decode_str_literal(std::string_view body, bool raw, std::string* out, std::string* error);

// Decodes the body of a bytes literal; non-ASCII characters must have been rejected already.
bool decode_bytes_literal(std::string_view body, bool raw, std::string* out, std::string* error);

}  // namespace coil::compiler
