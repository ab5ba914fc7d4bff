// syntax_error.h - a syntax error found by the parser, the symbol table or the code generator.
#pragma once

#include <string>

namespace coil {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or IndentationError, TabError
  std::string msg;
  int lineno = 0;       // 1-based
  int offset = 0;       // 1-based column in code points (0: unknown)
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;     // the source line, or empty if unknown
};

}  // namespace coil
