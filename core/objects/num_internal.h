// num_internal.h - helpers shared by the number types (int.cpp, bool.cpp, float.cpp, complex.cpp).
#pragma once

#include <string>
#include <string_view>

#include "objects/numfmt.h"
#include "objects/type.h"

namespace coil {

// ---- int.cpp ----------------------------------------------------------------------------------
// A numfmt result as a new str, or the matching Python exception (null).
Value numfmt_result(VM& vm, const numfmt::Result& r);
Value numfmt_raise(VM& vm, const numfmt::Error& e);
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII on UTF-8 text: ASCII stays as is, non-ASCII
// white space becomes ' ', non-ASCII decimal digits become '0'..'9', and the first other character
// becomes '?' and ends the text.
std::string ascii_digits_and_spaces(std::string_view utf8);
// Checks a __format__ argument: "__format__() argument must be str, not int".
bool check_format_spec_arg(VM& vm, Value spec);

// ---- float.cpp --------------------------------------------------------------------------------
// Compares the finite or infinite double x with the int i exactly: -1, 0, +1, or 2 if x is NaN.
int compare_double_int(double x, Value i);
// CPython's CONVERT_TO_DOUBLE for float operators: 1 ok, 0 not a float/int (NotImplemented),
// -1 error (OverflowError "int too large to convert to float").
int number_as_double(VM& vm, Value v, double* out);
// float.__pow__ on two values (float or int operands; NotImplemented otherwise). int ** negative
// int delegates here, as in CPython.
Value float_number_pow(VM& vm, Value a, Value b);
// The identity hash CPython uses for NaN floats/complex parts (_Py_HashPointer).
int64_t pointer_hash(const void* p);

// ---- complex.cpp ------------------------------------------------------------------------------
// a ** b on complex values with CPython's algorithm and errors (negative floats to fractional powers).
Value complex_pow_doubles(VM& vm, double ar, double ai, double br, double bi);

}  // namespace coil
