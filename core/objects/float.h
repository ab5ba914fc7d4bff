// float.h - the float type (IEEE double) and complex; repr is the shortest round-trip form.
#pragma once

#include <string>

#include "objects/type.h"

namespace coil {

extern Type FloatType;
extern Type ComplexType;

struct Float : Object {
  double value;
};
struct Complex : Object {
  double real, imag;
};

Value float_new(double d);
Value complex_new(double re, double im);
inline bool is_float_exact(Value v) { return v.is_obj() && v.obj()->type == &FloatType; }
bool is_float(Value v);
bool is_complex(Value v);
inline double float_of(Value v) { return v.as<Float>()->value; }  // float or subclass

// repr(float): shortest digits that round-trip, Python's layout (1e+16, 1e-05, 0.1, inf, nan).
std::string float_repr(double d);
// format(d, spec) for the types e f g % and repr-like '' / 'r'; precision -1 = default.
std::string float_format(double d, char type, int precision, bool alternate, bool add_dot_0_if_integer);
int64_t float_hash(double d);
// Parses Python float syntax (strips whitespace, allows underscores per the language rules).
bool float_parse(std::string_view text, double* out);

// float(x) (CPython's PyNumber_Float): __float__, __index__, str/bytes parsing; new exact float.
Value float_of_value(VM& vm, Value x);
// PyFloat_AsDouble: a float, or an object with __float__/__index__; TypeError
// "must be real number, not str" otherwise. For math-style functions.
bool float_as_double(VM& vm, Value x, double* out);

}  // namespace coil
