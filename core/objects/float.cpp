// float.cpp - the float type: float(), exact comparison with ints, arithmetic with CPython's errors, methods.
//
// Section index
//   1. Values and the float.h helpers
//   2. Conversions (float(x), CONVERT_TO_DOUBLE, exact int comparison)
//   3. Slots (new, repr, hash, comparison, number operators)
//   4. Methods and getters
//   5. Type set-up
#include <cmath>
#include <cstring>

#include "objects/argcheck.h"
#include "objects/bignum.h"
#include "objects/bytes.h"
#include "objects/num_internal.h"
#include "vm/runtime.h"

namespace coil {

Type FloatType;

// ============================================================== 1. values

Value float_new(double d) {
  Float* f = static_cast<Float*>(heap_alloc(sizeof(Float)));
  if (!f) return Value();
  f->refcount = 1;
  f->gc_index = Object::kUntracked;
  f->type = &FloatType;
  incref(&FloatType);
  f->value = d;
  return Value(f);
}

bool is_float(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  return t == &FloatType || type_has(t, kTypeFloatSubclass);
}

std::string float_repr(double d) { return numfmt::float_repr(d); }

std::string float_format(double d, char type, int precision, bool alternate, bool add_dot_0_if_integer) {
  unsigned flags = (alternate ? numfmt::kAlt : 0u) | (add_dot_0_if_integer ? numfmt::kAddDot0 : 0u);
  if (type == 0 || type == 'r') return numfmt::double_to_string(d, 'r', 0, flags);
  if (precision < 0) precision = 6;
  if (type == '%') return numfmt::double_to_string(d * 100.0, 'f', precision, flags) + "%";
  return numfmt::double_to_string(d, type, precision, flags);
}

int64_t float_hash(double d) { return numfmt::float_hash(d); }

bool float_parse(std::string_view text, double* out) { return numfmt::parse_float(text, out); }

int64_t pointer_hash(const void* p) {
  uint64_t y = uint64_t(reinterpret_cast<uintptr_t>(p));
  int64_t h = int64_t((y >> 4) | (y << 60));
  return h == -1 ? -2 : h;
}

namespace {

inline Value not_implemented() { return new_not_implemented(); }

// A new exact float (raises MemoryError in the unlikely case the allocation fails).
inline Value make_float(VM& vm, double d) {
  Value v = float_new(d);
  if (!v) return raise_memory_error(vm);
  return v;
}

// OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE) gives.
Value raise_erange(VM& vm) {
  Str* msg = str_new("Numerical result out of range");
  Tuple* args = tuple_new(2);
  args->items[0] = Value::small(34);
  (args->items + 1)[0] = Value(msg);
  Value r = raise_args(vm, &OverflowErrorType, args);
  decref(args);
  return r;
}

Value raise_int_too_large(VM& vm) { return raise(vm, &OverflowErrorType, "int too large to convert to float"); }

}  // namespace

// ============================================================== 2. conversions

int number_as_double(VM& vm, Value v, double* out) {
  if (v.is_small()) {
    *out = double(v.small_value());
    return 1;
  }
  Type* t = v.obj()->type;
  if (t == &FloatType || type_has(t, kTypeFloatSubclass)) {
    *out = v.as<Float>()->value;
    return 1;
  }
  if (t == &IntType || type_has(t, kTypeIntSubclass)) {
    bool overflow;
    *out = int_as_double(v, &overflow);
    if (overflow) {
      raise_int_too_large(vm);
      return -1;
    }
    return 1;
  }
  return 0;
}

int compare_double_int(double x, Value i) {
  if (std::isnan(x)) return 2;
  if (std::isinf(x)) return x > 0 ? 1 : -1;
  i = int_value(i);
  if (i.is_small()) {
    int64_t n = i.small_value();
    if (n >= -(int64_t(1) << 53) && n <= (int64_t(1) << 53)) {
      double d = double(n);
      return x < d ? -1 : x > d ? 1 : 0;
    }
    // |n| < 2**62: compare the truncated float as an int64, then its fraction.
    if (x >= 0x1p62) return 1;
    if (x < -0x1p62) return -1;
    double t = std::trunc(x);
    int64_t ti = int64_t(t);
    if (ti != n) return ti < n ? -1 : 1;
    double frac = x - t;
    return frac < 0 ? -1 : frac > 0 ? 1 : 0;
  }
  int s = int_sign(i);  // never 0 for a BigInt
  if (x == 0.0) return -s;
  if ((x < 0) != (s < 0)) return x < 0 ? -1 : 1;
  int e;
  std::frexp(x, &e);  // 2**(e-1) <= |x| < 2**e
  uint64_t nb = int_bit_length(i);
  if (uint64_t(e) != nb) {
    bool x_bigger = uint64_t(e) > nb;
    return (x_bigger == (x > 0)) ? 1 : -1;
  }
  // Same bit length (>= 62 bits): x is an integer; compare exactly.
  bignum::Num xi = bignum::from_double(x);
  bignum::Num in = int_to_num(i);
  return bignum::compare(xi, in);
}

namespace {

Value float_from_string_object(VM& vm, Value o) {
  std::string converted;
  std::string_view text;
  std::string scratch;
  if (is_str(o)) {
    Str* s = as_str(o);
    text = s->view();
    if (!s->ascii) {
      converted = ascii_digits_and_spaces(text);
      text = converted;
    }
  } else if (has_buffer(o)) {
    const char* data;
    int64_t size;
    if (!get_buffer(vm, o, &data, &size, &scratch)) return Value();
    text = std::string_view(data, std::size_t(size));
  } else {
    return raisef(vm, &TypeErrorType, "float() argument must be a string or a real number, not '%s'", tname(o));
  }
  double d;
  if (!numfmt::parse_float(text, &d)) {
    Value r = repr(vm, o);
    if (!r) return Value();
    raisef(vm, &ValueErrorType, "could not convert string to float: %s", as_str(r)->data);
    decref(r);
    return Value();
  }
  return make_float(vm, d);
}

}  // namespace

Value float_of_value(VM& vm, Value o) {
  if (is_float_exact(o)) return newref(o);
  if (o.is_small()) return make_float(vm, double(o.small_value()));
  Type* t = o.obj()->type;
  NumberSlots* num = t->number;
  if (num && num->to_float) {
    Value r = num->to_float(vm, o);
    if (!r || is_float_exact(r)) return r;
    if (!is_float(r)) {
      raisef(vm, &TypeErrorType, "%.50s.__float__ returned non-float (type %.50s)", type_name(t), tname(r));
      decref(r);
      return Value();
    }
    double d = float_of(r);  // (CPython also warns: a strict float subclass is deprecated here)
    decref(r);
    return make_float(vm, d);
  }
  if (num && num->index) {
    Value i = number_index(vm, o);
    if (!i) return Value();
    bool overflow;
    double d = int_as_double(i, &overflow);
    decref(i);
    if (overflow) return raise_int_too_large(vm);
    return make_float(vm, d);
  }
  if (is_float(o)) return make_float(vm, float_of(o));
  return float_from_string_object(vm, o);
}

bool float_as_double(VM& vm, Value x, double* out) {
  if (is_float(x)) {
    *out = float_of(x);
    return true;
  }
  if (x.is_small()) {
    *out = double(x.small_value());
    return true;
  }
  Type* t = type_of(x);
  if (!(t->number && (t->number->to_float || t->number->index))) {
    raisef(vm, &TypeErrorType, "must be real number, not %s", type_name(t));
    return false;
  }
  Value f = float_of_value(vm, x);
  if (!f) return false;
  *out = float_of(f);
  decref(f);
  return true;
}

// ============================================================== 3. slots

namespace {

void float_dealloc(Object* o) {
  if (o->type == &FloatType) {
    object_free(o, sizeof(Float));
    return;
  }
  object_free(o, o->type->basicsize);  // a subclass instance reaching the base dealloc
}

// float(x=0.0, /)
Value float_new_slot(VM& vm, Type* type, Args a) {
  if ((type == &FloatType || type->init == FloatType.init) && !check_no_kw(vm, a, "float")) return Value();
  if (!check_positional(vm, "float", a.n, 0, 1)) return Value();
  Value r = a.n ? float_of_value(vm, a[0]) : make_float(vm, 0.0);
  if (!r || type == &FloatType) return r;
  double d = float_of(r);
  decref(r);
  Object* o = object_alloc(type, type->basicsize);
  if (!o) return raise_memory_error(vm);
  static_cast<Float*>(o)->value = d;
  if (type_has(type, kTypeHasGC)) gc_track(o);
  return Value(o);
}

Value float_repr_slot(VM& vm, Value self) {
  Str* s = str_new(numfmt::float_repr(float_of(self)));
  if (!s) return raise_memory_error(vm);
  return Value(s);
}

bool float_hash_slot(VM&, Value self, int64_t* out) {
  double x = float_of(self);
  *out = std::isnan(x) ? pointer_hash(self.obj()) : numfmt::float_hash(x);
  return true;
}

Value float_richcompare(VM&, Value a, Value b, CompareOp op) {
  if (!is_float(a)) return not_implemented();
  double x = float_of(a);
  int c;
  if (is_float(b)) {
    double y = float_of(b);
    c = x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
  } else if (is_int(b)) {
    c = compare_double_int(x, b);
  } else {
    return not_implemented();
  }
  bool r = false;
  if (c == 2) {
    r = op == kNE;
  } else {
    switch (op) {
      case kLT: r = c < 0; break;
      case kLE: r = c <= 0; break;
      case kEQ: r = c == 0; break;
      case kNE: r = c != 0; break;
      case kGT: r = c > 0; break;
      case kGE: r = c >= 0; break;
    }
  }
  return new_bool(r);
}

int float_truth(VM&, Value self) { return float_of(self) != 0.0; }

// Converts both operands or returns from the caller (NotImplemented / error).
#define CONVERT_BOTH(a, b, x, y)                            \
  double x, y;                                              \
  {                                                         \
    int ca_ = number_as_double(vm, a, &x);                  \
    if (ca_ <= 0) return ca_ < 0 ? Value() : not_implemented(); \
    int cb_ = number_as_double(vm, b, &y);                  \
    if (cb_ <= 0) return cb_ < 0 ? Value() : not_implemented(); \
  }

Value float_add(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  return make_float(vm, x + y);
}

Value float_sub(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  return make_float(vm, x - y);
}

Value float_mul(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  return make_float(vm, x * y);
}

Value float_truediv(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0) return raise(vm, &ZeroDivisionErrorType, "float division by zero");
  return make_float(vm, x / y);
}

Value float_floordiv(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  double q;
  numfmt::Error err;
  if (!numfmt::float_floordiv(x, y, &q, &err)) return numfmt_raise(vm, err);
  return make_float(vm, q);
}

Value float_mod(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  double r;
  numfmt::Error err;
  if (!numfmt::float_mod(x, y, &r, &err)) return numfmt_raise(vm, err);
  return make_float(vm, r);
}

Value float_divmod(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  double q, r;
  numfmt::Error err;
  if (!numfmt::float_divmod(x, y, &q, &r, &err)) return numfmt_raise(vm, err);
  Value vq = make_float(vm, q);
  if (!vq) return Value();
  Value vr = make_float(vm, r);
  if (!vr) {
    decref(vq);
    return Value();
  }
  Tuple* t = tuple_new(2);
  t->items[0] = vq;
  (t->items + 1)[0] = vr;
  return Value(t);
}

inline bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// CPython's float_pow on doubles (after the operands were converted).
Value pow_doubles(VM& vm, double iv, double iw) {
  if (iw == 0.0) return make_float(vm, 1.0);
  if (std::isnan(iv)) return make_float(vm, iv == 1.0 ? 1.0 : iv);
  if (std::isnan(iw)) return make_float(vm, iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    double av = std::fabs(iv);
    if (av == 1.0) return make_float(vm, 1.0);
    if ((iw > 0.0) == (av > 1.0)) return make_float(vm, std::fabs(iw));
    return make_float(vm, 0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return make_float(vm, odd ? iv : std::fabs(iv));
    return make_float(vm, odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) return raise(vm, &ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
    return make_float(vm, odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return complex_pow_doubles(vm, iv, 0.0, iw, 0.0);  // a complex result
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return make_float(vm, negate ? -1.0 : 1.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r)) return raise_erange(vm);
  return make_float(vm, negate ? -r : r);
}

}  // namespace

Value float_number_pow(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  return pow_doubles(vm, x, y);
}

namespace {

Value float_pow3(VM& vm, Value a, Value b, Value mod) {
  CONVERT_BOTH(a, b, x, y);
  if (mod && !is_none(mod))
    return raise(vm, &TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers");
  return pow_doubles(vm, x, y);
}

Value float_pow2(VM& vm, Value a, Value b) { return float_number_pow(vm, a, b); }

#undef CONVERT_BOTH

// float(self) for a float or subclass instance.
Value float_float(VM& vm, Value self) {
  if (is_float_exact(self)) return newref(self);
  return make_float(vm, float_of(self));
}

Value float_neg(VM& vm, Value a) { return make_float(vm, -float_of(a)); }
Value float_abs(VM& vm, Value a) { return make_float(vm, std::fabs(float_of(a))); }
Value float_to_int(VM& vm, Value a) { return int_from_double(vm, float_of(a)); }

NumberSlots g_float_number;

// ============================================================== 4. methods and getters

Value float_conjugate(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "float.conjugate")) return Value();
  return float_float(vm, a[0]);
}

Value float_as_integer_ratio(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "float.as_integer_ratio")) return Value();
  bignum::Num num, den;
  numfmt::Error err;
  if (!numfmt::as_integer_ratio(float_of(a[0]), &num, &den, &err)) return numfmt_raise(vm, err);
  Value n = int_from_num(num);
  Value d = n ? int_from_num(den) : Value();
  if (!n || !d) {
    decref(n);
    return raise_memory_error(vm);
  }
  Tuple* t = tuple_new(2);
  t->items[0] = n;
  (t->items + 1)[0] = d;
  return Value(t);
}

Value float_is_integer(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "float.is_integer")) return Value();
  double x = float_of(a[0]);
  return new_bool(std::isfinite(x) && std::floor(x) == x);
}

Value float_hex(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "float.hex")) return Value();
  return Value(str_new(numfmt::float_hex(float_of(a[0]))));
}

// float.fromhex(string)  (a classmethod: a[0] is the class)
Value float_fromhex(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "float.fromhex")) return Value();
  if (!is_str(a[1])) return raise(vm, &TypeErrorType, "bad argument type for built-in operation");
  double d;
  numfmt::Error err;
  if (!numfmt::float_fromhex(as_str(a[1])->view(), &d, &err)) return numfmt_raise(vm, err);
  Value f = make_float(vm, d);
  if (!f || a[0] == Value(&FloatType)) return f;
  Value r = call1(vm, a[0], f);
  decref(f);
  return r;
}

// float.__round__(ndigits=None)
Value float_round(VM& vm, Args a) {
  if (!check_no_kw(vm, a, "float.__round__")) return Value();
  if (!check_positional(vm, "__round__", a.n - 1, 0, 1)) return Value();
  double x = float_of(a[0]);
  if (a.n == 1 || is_none(a[1])) return int_from_double(vm, numfmt::round_half_even(x));
  int64_t nd;
  if (!index_to_i64(vm, a[1], &nd, nullptr)) return Value();  // clips on overflow, like CPython
  double r;
  numfmt::Error err;
  if (!numfmt::float_round(x, nd, &r, &err)) return numfmt_raise(vm, err);
  return make_float(vm, r);
}

Value float_trunc_m(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "float.__trunc__")) return Value();
  return int_from_double(vm, float_of(a[0]));
}

Value float_floor_m(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "float.__floor__")) return Value();
  return int_from_double(vm, std::floor(float_of(a[0])));
}

Value float_ceil_m(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "float.__ceil__")) return Value();
  return int_from_double(vm, std::ceil(float_of(a[0])));
}

Value float_format_m(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "float.__format__")) return Value();
  if (!check_format_spec_arg(vm, a[1])) return Value();
  Str* spec = as_str(a[1]);
  if (spec->size == 0) return str_of(vm, a[0]);
  return numfmt_result(vm, numfmt::format_float(float_of(a[0]), spec->view(), tname(a[0])));
}

Value float_getnewargs(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "float.__getnewargs__")) return Value();
  Value f = make_float(vm, float_of(a[0]));
  if (!f) return Value();
  Tuple* t = tuple_new(1);
  t->items[0] = f;
  return Value(t);
}

// float.__getformat__(typestr)  (a classmethod)
Value float_getformat(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "float.__getformat__")) return Value();
  if (!is_str(a[1]))
    return raisef(vm, &TypeErrorType, "__getformat__() argument must be str, not %s", tname(a[1]));
  std::string_view s = as_str(a[1])->view();
  if (s != "double" && s != "float")
    return raise(vm, &ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'");
  return Value(str_new("IEEE, little-endian"));
}

Value float_get_real(VM& vm, Value self) { return float_float(vm, self); }
Value float_get_imag(VM& vm, Value) { return make_float(vm, 0.0); }

const MethodDef kFloatMethods[] = {
    {"conjugate", float_conjugate, kMethPlain, "Return self, the complex conjugate of any float.", nullptr},
    {"__trunc__", float_trunc_m, kMethPlain, "Return the Integral closest to x between 0 and x.", nullptr},
    {"__floor__", float_floor_m, kMethPlain, "Return the floor as an Integral.", nullptr},
    {"__ceil__", float_ceil_m, kMethPlain, "Return the ceiling as an Integral.", nullptr},
    {"__round__", float_round, kMethPlain,
     "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in "
     "round(x, ndigits).",
     nullptr},
    {"as_integer_ratio", float_as_integer_ratio, kMethPlain,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\nand "
     "with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n>>> "
     "(10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, "
     "4)",
     nullptr},
    {"fromhex", float_fromhex, kMethClass,
     "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> "
     "float.fromhex('-0x1p-1074')\n-5e-324",
     nullptr},
    {"hex", float_hex, kMethPlain,
     "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n"
     ">>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'",
     nullptr},
    {"is_integer", float_is_integer, kMethPlain, "Return True if the float is an integer.", nullptr},
    {"__getnewargs__", float_getnewargs, kMethPlain, nullptr, nullptr},
    {"__getformat__", float_getformat, kMethClass,
     "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists "
     "mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' "
     "or 'IEEE,\nlittle-endian' best describes the format of floating point numbers used by the\nC type named by "
     "typestr.",
     nullptr},
    {"__format__", float_format_m, kMethPlain, "Formats the float according to format_spec.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number"},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

// ============================================================== 5. type set-up

void init_float_type() {
  Type* t = &FloatType;
  static_type_init(t, "float", sizeof(Float), &ObjectType, kTypeBaseType | kTypeFloatSubclass);
  t->cdoc = "Convert a string or number to a floating point number, if possible.";
  t->dealloc = float_dealloc;
  t->new_ = float_new_slot;
  t->repr = float_repr_slot;
  t->hash = float_hash_slot;
  t->richcompare = float_richcompare;
  t->truth = float_truth;
  NumberSlots* n = &g_float_number;
  n->binary[kAdd] = float_add;
  n->binary[kSub] = float_sub;
  n->binary[kMul] = float_mul;
  n->binary[kTrueDiv] = float_truediv;
  n->binary[kFloorDiv] = float_floordiv;
  n->binary[kMod] = float_mod;
  n->binary[kPow] = float_pow2;
  n->pow3 = float_pow3;
  n->divmod = float_divmod;
  n->unary[kNeg] = float_neg;
  n->unary[kPos] = float_float;
  n->unary[kAbs] = float_abs;
  n->to_int = float_to_int;
  n->to_float = float_float;
  t->number = n;
  t->methods = kFloatMethods;
  t->getsets = kFloatGetSets;
}

}  // namespace coil
