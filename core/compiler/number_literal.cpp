// number_literal.cpp - NUMBER token text -> int (kept as text), float or imaginary value.
#include "compiler/number_literal.h"

#include <cstdlib>
#include <string>

namespace coil::compiler {

int parse_number(std::string_view text, ast::ConstantValue* out) {
  std::string s;
  s.reserve(text.size());
  for (char c : text) {
    if (c != '_') s.push_back(c);
  }
  char last = s.empty() ? '0' : s.back();
  if (last == 'j' || last == 'J') {
    s.pop_back();
    out->kind = ast::ConstantValue::Kind::Complex;
    out->number = std::strtod(s.c_str(), nullptr);
    return 0;
  }
  if (s.size() >= 2 && s[0] == '0' &&
      (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B')) {
    s[1] = char(s[1] | 0x20);
    out->kind = ast::ConstantValue::Kind::Int;
    out->text = std::move(s);
    return 0;
  }
  if (s.find_first_of(".eE") != std::string::npos) {
    out->kind = ast::ConstantValue::Kind::Float;
    out->number = std::strtod(s.c_str(), nullptr);
    return 0;
  }
  size_t first_nonzero = s.find_first_not_of('0');
  int digits = first_nonzero == std::string::npos ? 0 : int(s.size() - first_nonzero);
  out->kind = ast::ConstantValue::Kind::Int;
  out->text = std::move(s);
  return digits;
}

}  // namespace coil::compiler
