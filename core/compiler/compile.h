// compile.h - the whole front end: source text to a code object, or a SyntaxError.
#pragma once

#include <string_view>

#include "compiler/codegen.h"
#include "compiler/syntax_error.h"

namespace coil {

// Compiles source (UTF-8). Registers the source in vm.sources for tracebacks. Null with *err
// filled on a syntax error.
Code* compile_source(VM& vm, std::string_view source, std::string_view filename, CompileMode mode,
                     SyntaxErrorInfo* err, int flags = 0);
// The same, raising SyntaxError/IndentationError/TabError in the VM on failure.
Code* compile_or_raise(VM& vm, std::string_view source, std::string_view filename, CompileMode mode, int flags = 0);
// CPython reads a script file (python3 FILE) with a file tokenizer, whose errors at the end of
// input have offset 0 and the line as written (no newline added). Adjusts err
// from compile_source accordingly.
void adjust_for_script_file(SyntaxErrorInfo* err, std::string_view source);
// Raises the exception described by err.
Value raise_syntax_error(VM& vm, const SyntaxErrorInfo& err, std::string_view filename);

}  // namespace coil
