// complex.cpp - the complex type: complex() and its string syntax, arithmetic, hashing, formatting.
//
// Section index
//   1. Values and complex arithmetic on doubles (CPython's algorithms)
//   2. complex(string) parsing
//   3. complex(real, imag)
//   4. Slots
//   5. Methods, getters and type set-up
#include <cmath>
#include <cstring>

#include "objects/argcheck.h"
#include "objects/num_internal.h"
#include "vm/runtime.h"

namespace coil {

Type ComplexType;

// ============================================================== 1. values and arithmetic

Value complex_new(double re, double im) {
  Complex* c = static_cast<Complex*>(heap_alloc(sizeof(Complex)));
  if (!c) return Value();
  c->refcount = 1;
  c->gc_index = Object::kUntracked;
  c->type = &ComplexType;
  incref(&ComplexType);
  c->real = re;
  c->imag = im;
  return Value(c);
}

bool is_complex(Value v) {
  if (!v.is_obj()) return false;
  for (Type* t = v.obj()->type; t; t = t->base)
    if (t == &ComplexType) return true;
  return false;
}

namespace {

struct Cx {
  double re, im;
};

inline Value not_implemented() { return new_not_implemented(); }

inline Value make_complex(VM& vm, Cx c) {
  Value v = complex_new(c.re, c.im);
  if (!v) return raise_memory_error(vm);
  return v;
}

inline Cx cx_of(Value v) {
  Complex* c = v.as<Complex>();
  return Cx{c->real, c->imag};
}

inline Cx c_sum(Cx a, Cx b) { return Cx{a.re + b.re, a.im + b.im}; }
inline Cx c_diff(Cx a, Cx b) { return Cx{a.re - b.re, a.im - b.im}; }
inline Cx c_prod(Cx a, Cx b) { return Cx{a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// a / b; *zero set when b is 0 (CPython's errno EDOM).
Cx c_quot(Cx a, Cx b, bool* zero) {
  *zero = false;
  double abs_br = std::fabs(b.re), abs_bi = std::fabs(b.im);
  Cx r;
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) {
      *zero = true;
      r.re = r.im = 0.0;
    } else {
      double ratio = b.im / b.re;
      double denom = b.re + b.im * ratio;
      r.re = (a.re + a.im * ratio) / denom;
      r.im = (a.im - a.re * ratio) / denom;
    }
  } else if (abs_bi >= abs_br) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    r.re = (a.re * ratio + a.im) / denom;
    r.im = (a.im * ratio - a.re) / denom;
  } else {  // NaNs
    r.re = r.im = std::nan("");
  }
  return r;
}

Cx c_pow(Cx a, Cx b, bool* zero) {
  *zero = false;
  if (b.re == 0.0 && b.im == 0.0) return Cx{1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *zero = true;
    return Cx{0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  // cos/sin of an infinite phase are domain errors: CPython sees errno EDOM and reports it as the
  // zero-division error below.
  if (std::isinf(phase)) *zero = true;
  return Cx{len * std::cos(phase), len * std::sin(phase)};
}

Cx c_powu(Cx x, long n) {
  Cx r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

Cx c_powi(Cx x, long n, bool* zero) {
  if (n > 0) return c_powu(x, n);
  return c_quot(Cx{1.0, 0.0}, c_powu(x, -n), zero);
}

// Converts an operand: 1 ok, 0 not a number (NotImplemented), -1 error.
int to_cx(VM& vm, Value v, Cx* out) {
  if (is_complex(v)) {
    *out = cx_of(v);
    return 1;
  }
  double d;
  int r = number_as_double(vm, v, &d);
  if (r > 0) *out = Cx{d, 0.0};
  return r;
}

Value pow_cx(VM& vm, Cx a, Cx b) {
  bool zero = false;
  Cx p;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0)
    p = c_powi(a, long(b.re), &zero);
  else
    p = c_pow(a, b, &zero);
  if (zero) return raise(vm, &ZeroDivisionErrorType, "0.0 to a negative or complex power");
  if (std::isinf(p.re) || std::isinf(p.im)) return raise(vm, &OverflowErrorType, "complex exponentiation");
  return make_complex(vm, p);
}

}  // namespace

Value complex_pow_doubles(VM& vm, double ar, double ai, double br, double bi) {
  return pow_cx(vm, Cx{ar, ai}, Cx{br, bi});
}

// ============================================================== 2. complex(string)

namespace {

inline bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool match_word(const std::string& s, std::size_t i, const char* word) {
  std::size_t n = std::strlen(word);
  if (i + n > s.size()) return false;
  for (std::size_t k = 0; k < n; ++k)
    if (char(s[i + k] | 0x20) != word[k]) return false;
  return true;
}

// strtod-like: the longest float prefix at s[i]; returns its length (0 if none) and the value.
std::size_t float_prefix(const std::string& s, std::size_t i, double* out) {
  std::size_t p = i;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
  std::size_t len = 0;
  if (match_word(s, p, "infinity")) {
    len = p + 8 - i;
  } else if (match_word(s, p, "inf") || match_word(s, p, "nan")) {
    len = p + 3 - i;
  } else {
    std::size_t q = p;
    std::size_t digits = 0;
    while (q < s.size() && is_digit(s[q])) ++q, ++digits;
    if (q < s.size() && s[q] == '.') {
      ++q;
      while (q < s.size() && is_digit(s[q])) ++q, ++digits;
    }
    if (digits == 0) return 0;
    if (q < s.size() && (s[q] == 'e' || s[q] == 'E')) {
      std::size_t e = q + 1;
      if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
      if (e < s.size() && is_digit(s[e])) {
        while (e < s.size() && is_digit(s[e])) ++e;
        q = e;
      }
    }
    len = q - i;
  }
  if (!numfmt::parse_float(std::string_view(s).substr(i, len), out)) return 0;
  return len;
}

// The grammar of complex_from_string_inner; false: malformed.
bool parse_complex_text(const std::string& s, double* re, double* im) {
  std::size_t i = 0, n = s.size();
  double x = 0.0, y = 0.0, z;
  bool got_bracket = false;
  while (i < n && ascii_space(s[i])) ++i;
  if (i < n && s[i] == '(') {
    got_bracket = true;
    ++i;
    while (i < n && ascii_space(s[i])) ++i;
  }
  std::size_t len = float_prefix(s, i, &z);
  if (len) {
    i += len;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      x = z;
      std::size_t len2 = float_prefix(s, i, &y);
      if (len2) {
        i += len2;
      } else {
        y = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) return false;
      ++i;
    } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      y = s[i] == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) return false;
    ++i;
  }
  while (i < n && ascii_space(s[i])) ++i;
  if (got_bracket) {
    if (!(i < n && s[i] == ')')) return false;
    ++i;
    while (i < n && ascii_space(s[i])) ++i;
  }
  if (i != n) return false;
  *re = x;
  *im = y;
  return true;
}

// _Py_string_to_number_with_underscores: removes underscores that sit between digits.
bool strip_underscores(const std::string& s, std::string* out) {
  char prev = 0;
  for (char c : s) {
    if (c == '_') {
      if (!is_digit(prev)) return false;
    } else {
      out->push_back(c);
      if (prev == '_' && !is_digit(c)) return false;
    }
    prev = c;
  }
  return prev != '_';
}

bool complex_from_string(VM& vm, Value v, Cx* out) {
  Str* str = as_str(v);
  std::string text = str->ascii ? std::string(str->view()) : ascii_digits_and_spaces(str->view());
  // An embedded NUL ends the C string CPython parses.
  std::size_t nul = text.find('\0');
  bool has_nul = nul != std::string::npos;
  if (has_nul) text.resize(nul);
  if (text.find('_') != std::string::npos) {
    std::string stripped;
    if (!strip_underscores(text, &stripped)) {
      Value r = repr(vm, v);
      if (!r) return false;
      raisef(vm, &ValueErrorType, "could not convert string to complex: %s", as_str(r)->data);
      decref(r);
      return false;
    }
    text.swap(stripped);
  }
  if (has_nul || !parse_complex_text(text, &out->re, &out->im)) {
    raise(vm, &ValueErrorType, "complex() arg is a malformed string");
    return false;
  }
  return true;
}

// ============================================================== 3. complex(real, imag)

// __complex__ if the type defines it: 1 found (*out set), 0 absent, -1 error.
int try_complex_special(VM& vm, Value v, Cx* out) {
  Value meth = lookup_special(vm, v, g_names.complex);
  if (!meth) return has_error(vm) ? -1 : 0;
  Value r = call0(vm, meth);
  decref(meth);
  if (!r) return -1;
  if (!is_complex(r)) {
    raisef(vm, &TypeErrorType, "__complex__ returned non-complex (type %s)", tname(r));
    decref(r);
    return -1;
  }
  *out = cx_of(r);
  decref(r);
  return 1;
}

bool is_number_like(Value v) {
  Type* t = type_of(v);
  return is_complex(v) || (t->number && (t->number->to_float || t->number->index));
}

bool to_float_part(VM& vm, Value v, double* out) {
  Value f = float_of_value(vm, v);
  if (!f) return false;
  *out = float_of(f);
  decref(f);
  return true;
}

Value complex_alloc(VM& vm, Type* type, Cx c) {
  if (type == &ComplexType) return make_complex(vm, c);
  Object* o = object_alloc(type, type->basicsize);
  if (!o) return raise_memory_error(vm);
  static_cast<Complex*>(o)->real = c.re;
  static_cast<Complex*>(o)->imag = c.im;
  if (type_has(type, kTypeHasGC)) gc_track(o);
  return Value(o);
}

// complex(real=0, imag=0)
Value complex_new_slot(VM& vm, Type* type, Args a) {
  Value r, i;
  if (a.nkw() == 0 && a.n <= 2) {
    r = a.n > 0 ? a[0] : Value();
    i = a.n > 1 ? a[1] : Value();
  } else {
    Value out[2];
    if (!parse_args(vm, a, "complex", "|real,imag", out)) return Value();
    r = out[0];
    i = out[1];
  }
  if (!r) r = Value::small(0);
  if (is_str(r)) {
    if (i) return raise(vm, &TypeErrorType, "complex() can't take second arg if first is a string");
    Cx c;
    if (!complex_from_string(vm, r, &c)) return Value();
    return complex_alloc(vm, type, c);
  }
  if (!i && type == &ComplexType && r.is_obj() && r.obj()->type == &ComplexType) return newref(r);
  if (i && is_str(i)) return raise(vm, &TypeErrorType, "complex() second arg can't be a string");
  Cx cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  int special = try_complex_special(vm, r, &cr);
  if (special < 0) return Value();
  if (special > 0) {
    cr_is_complex = true;
  } else {
    if (!is_number_like(r))
      return raisef(vm, &TypeErrorType, "complex() first argument must be a string or a number, not '%s'", tname(r));
  }
  if (i && !is_number_like(i))
    return raisef(vm, &TypeErrorType, "complex() second argument must be a number, not '%s'", tname(i));
  if (!cr_is_complex) {
    if (is_complex(r)) {
      cr = cx_of(r);
      cr_is_complex = true;
    } else {
      if (!to_float_part(vm, r, &cr.re)) return Value();
      cr.im = 0.0;
    }
  }
  if (!i) {
    ci.re = cr.im;
  } else if (is_complex(i)) {
    ci = cx_of(i);
    ci_is_complex = true;
  } else {
    if (!to_float_part(vm, i, &ci.re)) return Value();
  }
  if (ci_is_complex) cr.re -= ci.im;
  if (cr_is_complex && i) ci.re += cr.im;
  return complex_alloc(vm, type, Cx{cr.re, ci.re});
}

// ============================================================== 4. slots

void complex_dealloc(Object* o) {
  if (o->type == &ComplexType) {
    object_free(o, sizeof(Complex));
    return;
  }
  object_free(o, o->type->basicsize);
}

Value complex_repr(VM& vm, Value self) {
  Cx c = cx_of(self);
  Str* s = str_new(numfmt::complex_repr(c.re, c.im));
  if (!s) return raise_memory_error(vm);
  return Value(s);
}

bool complex_hash(VM&, Value self, int64_t* out) {
  Cx c = cx_of(self);
  const void* p = self.obj();
  uint64_t hr = uint64_t(std::isnan(c.re) ? pointer_hash(p) : numfmt::float_hash(c.re));
  uint64_t hi = uint64_t(std::isnan(c.im) ? pointer_hash(p) : numfmt::float_hash(c.im));
  int64_t h = int64_t(hr + 1000003u * hi);
  *out = h == -1 ? -2 : h;
  return true;
}

Value complex_richcompare(VM&, Value a, Value b, CompareOp op) {
  if ((op != kEQ && op != kNE) || !is_complex(a)) return not_implemented();
  Cx x = cx_of(a);
  bool equal;
  if (is_int(b)) {
    equal = x.im == 0.0 && compare_double_int(x.re, b) == 0;
  } else if (is_float(b)) {
    equal = x.re == float_of(b) && x.im == 0.0;
  } else if (is_complex(b)) {
    Cx y = cx_of(b);
    equal = x.re == y.re && x.im == y.im;
  } else {
    return not_implemented();
  }
  return new_bool(op == kEQ ? equal : !equal);
}

int complex_truth(VM&, Value self) {
  Cx c = cx_of(self);
  return c.re != 0.0 || c.im != 0.0;
}

#define CONVERT_BOTH(a, b, x, y)                                    \
  Cx x, y;                                                          \
  {                                                                 \
    int ca_ = to_cx(vm, a, &x);                                     \
    if (ca_ <= 0) return ca_ < 0 ? Value() : not_implemented();     \
    int cb_ = to_cx(vm, b, &y);                                     \
    if (cb_ <= 0) return cb_ < 0 ? Value() : not_implemented();     \
  }

Value complex_add(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  return make_complex(vm, c_sum(x, y));
}

Value complex_sub(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  return make_complex(vm, c_diff(x, y));
}

Value complex_mul(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  return make_complex(vm, c_prod(x, y));
}

Value complex_truediv(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  bool zero;
  Cx q = c_quot(x, y, &zero);
  if (zero) return raise(vm, &ZeroDivisionErrorType, "complex division by zero");
  return make_complex(vm, q);
}

Value complex_pow2(VM& vm, Value a, Value b) {
  CONVERT_BOTH(a, b, x, y);
  return pow_cx(vm, x, y);
}

Value complex_pow3(VM& vm, Value a, Value b, Value mod) {
  if (mod && !is_none(mod)) return raise(vm, &ValueErrorType, "complex modulo");
  return complex_pow2(vm, a, b);
}

#undef CONVERT_BOTH

Value complex_neg(VM& vm, Value a) {
  Cx c = cx_of(a);
  return make_complex(vm, Cx{-c.re, -c.im});
}

Value complex_pos(VM& vm, Value a) {
  if (a.obj()->type == &ComplexType) return newref(a);
  return make_complex(vm, cx_of(a));
}

Value complex_abs(VM& vm, Value a) {
  Cx c = cx_of(a);
  double r;
  if (!std::isfinite(c.re) || !std::isfinite(c.im)) {
    if (std::isinf(c.re))
      r = std::fabs(c.re);
    else if (std::isinf(c.im))
      r = std::fabs(c.im);
    else
      r = std::nan("");
  } else {
    r = std::hypot(c.re, c.im);
    if (std::isinf(r)) return raise(vm, &OverflowErrorType, "absolute value too large");
  }
  Value v = float_new(r);
  if (!v) return raise_memory_error(vm);
  return v;
}

NumberSlots g_complex_number;

// ============================================================== 5. methods, getters, set-up

Value complex_conjugate(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "complex.conjugate")) return Value();
  Cx c = cx_of(a[0]);
  return make_complex(vm, Cx{c.re, -c.im});
}

Value complex_complex(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "complex.__complex__")) return Value();
  return complex_pos(vm, a[0]);
}

Value complex_getnewargs(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "complex.__getnewargs__")) return Value();
  Cx c = cx_of(a[0]);
  Value re = float_new(c.re), im = float_new(c.im);
  if (!re || !im) {
    decref(re);
    decref(im);
    return raise_memory_error(vm);
  }
  Tuple* t = tuple_new(2);
  t->items[0] = re;
  (t->items + 1)[0] = im;
  return Value(t);
}

Value complex_format(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "complex.__format__")) return Value();
  if (!check_format_spec_arg(vm, a[1])) return Value();
  Str* spec = as_str(a[1]);
  if (spec->size == 0) return str_of(vm, a[0]);
  Cx c = cx_of(a[0]);
  return numfmt_result(vm, numfmt::format_complex(c.re, c.im, spec->view(), tname(a[0])));
}

Value complex_get_real(VM& vm, Value self) {
  Value v = float_new(cx_of(self).re);
  if (!v) return raise_memory_error(vm);
  return v;
}

Value complex_get_imag(VM& vm, Value self) {
  Value v = float_new(cx_of(self).im);
  if (!v) return raise_memory_error(vm);
  return v;
}

// real and imag are read-only members in CPython ("readonly attribute" on assignment).
bool complex_set_readonly(VM& vm, Value, Value) {
  raise(vm, &AttributeErrorType, "readonly attribute");
  return false;
}

const MethodDef kComplexMethods[] = {
    {"conjugate", complex_conjugate, kMethPlain, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
     nullptr},
    {"__complex__", complex_complex, kMethPlain, "Convert complex to a complex.", nullptr},
    {"__getnewargs__", complex_getnewargs, kMethPlain, nullptr, nullptr},
    {"__format__", complex_format, kMethPlain,
     "Convert to a string according to format_spec.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kComplexGetSets[] = {
    {"real", complex_get_real, complex_set_readonly, "the real part of a complex number"},
    {"imag", complex_get_imag, complex_set_readonly, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

void init_complex_type() {
  Type* t = &ComplexType;
  static_type_init(t, "complex", sizeof(Complex), &ObjectType, kTypeBaseType);
  t->cdoc =
      "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + "
      "imag*1j) where imag defaults to 0.";
  t->dealloc = complex_dealloc;
  t->new_ = complex_new_slot;
  t->repr = complex_repr;
  t->hash = complex_hash;
  t->richcompare = complex_richcompare;
  t->truth = complex_truth;
  NumberSlots* n = &g_complex_number;
  n->binary[kAdd] = complex_add;
  n->binary[kSub] = complex_sub;
  n->binary[kMul] = complex_mul;
  n->binary[kTrueDiv] = complex_truediv;
  n->binary[kPow] = complex_pow2;
  n->pow3 = complex_pow3;
  n->unary[kNeg] = complex_neg;
  n->unary[kPos] = complex_pos;
  n->unary[kAbs] = complex_abs;
  t->number = n;
  t->methods = kComplexMethods;
  t->getsets = kComplexGetSets;
}

}  // namespace coil
