// unicode_db.h - the few Unicode character properties and names the front end needs.
//
// This is a seam: the bodies in unicode_db.cpp use small generated tables
// (tools/gen_unicode_db.py). When the interpreter's full Unicode database lands
// (core/objects/unicode.*), these functions can forward to it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace coil::compiler::unidb {

// Identifier classes as CPython's str.isidentifier() uses them (XID_Start plus '_', XID_Continue).
bool is_id_start(uint32_t cp);
bool is_id_continue(uint32_t cp);
// Python's str.isprintable() for one code point.
bool is_printable(uint32_t cp);
// "\N{name}" lookup (case-insensitive); -1 if the name is unknown. Covers the names of a subset
// of blocks (Latin, Greek, Cyrillic, punctuation, symbols, arrows, math, box drawing, emoji) and
// the algorithmic CJK UNIFIED IDEOGRAPH-XXXX / HANGUL SYLLABLE names.
int32_t lookup_name(std::string_view name);

// NFKC normalisation of an identifier (CPython normalises non-ASCII identifiers). This version
// maps each character on its own (its full NFKC decomposition, e.g. fullwidth and mathematical
// letters, ligatures); it does not compose combining sequences.
std::string normalize_identifier(std::string_view utf8);

}  // namespace coil::compiler::unidb
