// unicode.h - Unicode character database queries (tables generated from CPython 3.11's unicodedata).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace coil {

// Unicode character classes .
bool uni_isprintable(uint32_t cp);
bool uni_isspace(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isalnum(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitle(uint32_t cp);
bool uni_iscased(uint32_t cp);
bool uni_iscaseignorable(uint32_t cp);
bool uni_isidstart(uint32_t cp);
bool uni_isidcontinue(uint32_t cp);
int uni_decimal_value(uint32_t cp);  // -1 if none
int uni_digit_value(uint32_t cp);    // -1 if none
double uni_numeric_value(uint32_t cp);  // -1.0 if none
// Full case mappings (may produce several code points); returns count written to out[3].
int uni_to_lower(uint32_t cp, uint32_t out[3]);
int uni_to_upper(uint32_t cp, uint32_t out[3]);
int uni_to_title(uint32_t cp, uint32_t out[3]);
int uni_to_folded(uint32_t cp, uint32_t out[3]);

// Character names, as in "\\N{...}" escapes and unicodedata.name/lookup (incl. aliases and
// algorithmic names like CJK UNIFIED IDEOGRAPH-4E00 and HANGUL SYLLABLE GA). lookup returns -1 if unknown.
int32_t uni_lookup_name(std::string_view name);
bool uni_name(uint32_t cp, std::string* out);
// General category as two letters ("Lu", "Nd", "Cn", ...), bidirectional class, combining class,
// east asian width, mirrored, decomposition string: the data unicodedata exposes.
const char* uni_category(uint32_t cp);
const char* uni_bidirectional(uint32_t cp);
int uni_combining(uint32_t cp);
const char* uni_east_asian_width(uint32_t cp);
bool uni_mirrored(uint32_t cp);
std::string uni_decomposition(uint32_t cp);
// Normalisation: form is "NFC", "NFD", "NFKC" or "NFKD"; input and output are code point strings.
std::u32string uni_normalize(std::string_view form, const std::u32string& text);
const char* uni_version();  // "14.0.0"

}  // namespace coil
