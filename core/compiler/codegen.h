// codegen.h - turns a parsed and scoped module into a code object.
#pragma once

#include <string_view>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"
#include "vm/vm.h"

namespace coil {

struct Code;

// Cell: a notebook cell, a module whose last statement, if an expression, is displayed
// (sys.displayhook) as the REPL would.
enum class CompileMode { File, Interactive, Eval, Cell };

// Compiles `mod`; returns a new Code (module body) or null with *err filled (SyntaxError raised
// by the symbol table or the code generator). `source` is kept for error messages.
Code* codegen_module(VM& vm, const ast::Mod* mod, std::string_view filename, CompileMode mode,
                     SyntaxErrorInfo* err, int future_flags = 0);

}  // namespace coil
