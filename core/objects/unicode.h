// unicode.h - Unicode character database queries (tables generated from CPython 3.11's unicodedata).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace coil {

// Unicode character classes: each is what the one-character str method of CPython 3.11 says
// (chr(cp).isprintable(), ...). Code points above 0x10FFFF are unassigned: all false.
bool uni_isprintable(uint32_t cp);
bool uni_isspace(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isalnum(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitle(uint32_t cp);          // titlecase letter (Lt) only; chr(cp).istitle() is istitle||isupper
bool uni_iscased(uint32_t cp);          // Unicode Cased / Case_Ignorable, which str.title(),
bool uni_iscaseignorable(uint32_t cp);  // capitalize() and the final-sigma rule of lower() use
bool uni_isidstart(uint32_t cp);        // XID_Start or '_': chr(cp).isidentifier()
bool uni_isidcontinue(uint32_t cp);     // XID_Continue: ('a' + chr(cp)).isidentifier()
bool uni_islinebreak(uint32_t cp);      // a line boundary for str.splitlines()
int uni_decimal_value(uint32_t cp);  // -1 if none
int uni_digit_value(uint32_t cp);    // -1 if none
double uni_numeric_value(uint32_t cp);  // -1.0 if none
// Full case mappings (may produce several code points); returns count written to out[3]:
// chr(cp).lower(), .upper(), .title(), .casefold(). out[0] alone is CPython's simple mapping
// (what re's IGNORECASE uses). uni_to_lower(U+03A3) gives U+03C3: str.lower() must turn a
// U+03A3 for which uni_final_sigma() holds into U+03C2 instead.
int uni_to_lower(uint32_t cp, uint32_t out[3]);
int uni_to_upper(uint32_t cp, uint32_t out[3]);
int uni_to_title(uint32_t cp, uint32_t out[3]);
int uni_to_folded(uint32_t cp, uint32_t out[3]);
// The final-sigma context of str.lower() for the code point at index i (a U+03A3): a cased
// code point precedes it and none follows it, case-ignorable code points being skipped.
// `utf8` is Str's UTF-8 (lone surrogates in their 3-byte form) and `pos` a byte offset.
bool uni_final_sigma(const uint32_t* text, std::size_t len, std::size_t i);
bool uni_final_sigma(std::string_view utf8, std::size_t pos);

// Character names, as in "\\N{...}" escapes and unicodedata.name/lookup (incl. aliases and
// algorithmic names like CJK UNIFIED IDEOGRAPH-4E00 and HANGUL SYLLABLE GA). lookup returns -1 if unknown.
// Like CPython, lookup ignores ASCII case except in the algorithmic CJK/Hangul names; named
// sequences (several code points) are not found. Built with COIL_UNICODE_NAMES=0, both
// always fail (uni_has_names() tells which build this is).
int32_t uni_lookup_name(std::string_view name);
bool uni_name(uint32_t cp, std::string* out);  // false (out untouched) for unnamed code points
bool uni_has_names();
// General category as two letters ("Lu", "Nd", "Cn", ...), bidirectional class, combining class,
// east asian width, mirrored, decomposition string: the data unicodedata exposes.
const char* uni_category(uint32_t cp);
const char* uni_bidirectional(uint32_t cp);
int uni_combining(uint32_t cp);
const char* uni_east_asian_width(uint32_t cp);
bool uni_mirrored(uint32_t cp);
std::string uni_decomposition(uint32_t cp);  // e.g. "<compat> 0020 0308"; "" if none
// Normalisation: form is "NFC", "NFD", "NFKC" or "NFKD"; input and output are code point strings.
// An unknown form returns the text unchanged (the caller raises ValueError before).
std::u32string uni_normalize(std::string_view form, const std::u32string& text);
const char* uni_version();  // "14.0.0"

}  // namespace coil
