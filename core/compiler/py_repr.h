// py_repr.h - Python's repr() of the constant values an AST can hold (str, bytes, int, float, complex).
#pragma once

#include <string>
#include <string_view>

namespace coil::compiler {

// repr(str) for UTF-8 text (3-byte surrogates allowed), with CPython's quote choice and escapes.
std::string repr_str(std::string_view utf8);
// repr(bytes).
std::string repr_bytes(std::string_view bytes);
// Decimal digits of an integer literal given as "123", "0x1f", "0o17" or "0b101" (any length).
std::string int_literal_to_decimal(std::string_view literal);
// repr(float): shortest round-trip digits, exponent when the exponent is < -4 or >= 16.
std::string repr_float(double v);
// repr(complex(0, imag)): "1j", "1.5j", "1e+16j", "infj".
std::string repr_imag(double imag);

}  // namespace coil::compiler
