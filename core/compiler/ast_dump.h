// ast_dump.h - ast.dump()-style text for any parsed tree and for syntax errors (tools and tests).
#pragma once

#include <string>
#include <string_view>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace coil::compiler {

// What Python 3.11's ast.dump(tree, include_attributes=...) prints for Module, Interactive and
// Expression trees (or its RecursionError for trees nested deeper than ast.parse accepts).
std::string dump_mod(const ast::Mod& mod, bool include_attributes);

// "<Type>: <msg> (<filename>, line <lineno>, offset <offset>, end <end_lineno>:<end_offset>)"
std::string dump_syntax_error(const SyntaxErrorInfo& error, std::string_view filename);

}  // namespace coil::compiler
