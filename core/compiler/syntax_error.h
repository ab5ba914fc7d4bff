// syntax_error.h - a syntax error as CPython 3.11 reports it (type, message, location, line text).
#pragma once

#include <string>

namespace coil::compiler {

struct SyntaxErrorInfo {
  // "SyntaxError", "IndentationError" or "TabError"; "MemoryError" (empty msg, no location) when
  // the input nests too deeply for the parser, like CPython's parser stack limit.
  std::string type = "SyntaxError";
  std::string msg;
  // The values CPython puts on the exception: lineno/end_lineno are 1-based lines, offset and
  // end_offset 1-based code point columns (end_offset may be 0 or -1, as CPython sometimes has).
  // has_location is false where CPython has None for all of them.
  bool has_location = true;
  int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
  // The source line (UTF-8), exactly as CPython stores it in SyntaxError.text: usually the line
  // with its "\n", without it for errors raised by the tokenizer or on lines the tokenizer has
  // already left.
  std::string text;
  bool has_text = true;
  // Raised at a token without a position (the end of input): a script file read by CPython's
  // file tokenizer reports offset 0 there (see adjust_for_script_file).
  bool at_end_of_input = false;
};

}  // namespace coil::compiler

namespace coil {
using compiler::SyntaxErrorInfo;
}  // namespace coil
