// parser.h - public entry points of the front end: source text -> ast::Mod, or a SyntaxError.
#pragma once

#include <memory>
#include <string_view>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace coil::compiler {

// File: ast.Module (compile mode 'exec'); Interactive: ast.Interactive (mode 'single', one
// statement, what the REPL compiles); Eval: ast.Expression (mode 'eval').
enum class ParseMode { File, Interactive, Eval };

struct ParseOptions {
  // codeop's PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT: input that stops in the
  // middle of a statement fails with "incomplete input" (used by check_complete()).
  bool allow_incomplete = false;
};

struct ParseResult {
  std::unique_ptr<ast::Arena> arena;  // owns every node of `mod`
  ast::Mod* mod = nullptr;            // null when parsing failed
  SyntaxErrorInfo error;              // meaningful when mod is null
  bool ok() const { return mod != nullptr; }
};

// Parses UTF-8 source like CPython 3.11's ast.parse(source, mode=...): same tree, same node
// positions (columns are UTF-8 byte offsets), same SyntaxError type/message/location.
// A leading BOM is skipped; "\r\n" and "\r" line ends are accepted. Never fails in other ways:
// hostile input (deep nesting, huge lines, NUL bytes, invalid UTF-8) gives an error result.
ParseResult parse(std::string_view source, ParseMode mode = ParseMode::File,
                  const ParseOptions& options = {});

// For the REPL, like codeop.compile_command(source, symbol="single"): Complete (compile and
// run it; it may still be a SyntaxError, which parse() then reports), Incomplete (read another
// line: open brackets, a compound statement header or block not yet ended by an empty line,
// an unterminated triple-quoted string, a trailing backslash) or Invalid (a syntax error
// that more input cannot fix; parse() reports it).
enum class Completeness { Complete, Incomplete, Invalid };
Completeness check_complete(std::string_view source, ParseMode mode = ParseMode::Interactive);

}  // namespace coil::compiler
