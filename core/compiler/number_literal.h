// number_literal.h - turning a NUMBER token into the value of a Constant node.
#pragma once

#include <string_view>

#include "compiler/ast.h"

namespace coil::compiler {

// Fills `out` from the text of a NUMBER token (which the tokenizer has validated). Returns the
// number of significant decimal digits of a decimal integer literal (CPython refuses more than
// 4300 of them), 0 for other literals.
int parse_number(std::string_view text, ast::ConstantValue* out);

constexpr int kMaxIntStrDigits = 4300;

}  // namespace coil::compiler
