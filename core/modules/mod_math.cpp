// mod_math.cpp - the math module: C99 float functions with Python's errors, and exact integer functions.
//
// Sections:
//   1. argument conversion and error checking (domain / range errors as CPython reports them)
//   2. functions of one float (sqrt, exp, trig, hyperbolic, erf, gamma...)
//   3. rounding to int (ceil, floor, trunc) and float decomposition (modf, frexp, ldexp)
//   4. logarithms (huge ints accepted)
//   5. functions of two floats and n-ary ones (pow, fmod, atan2, hypot, dist, isclose, fsum, prod)
//   6. integer functions (isqrt, factorial, comb, perm, gcd, lcm)
//   7. the module table and constants
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "modules/registry.h"
#include "objects/bignum.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "vm/names.h"
#include "vm/ops.h"
#include "vm/runtime.h"

namespace coil {

namespace {

// ============================================================== 1. conversion and errors

Value domain_error(VM& vm) { return raise(vm, &ValueErrorType, "math domain error"); }
Value range_error(VM& vm) { return raise(vm, &OverflowErrorType, "math range error"); }

// Argument count check of a function taking no keywords: CPython names it "math.f()" in the
// keyword error but "f" in the count error.
bool check_args(VM& vm, Args a, const char* name, uint32_t min, uint32_t max) {
  std::string full = std::string("math.") + name;
  return no_kwargs(vm, a, full.c_str()) && check_nargs(vm, a, name, min, max);
}

bool as_double(VM& vm, Value v, double* out) { return float_as_double(vm, v, out); }

// An int argument via __index__, as an exact int (new ref).
Value as_index(VM& vm, Value v) { return number_index(vm, v); }

// Checks the result r = f(x) of a one-argument function the way CPython's math module does:
// NaN from a non-NaN is a domain error; an infinity from a finite value is a range error
// (OverflowError) when the function can overflow, a domain error (pole) otherwise.
Value check_result1(VM& vm, double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
  return float_new(r);
}

// Same for two-argument functions: NaN from non-NaN inputs is a domain error, an infinity from
// finite inputs a range error.
Value check_result2(VM& vm, double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(vm);
  return float_new(r);
}

// ============================================================== 2. functions of one float

bignum::Num range_product(uint64_t lo, uint64_t hi);
double m_gamma(double x) { return std::tgamma(x); }
double m_lgamma(double x) { return std::lgamma(x); }

template <double (*F)(double), bool kCanOverflow>
Value math_1(VM& vm, Args a, const char* name) {
  if (!check_nargs(vm, a, name, 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  return check_result1(vm, x, F(x), kCanOverflow);
}

#define MATH1(pyname, cfunc, can_overflow)                                     \
  double cfunc##_fn(double x) { return std::cfunc(x); }                        \
  Value math_##pyname(VM& vm, Args a) {                                        \
    return math_1<cfunc##_fn, can_overflow>(vm, a, "math." #pyname);           \
  }

MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)
#undef MATH1

Value math_log1p(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.log1p", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  if (x == -1.0) return domain_error(vm);  // a pole: -inf
  return check_result1(vm, x, std::log1p(x), false);
}

bool is_nonpositive_integer(double x) { return x <= 0 && std::floor(x) == x; }

Value math_gamma(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.gamma", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  if (std::isnan(x)) return float_new(x);
  if (x == -INFINITY || is_nonpositive_integer(x)) return domain_error(vm);
  if (x == INFINITY) return float_new(x);
  if (x == std::floor(x) && x <= 23) {  // (x-1)! correctly rounded
    bool overflow;
    return float_new(bignum::to_double(range_product(1, uint64_t(x) - 1 ? uint64_t(x) - 1 : 1), &overflow));
  }
  double r = m_gamma(x);
  if (std::isinf(r)) return range_error(vm);
  return float_new(r);
}

Value math_lgamma(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.lgamma", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  if (std::isnan(x)) return float_new(x);
  if (std::isinf(x)) return float_new(INFINITY);
  if (is_nonpositive_integer(x)) return domain_error(vm);
  double r = m_lgamma(x);
  if (std::isinf(r)) return range_error(vm);
  return float_new(r);
}

Value math_degrees(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.degrees", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  return float_new(x * (180.0 / M_PI));
}

Value math_radians(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.radians", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  return float_new(x * (M_PI / 180.0));
}

Value math_isfinite(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.isfinite", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  return new_bool(std::isfinite(x));
}

Value math_isinf(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.isinf", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  return new_bool(std::isinf(x));
}

Value math_isnan(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.isnan", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  return new_bool(std::isnan(x));
}

Value math_ulp(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.ulp", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  if (std::isnan(x)) return float_new(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_new(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return float_new(x - std::nextafter(x, -INFINITY));
  return float_new(next - x);
}

// ============================================================== 3. rounding and decomposition

// ceil/floor: an exact float rounds directly; otherwise the type's __ceil__/__floor__ decides;
// otherwise the value is converted with __float__/__index__.
Value round_to_int(VM& vm, Args a, const char* fname, Str* dunder, double (*f)(double)) {
  if (!check_nargs(vm, a, fname, 1, 1)) return Value();
  Value x = a[0];
  if (!is_float_exact(x)) {
    Value m = lookup_special(vm, x, dunder);
    if (m) {
      Value r = call0(vm, m);
      decref(m);
      return r;
    }
    if (has_error(vm)) return Value();
  }
  double d;
  if (!as_double(vm, x, &d)) return Value();
  return int_from_double(vm, f(d));
}

double ceil_fn(double x) { return std::ceil(x); }
double floor_fn(double x) { return std::floor(x); }

Value math_ceil(VM& vm, Args a) { return round_to_int(vm, a, "math.ceil", g_names.ceil, ceil_fn); }
Value math_floor(VM& vm, Args a) { return round_to_int(vm, a, "math.floor", g_names.floor, floor_fn); }

Value math_trunc(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.trunc", 1, 1)) return Value();
  Value x = a[0];
  if (is_float_exact(x)) return int_from_double(vm, std::trunc(float_of(x)));
  Value m = lookup_special(vm, x, g_names.trunc);
  if (!m) {
    if (has_error(vm)) return Value();
    return raisef(vm, &TypeErrorType, "type %s doesn't define __trunc__ method", tname(x));
  }
  Value r = call0(vm, m);
  decref(m);
  return r;
}

Value pair(Value a, Value b) {  // steals both
  if (!a || !b) {
    if (a) decref(a);
    if (b) decref(b);
    return Value();
  }
  Tuple* t = tuple_new(2);
  t->items[0] = a;
  t->items[1] = b;
  return Value(t);
}

Value math_modf(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.modf", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  if (std::isinf(x)) return pair(float_new(std::copysign(0.0, x)), float_new(x));
  double ip;
  double frac = std::modf(x, &ip);
  return pair(float_new(frac), float_new(ip));
}

Value math_frexp(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.frexp", 1, 1)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0) m = std::frexp(x, &e);
  return pair(float_new(m), int_from_i64(e));
}

Value math_ldexp(VM& vm, Args a) {
  if (!check_args(vm, a, "ldexp", 2, 2)) return Value();
  double x;
  if (!as_double(vm, a[0], &x)) return Value();
  if (!is_int(a[1])) return raise(vm, &TypeErrorType, "Expected an int as second argument to ldexp.");
  bool overflow = false;
  int64_t e = int_as_i64(int_value(a[1]), &overflow);
  if (overflow) e = int_sign(int_value(a[1])) > 0 ? INT32_MAX : INT32_MIN;
  if (e > INT32_MAX) e = INT32_MAX;
  if (e < INT32_MIN) e = INT32_MIN;
  if (x == 0 || !std::isfinite(x)) return float_new(x);
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return range_error(vm);
  return float_new(r);
}

// ============================================================== 4. logarithms

// log-like function of any number; ints too large for a float are split as m * 2**e.
bool log_of(VM& vm, Value v, double (*f)(double), double* out) {
  if (is_int(v)) {
    Value iv = int_value(v);
    if (int_sign(iv) <= 0) {
      domain_error(vm);
      return false;
    }
    bool overflow = false;
    double d = int_as_double(iv, &overflow);
    if (!overflow) {
      *out = f(d);
      return true;
    }
    // |v| = m * 2**e with m in [0.5, 1), m correctly rounded from the top bits (with a sticky bit)
    bignum::Num n = int_to_num(iv);
    uint64_t bits = bignum::bit_length(n);
    uint64_t shift = bits - 64;
    bignum::Num top = bignum::rshift(n, shift);
    bool ov2 = false;
    uint64_t t = bignum::to_u64(top, &ov2);
    bignum::Num back;
    bignum::lshift(top, shift, &back);
    if (bignum::compare(back, n) != 0) t |= 1;
    double m = std::ldexp(double(t), -64);
    uint64_t e = bits;
    if (m == 1.0) {
      m = 0.5;
      ++e;
    }
    *out = f(m) + f(2.0) * double(e);
    return true;
  }
  double x;
  if (!as_double(vm, v, &x)) return false;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) {
    domain_error(vm);
    return false;
  }
  if (std::isinf(r) && std::isfinite(x)) {  // log(0): a pole
    domain_error(vm);
    return false;
  }
  *out = r;
  return true;
}

double log_fn(double x) { return x < 0 ? NAN : std::log(x); }
double log2_fn(double x) { return x < 0 ? NAN : std::log2(x); }
double log10_fn(double x) { return x < 0 ? NAN : std::log10(x); }

Value math_log(VM& vm, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "math.log() takes no keyword arguments");
  if (a.n < 1 || a.n > 2) return raise(vm, &TypeErrorType, "math.log requires 1 to 2 arguments");
  double num;
  if (!log_of(vm, a[0], log_fn, &num)) return Value();
  if (a.n == 1) return float_new(num);
  double den;
  if (!log_of(vm, a[1], log_fn, &den)) return Value();
  if (den == 0) return raise(vm, &ZeroDivisionErrorType, "float division by zero");
  return float_new(num / den);
}

Value math_log2(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.log2", 1, 1)) return Value();
  double r;
  if (!log_of(vm, a[0], log2_fn, &r)) return Value();
  return float_new(r);
}

Value math_log10(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.log10", 1, 1)) return Value();
  double r;
  if (!log_of(vm, a[0], log10_fn, &r)) return Value();
  return float_new(r);
}

// ============================================================== 5. two floats and n-ary

bool two_doubles(VM& vm, Args a, const char* name, double* x, double* y) {
  if (!check_args(vm, a, name, 2, 2)) return false;
  return as_double(vm, a[0], x) && as_double(vm, a[1], y);
}

Value math_pow(VM& vm, Args a) {
  double x, y;
  if (!two_doubles(vm, a, "pow", &x, &y)) return Value();
  double r;
  bool odd_y;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // C99 Annex F special values, with NaN ** 0 == 1 ** NaN == 1.
    if (std::isnan(x)) r = y == 0 ? 1.0 : x;
    else if (std::isnan(y)) r = x == 1.0 ? 1.0 : y;
    else if (std::isinf(x)) {
      odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0) r = odd_y ? x : std::fabs(x);
      else if (y == 0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {  // y is infinite, x finite
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return float_new(r);
  }
  if (x == 0) {
    if (y < 0) return domain_error(vm);
    odd_y = std::fmod(std::fabs(y), 2.0) == 1.0;
    return float_new(y == 0 ? 1.0 : (odd_y ? x : 0.0));
  }
  if (x < 0 && y != std::floor(y)) return domain_error(vm);
  r = std::pow(x, y);
  if (std::isinf(r)) return range_error(vm);
  return float_new(r);
}

Value math_fmod(VM& vm, Args a) {
  double x, y;
  if (!two_doubles(vm, a, "fmod", &x, &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return float_new(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return float_new(r);
}

Value math_remainder(VM& vm, Args a) {
  double x, y;
  if (!two_doubles(vm, a, "remainder", &x, &y)) return Value();
  if (std::isnan(x)) return float_new(x);
  if (std::isnan(y)) return float_new(y);
  if (std::isinf(x) || y == 0) return domain_error(vm);
  if (std::isinf(y)) return float_new(x);
  return float_new(std::remainder(x, y));
}

Value math_copysign(VM& vm, Args a) {
  double x, y;
  if (!two_doubles(vm, a, "copysign", &x, &y)) return Value();
  return float_new(std::copysign(x, y));
}

Value math_atan2(VM& vm, Args a) {
  double x, y;
  if (!two_doubles(vm, a, "atan2", &x, &y)) return Value();
  return float_new(std::atan2(x, y));
}

Value math_nextafter(VM& vm, Args a) {
  double x, y;
  if (!two_doubles(vm, a, "nextafter", &x, &y)) return Value();
  return float_new(std::nextafter(x, y));
}

// Euclidean norm of n coordinates (absolute values): the squares are summed as a double-double
// after scaling by a power of two (no overflow or underflow), then the square root gets one
// correction step from the exact residual, which makes it correctly rounded in practice.
double vector_norm(const std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || v.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  double s_hi = 0.0, s_lo = 0.0;
  for (double x : v) {
    x = std::ldexp(x, -max_e);
    double p = x * x;
    double p_err = std::fma(x, x, -p);
    double t = s_hi + p;
    double bp = t - s_hi;
    double sum_err = (s_hi - (t - bp)) + (p - bp);
    s_hi = t;
    s_lo += sum_err + p_err;
  }
  double total = s_hi + s_lo;
  double total_lo = s_lo - (total - s_hi);
  double h = std::sqrt(total);
  double resid = std::fma(-h, h, total) + total_lo;
  h += resid / (2.0 * h);
  return std::ldexp(h, max_e);
}

Value math_hypot(VM& vm, Args a) {
  if (!no_kwargs(vm, a, "math.hypot")) return Value();
  std::vector<double> v(a.n);
  double max = 0;
  bool found_nan = false;
  for (uint32_t i = 0; i < a.n; ++i) {
    double x;
    if (!as_double(vm, a[i], &x)) return Value();
    x = std::fabs(x);
    v[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_new(vector_norm(v, max, found_nan));
}

Value math_dist(VM& vm, Args a) {
  if (!check_args(vm, a, "dist", 2, 2)) return Value();
  Ref pt(is_tuple(a[0]) ? newref(a[0]) : Value(tuple_from_iterable(vm, a[0])));
  if (!pt) return Value();
  Ref qt(is_tuple(a[1]) ? newref(a[1]) : Value(tuple_from_iterable(vm, a[1])));
  if (!qt) return Value();
  Tuple* p = as_tuple(pt.get());
  Tuple* q = as_tuple(qt.get());
  if (p->size != q->size) return raise(vm, &ValueErrorType, "both points must have the same number of dimensions");
  std::vector<double> v(p->size);
  double max = 0;
  bool found_nan = false;
  for (int64_t i = 0; i < p->size; ++i) {
    double x, y;
    if (!as_double(vm, p->items[i], &x) || !as_double(vm, q->items[i], &y)) return Value();
    double d = std::fabs(x - y);
    v[i] = d;
    found_nan |= std::isnan(d);
    if (d > max) max = d;
  }
  return float_new(vector_norm(v, max, found_nan));
}

Value math_isclose(VM& vm, Args a) {
  Value args[4];
  if (a.n > 2) return raisef(vm, &TypeErrorType, "isclose() takes exactly 2 positional arguments (%u given)", a.n);
  if (!parse_args(vm, a, "isclose", "a,b,*,|rel_tol,abs_tol", args)) return Value();
  double x, y, rel_tol = 1e-09, abs_tol = 0.0;
  if (!as_double(vm, args[0], &x) || !as_double(vm, args[1], &y)) return Value();
  if (args[2] && !as_double(vm, args[2], &rel_tol)) return Value();
  if (args[3] && !as_double(vm, args[3], &abs_tol)) return Value();
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(vm, &ValueErrorType, "tolerances must be non-negative");
  if (x == y) return new_bool(true);
  if (std::isinf(x) || std::isinf(y)) return new_bool(false);
  double diff = std::fabs(y - x);
  return new_bool(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

// fsum: Shewchuk's exact summation into non-overlapping partials, then a correctly rounded total.
Value math_fsum(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.fsum", 1, 1)) return Value();
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  bool ok = for_each_item(vm, a[0], [&](Value item) {
    double x;
    if (!as_double(vm, item, &x)) return false;
    double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // a non-finite from finite inputs is an intermediate overflow
        if (std::isfinite(xsave)) {
          raise(vm, &OverflowErrorType, "intermediate overflow in fsum");
          return false;
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
    return true;
  });
  if (!ok) return Value();
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(vm, &ValueErrorType, "-inf + inf in fsum");
    return float_new(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // round half to even: if the rest has the same sign as lo, the halfway case rounds away
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_new(hi);
}

Value math_prod(VM& vm, Args a) {
  Value args[2];
  if (a.n != 1) return raisef(vm, &TypeErrorType, "prod() takes exactly 1 positional argument (%u given)", a.n);
  if (!parse_args(vm, a, "prod", "iterable,/,*,|start", args)) return Value();
  Value result = args[1] ? args[1] : Value::small(1);
  incref(result);
  bool ok = for_each_item(vm, args[0], [&](Value item) {
    Value r = binary_op(vm, result, item, kMul);
    if (!r) return false;
    decref(result);
    result = r;
    return true;
  });
  if (!ok) {
    decref(result);
    return Value();
  }
  return result;
}

// ============================================================== 6. integer functions

Value num_value(VM& vm, const bignum::Num& n) {
  Value v = int_from_num(n);
  if (!v) return raise_memory_error(vm);
  return v;
}

Value math_isqrt(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.isqrt", 1, 1)) return Value();
  Ref n(as_index(vm, a[0]));
  if (!n) return Value();
  bignum::Num out;
  if (bignum::isqrt(int_to_num(n.get()), &out) != bignum::Status::Ok)
    return raise(vm, &ValueErrorType, "isqrt() argument must be nonnegative");
  return num_value(vm, out);
}

// The product lo * (lo+1) * ... * hi (lo <= hi), split in halves so operands stay balanced.
bignum::Num range_product(uint64_t lo, uint64_t hi) {
  if (hi - lo < 8) {
    bignum::Num r = bignum::from_u64(lo);
    for (uint64_t i = lo + 1; i <= hi; ++i) {
      if (i <= UINT32_MAX) r = bignum::mul_small(r, uint32_t(i));
      else r = bignum::mul(r, bignum::from_u64(i));
    }
    return r;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  return bignum::mul(range_product(lo, mid), range_product(mid + 1, hi));
}

// Raises MemoryError instead of trying products that cannot fit (n! has about n*log2(n) bits).
bool product_too_big(VM& vm, uint64_t lo, uint64_t hi) {
  double bits = 0;
  if (hi > lo) bits = double(hi - lo + 1) * std::log2(double(hi) + 1);
  if (bits > double(uint64_t(1) << 34)) {
    raise_memory_error(vm);
    return true;
  }
  return false;
}

Value math_factorial(VM& vm, Args a) {
  if (!check_nargs(vm, a, "math.factorial", 1, 1)) return Value();
  Ref n(as_index(vm, a[0]));
  if (!n) return Value();
  bool overflow = false;
  int64_t v = int_as_i64(n.get(), &overflow);
  if (overflow) {
    if (int_sign(n.get()) < 0) return raise(vm, &ValueErrorType, "factorial() not defined for negative values");
    return raise(vm, &OverflowErrorType, "factorial() argument should not exceed 9223372036854775807");
  }
  if (v < 0) return raise(vm, &ValueErrorType, "factorial() not defined for negative values");
  if (v < 2) return Value::small(1);
  if (product_too_big(vm, 2, uint64_t(v))) return Value();
  return num_value(vm, range_product(2, uint64_t(v)));
}

// n * (n-1) * ... * (n-k+1) for big n (k >= 1), as a product tree of int values.
bignum::Num falling_product(const bignum::Num& n, uint64_t k0, uint64_t k1) {
  // product of (n - i) for i in [k0, k1)
  if (k1 - k0 == 1) return bignum::sub(n, bignum::from_u64(k0));
  uint64_t mid = k0 + (k1 - k0) / 2;
  return bignum::mul(falling_product(n, k0, mid), falling_product(n, mid, k1));
}

// Parses comb/perm arguments n, k (k null: none); returns false on error.
bool comb_args(VM& vm, Value nv, Value kv, Ref* n, Ref* k) {
  n->reset(as_index(vm, nv));
  if (!*n) return false;
  if (kv) {
    k->reset(as_index(vm, kv));
    if (!*k) return false;
  }
  if (int_sign(n->get()) < 0) {
    raise(vm, &ValueErrorType, "n must be a non-negative integer");
    return false;
  }
  if (kv && int_sign(k->get()) < 0) {
    raise(vm, &ValueErrorType, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_perm(VM& vm, Args a) {
  if (!no_kwargs(vm, a, "math.perm")) return Value();
  if (a.n < 1) return raise(vm, &TypeErrorType, "perm expected at least 1 argument, got 0");
  if (a.n > 2) return raisef(vm, &TypeErrorType, "perm expected at most 2 arguments, got %u", a.n);
  Value kv = a.n == 2 && !is_none(a[1]) ? a[1] : Value();
  Ref n, k;
  if (!comb_args(vm, a[0], kv, &n, &k)) return Value();
  if (!kv) {
    Value args1[1] = {n.get()};
    return math_factorial(vm, Args{args1, 1, nullptr});
  }
  if (int_compare(k.get(), n.get()) > 0) return Value::small(0);
  bool overflow = false;
  int64_t kk = int_as_i64(k.get(), &overflow);
  if (overflow) return raise(vm, &OverflowErrorType, "k must not exceed 9223372036854775807");
  if (kk == 0) return Value::small(1);
  bignum::Num nn = int_to_num(n.get());
  if (product_too_big(vm, 1, uint64_t(kk)) ) return Value();
  return num_value(vm, falling_product(nn, 0, uint64_t(kk)));
}

Value math_comb(VM& vm, Args a) {
  if (!check_args(vm, a, "comb", 2, 2)) return Value();
  Ref n, k;
  if (!comb_args(vm, a[0], a[1], &n, &k)) return Value();
  if (int_compare(k.get(), n.get()) > 0) return Value::small(0);
  Ref nk(int_sub(vm, n.get(), k.get()));
  if (!nk) return Value();
  Value kmin = int_compare(nk.get(), k.get()) < 0 ? nk.get() : k.get();
  bool overflow = false;
  int64_t kk = int_as_i64(kmin, &overflow);
  if (overflow) return raise(vm, &OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807");
  if (kk == 0) return Value::small(1);
  if (product_too_big(vm, 1, uint64_t(kk))) return Value();
  bignum::Num nn = int_to_num(n.get());
  bignum::Num top = falling_product(nn, 0, uint64_t(kk));
  bignum::Num bottom = range_product(1, uint64_t(kk));
  bignum::Num q;
  bignum::divmod(top, bottom, &q, nullptr);
  return num_value(vm, q);
}

Value math_gcd(VM& vm, Args a) {
  if (!no_kwargs(vm, a, "math.gcd")) return Value();
  bignum::Num g;
  for (uint32_t i = 0; i < a.n; ++i) {
    Ref v(as_index(vm, a[i]));
    if (!v) return Value();
    g = bignum::gcd(g, int_to_num(v.get()));
  }
  return num_value(vm, g);
}

Value math_lcm(VM& vm, Args a) {
  if (!no_kwargs(vm, a, "math.lcm")) return Value();
  bignum::Num l = bignum::from_u64(1);
  for (uint32_t i = 0; i < a.n; ++i) {
    Ref v(as_index(vm, a[i]));
    if (!v) return Value();
    bignum::Num x = bignum::abs(int_to_num(v.get()));
    if (l.is_zero() || x.is_zero()) {
      l = bignum::Num();
      continue;
    }
    bignum::Num g = bignum::gcd(l, x);
    bignum::Num q;
    bignum::divmod(x, g, &q, nullptr);
    l = bignum::mul(l, q);
  }
  return num_value(vm, l);
}

// ============================================================== 7. module table

const MethodDef kMathMethods[] = {
    {"acos", math_acos, kMethPlain, "Return the arc cosine (measured in radians) of x.", nullptr},
    {"acosh", math_acosh, kMethPlain, "Return the inverse hyperbolic cosine of x.", nullptr},
    {"asin", math_asin, kMethPlain, "Return the arc sine (measured in radians) of x.", nullptr},
    {"asinh", math_asinh, kMethPlain, "Return the inverse hyperbolic sine of x.", nullptr},
    {"atan", math_atan, kMethPlain, "Return the arc tangent (measured in radians) of x.", nullptr},
    {"atan2", math_atan2, kMethPlain, "Return the arc tangent (measured in radians) of y/x.", nullptr},
    {"atanh", math_atanh, kMethPlain, "Return the inverse hyperbolic tangent of x.", nullptr},
    {"cbrt", math_cbrt, kMethPlain, "Return the cube root of x.", nullptr},
    {"ceil", math_ceil, kMethPlain, "Return the ceiling of x as an Integral.", nullptr},
    {"comb", math_comb, kMethPlain, "Number of ways to choose k items from n items without repetition and without order.", nullptr},
    {"copysign", math_copysign, kMethPlain, "Return a float with the magnitude (absolute value) of x but the sign of y.", nullptr},
    {"cos", math_cos, kMethPlain, "Return the cosine of x (measured in radians).", nullptr},
    {"cosh", math_cosh, kMethPlain, "Return the hyperbolic cosine of x.", nullptr},
    {"degrees", math_degrees, kMethPlain, "Convert angle x from radians to degrees.", nullptr},
    {"dist", math_dist, kMethPlain, "Return the Euclidean distance between two points p and q.", nullptr},
    {"erf", math_erf, kMethPlain, "Error function at x.", nullptr},
    {"erfc", math_erfc, kMethPlain, "Complementary error function at x.", nullptr},
    {"exp", math_exp, kMethPlain, "Return e raised to the power of x.", nullptr},
    {"exp2", math_exp2, kMethPlain, "Return 2 raised to the power of x.", nullptr},
    {"expm1", math_expm1, kMethPlain, "Return exp(x)-1.", nullptr},
    {"fabs", math_fabs, kMethPlain, "Return the absolute value of the float x.", nullptr},
    {"factorial", math_factorial, kMethPlain, "Find n!.", nullptr},
    {"floor", math_floor, kMethPlain, "Return the floor of x as an Integral.", nullptr},
    {"fmod", math_fmod, kMethPlain, "Return fmod(x, y), according to platform C.", nullptr},
    {"frexp", math_frexp, kMethPlain, "Return the mantissa and exponent of x, as pair (m, e).", nullptr},
    {"fsum", math_fsum, kMethPlain, "Return an accurate floating point sum of values in the iterable seq.", nullptr},
    {"gamma", math_gamma, kMethPlain, "Gamma function at x.", nullptr},
    {"gcd", math_gcd, kMethPlain, "Greatest Common Divisor.", nullptr},
    {"hypot", math_hypot, kMethPlain, "Multidimensional Euclidean distance from the origin to a point.", nullptr},
    {"isclose", math_isclose, kMethPlain, "Determine whether two floating point numbers are close in value.", nullptr},
    {"isfinite", math_isfinite, kMethPlain, "Return True if x is neither an infinity nor a NaN, and False otherwise.", nullptr},
    {"isinf", math_isinf, kMethPlain, "Return True if x is a positive or negative infinity, and False otherwise.", nullptr},
    {"isnan", math_isnan, kMethPlain, "Return True if x is a NaN (not a number), and False otherwise.", nullptr},
    {"isqrt", math_isqrt, kMethPlain, "Return the integer part of the square root of the input.", nullptr},
    {"lcm", math_lcm, kMethPlain, "Least Common Multiple.", nullptr},
    {"ldexp", math_ldexp, kMethPlain, "Return x * (2**i).", nullptr},
    {"lgamma", math_lgamma, kMethPlain, "Natural logarithm of absolute value of Gamma function at x.", nullptr},
    {"log", math_log, kMethPlain, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.", nullptr},
    {"log10", math_log10, kMethPlain, "Return the base 10 logarithm of x.", nullptr},
    {"log1p", math_log1p, kMethPlain, "Return the natural logarithm of 1+x (base e).", nullptr},
    {"log2", math_log2, kMethPlain, "Return the base 2 logarithm of x.", nullptr},
    {"modf", math_modf, kMethPlain, "Return the fractional and integer parts of x.", nullptr},
    {"nextafter", math_nextafter, kMethPlain, "Return the next floating-point value after x towards y.", nullptr},
    {"perm", math_perm, kMethPlain, "Number of ways to choose k items from n items without repetition and with order.", nullptr},
    {"pow", math_pow, kMethPlain, "Return x**y (x to the power of y).", nullptr},
    {"prod", math_prod, kMethPlain, "Calculate the product of all the elements in the input iterable.", nullptr},
    {"radians", math_radians, kMethPlain, "Convert angle x from degrees to radians.", nullptr},
    {"remainder", math_remainder, kMethPlain, "Difference between x and the closest integer multiple of y.", nullptr},
    {"sin", math_sin, kMethPlain, "Return the sine of x (measured in radians).", nullptr},
    {"sinh", math_sinh, kMethPlain, "Return the hyperbolic sine of x.", nullptr},
    {"sqrt", math_sqrt, kMethPlain, "Return the square root of x.", nullptr},
    {"tan", math_tan, kMethPlain, "Return the tangent of x (measured in radians).", nullptr},
    {"tanh", math_tanh, kMethPlain, "Return the hyperbolic tangent of x.", nullptr},
    {"trunc", math_trunc, kMethPlain, "Truncates the Real x to the nearest Integral toward 0.", nullptr},
    {"ulp", math_ulp, kMethPlain, "Return the value of the least significant bit of the float x.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

bool math_init(VM&, Module* m) {
  struct {
    const char* name;
    double value;
  } constants[] = {{"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN}};
  for (auto& c : constants) {
    Value f = float_new(c.value);
    dict_set_str(m->dict, intern(c.name), f);
    decref(f);
  }
  return true;
}

}  // namespace

const ModuleDef kModMath = {"math", kMathMethods, math_init,
                            "This module provides access to the mathematical functions\ndefined by the C standard."};

}  // namespace coil
