// debug.h - developer entry points into the core's front end (used by tools and tests, not by the app).
#pragma once

#include <string>
#include <string_view>

namespace coil::debug {

// Parses `source` as a module and returns what CPython 3.11's
// `ast.dump(ast.parse(source), include_attributes=...)` prints; on a syntax error returns
// "<Type>: <msg> (<filename>, line <lineno>, offset <offset>, end <end_lineno>:<end_offset>)".
std::string dump_ast(std::string_view source, std::string_view filename, bool include_attributes);

// One line per token: "<line>:<col>-<end_line>:<end_col> <KIND> <repr of text>".
std::string dump_tokens(std::string_view source);

}  // namespace coil::debug

namespace coil::debug {

// Compiles `source` and lists the bytecode of every code object (like dis.dis), or the error.
std::string disassemble(std::string_view source, std::string_view filename);

}  // namespace coil::debug
