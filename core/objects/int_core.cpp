// int_core.cpp - the value-level int API: small ints in the Value word, BigInt objects beyond,
// arithmetic with CPython's semantics on top of the bignum library.
#include <cmath>
#include <cstring>

#include "objects/bignum.h"
#include "objects/boxed.h"
#include "objects/num_internal.h"
#include "vm/runtime.h"

namespace coil {

Object* g_true = nullptr;
Object* g_false = nullptr;

namespace {

inline std::size_t bigint_size(uint32_t ndigits) { return offsetof(BigInt, digits) + (ndigits ? ndigits : 1) * sizeof(uint32_t); }

// Storage for viewing a small int as limbs.
struct SmallLimbs {
  uint32_t d[2];
  bignum::View view;
  explicit SmallLimbs(int64_t v) {
    uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    d[0] = uint32_t(m);
    d[1] = uint32_t(m >> 32);
    std::size_t n = d[1] ? 2 : d[0] ? 1 : 0;
    view = bignum::View(v < 0 ? -1 : v > 0 ? 1 : 0, d, n);
  }
};

}  // namespace

Value int_from_num(const bignum::Num& n) {
  if (n.mag.size() <= 2) {
    uint64_t m = n.mag.empty() ? 0 : n.mag[0];
    if (n.mag.size() == 2) m |= uint64_t(n.mag[1]) << 32;
    if (m <= uint64_t(Value::kSmallMax)) {
      int64_t v = int64_t(m);
      return Value::small(n.sign < 0 ? -v : v);
    }
    if (n.sign < 0 && m == uint64_t(Value::kSmallMax) + 1) return Value::small(Value::kSmallMin);
  }
  uint32_t nd = uint32_t(n.mag.size());
  BigInt* b = static_cast<BigInt*>(heap_alloc(bigint_size(nd)));
  if (!b) return Value();
  b->refcount = 1;
  b->gc_index = Object::kUntracked;
  b->type = &IntType;
  incref(&IntType);
  b->sign = n.sign;
  b->ndigits = nd;
  if (nd) std::memcpy(b->digits, n.mag.data(), nd * sizeof(uint32_t));
  return Value(b);
}

void bigint_free(Object* o) {
  BigInt* b = static_cast<BigInt*>(o);
  Type* t = b->type;
  heap_free(b, bigint_size(b->ndigits));
  decref(t);
}

bool is_int(Value v) {
  if (v.is_small()) return true;
  Type* t = v.obj()->type;
  return t == &IntType || type_has(t, kTypeIntSubclass);
}

Value int_value(Value v) {
  if (v.is_small()) return v;
  Object* o = v.obj();
  if (o->type == &IntType) return v;
  return static_cast<Boxed*>(o)->value;
}

// A View of any exact int value (small or BigInt); `tmp` holds limbs for small ints.
static bignum::View view_of(Value v, SmallLimbs* tmp) {
  v = int_value(v);
  if (v.is_small()) {
    new (tmp) SmallLimbs(v.small_value());
    return tmp->view;
  }
  BigInt* b = v.as<BigInt>();
  return bignum::View(b->sign, b->digits, b->ndigits);
}

Value int_from_i64(int64_t i) {
  if (Value::fits_small(i)) return Value::small(i);
  return int_from_num(bignum::from_i64(i));
}

Value int_from_u64(uint64_t u) {
  if (u <= uint64_t(Value::kSmallMax)) return Value::small(int64_t(u));
  return int_from_num(bignum::from_u64(u));
}

Value int_from_double(VM& vm, double d) {
  if (std::isinf(d)) return raise(vm, &OverflowErrorType, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(vm, &ValueErrorType, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -4.0e18 && t <= 4.0e18) return int_from_i64(int64_t(t));
  return int_from_num(bignum::from_double(t));
}

int64_t int_as_i64(Value v, bool* overflow) {
  v = int_value(v);
  if (v.is_small()) {
    *overflow = false;
    return v.small_value();
  }
  SmallLimbs tmp(0);
  return bignum::to_i64(view_of(v, &tmp), overflow);
}

bool int_fits_i64(Value v) {
  bool o;
  int_as_i64(v, &o);
  return !o;
}

double int_as_double(Value v, bool* overflow) {
  v = int_value(v);
  if (v.is_small()) {
    *overflow = false;
    return double(v.small_value());
  }
  SmallLimbs tmp(0);
  return bignum::to_double(view_of(v, &tmp), overflow);
}

int int_sign(Value v) {
  v = int_value(v);
  if (v.is_small()) return v.small_value() < 0 ? -1 : v.small_value() > 0;
  return v.as<BigInt>()->sign;
}

int int_compare(Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    return x < y ? -1 : x > y;
  }
  SmallLimbs ta(0), tb(0);
  return bignum::compare(view_of(a, &ta), view_of(b, &tb));
}

std::string int_to_string(Value v, int base) {
  v = int_value(v);
  if (v.is_small() && base == 10) return std::to_string(v.small_value());
  SmallLimbs tmp(0);
  return bignum::to_string(view_of(v, &tmp), base);
}

int64_t int_hash(Value v) {
  v = int_value(v);
  if (v.is_small()) {
    int64_t x = v.small_value();
    // CPython: value mod (2**61 - 1), keeping the sign; -1 becomes -2.
    const int64_t P = (int64_t(1) << 61) - 1;
    int64_t h = x >= 0 ? x % P : -((-x) % P);
    if (h == -1) h = -2;
    return h;
  }
  SmallLimbs tmp(0);
  return bignum::hash(view_of(v, &tmp));
}

uint64_t int_bit_count(Value v) {
  v = int_value(v);
  if (v.is_small()) {
    int64_t x = v.small_value();
    return uint64_t(__builtin_popcountll(x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x)));
  }
  SmallLimbs tmp(0);
  return bignum::bit_count(view_of(v, &tmp));
}

uint64_t int_bit_length(Value v) {
  v = int_value(v);
  if (v.is_small()) {
    int64_t x = v.small_value();
    uint64_t m = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    uint64_t n = 0;
    while (m) {
      ++n;
      m >>= 1;
    }
    return n;
  }
  SmallLimbs tmp(0);
  return bignum::bit_length(view_of(v, &tmp));
}

// Parses Python int syntax. base 0: prefixes decide; underscores only between digits.
Value int_from_string(std::string_view text, int base, bool* ok) {
  *ok = false;
  std::size_t i = 0, n = text.size();
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (i < n && is_space(text[i])) ++i;
  while (n > i && is_space(text[n - 1])) --n;
  int sign = 1;
  if (i < n && (text[i] == '+' || text[i] == '-')) {
    if (text[i] == '-') sign = -1;
    ++i;
  }
  if (i >= n) return Value();
  bool prefixed = false;
  if (n - i >= 2 && text[i] == '0') {
    char p = char(text[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      prefixed = true;
    }
  }
  if (base == 0) {
    base = 10;
    // "0" followed by digits is an error in base 0 unless all zeros
    if (text[i] == '0') {
      for (std::size_t k = i; k < n; ++k)
        if (text[k] != '0' && text[k] != '_') return Value();
    }
  }
  std::string digits;
  digits.reserve(n - i);
  // Underscores go between digits; one may also follow a base prefix ("0x_1").
  bool last_underscore = false;
  for (std::size_t k = i; k < n; ++k) {
    char c = text[k];
    if (c == '_') {
      if (last_underscore) return Value();
      if (digits.empty() && !prefixed) return Value();
      last_underscore = true;
      continue;
    }
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
    else return Value();
    if (d >= base) return Value();
    digits.push_back(c);
    last_underscore = false;
  }
  if (digits.empty() || last_underscore) return Value();
  if (digits.size() <= 17 && base == 10) {
    int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    *ok = true;
    return int_from_i64(sign * v);
  }
  bignum::Num num;
  if (!bignum::from_string(digits, base, &num)) return Value();
  if (sign < 0 && num.sign) num.sign = -1;
  *ok = true;
  return int_from_num(num);
}

// -------------------------------------------------------------------------- arithmetic

namespace {

Value memory_error_if_null(VM& vm, Value v) {
  if (!v) raise_memory_error(vm);
  return v;
}

Value status_error(VM& vm, bignum::Status s, const char* zero_msg) {
  switch (s) {
    case bignum::Status::ZeroDivision: return raise(vm, &ZeroDivisionErrorType, zero_msg);
    case bignum::Status::Memory: return raise_memory_error(vm);
    case bignum::Status::NotInvertible: return raise(vm, &ValueErrorType, "base is not invertible for the given modulus");
    case bignum::Status::Negative: return raise(vm, &ValueErrorType, "negative shift count");
    case bignum::Status::Overflow: return raise(vm, &OverflowErrorType, "int too large");
    case bignum::Status::Ok: break;
  }
  return Value();
}

}  // namespace

Value int_add(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) return int_from_i64(a.small_value() + b.small_value());
  SmallLimbs ta(0), tb(0);
  return memory_error_if_null(vm, int_from_num(bignum::add(view_of(a, &ta), view_of(b, &tb))));
}

Value int_sub(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) return int_from_i64(a.small_value() - b.small_value());
  SmallLimbs ta(0), tb(0);
  return memory_error_if_null(vm, int_from_num(bignum::sub(view_of(a, &ta), view_of(b, &tb))));
}

Value int_mul(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) {
    int64_t r;
    if (!__builtin_mul_overflow(a.small_value(), b.small_value(), &r)) return int_from_i64(r);
  }
  SmallLimbs ta(0), tb(0);
  bignum::View va = view_of(a, &ta), vb = view_of(b, &tb);
  uint64_t bits = bignum::mul_result_bits(va, vb);
  if (heap_would_exceed(bits / 8 + 64)) return raise_memory_error(vm);
  return memory_error_if_null(vm, int_from_num(bignum::mul(va, vb)));
}

static bool int_divmod_impl(VM& vm, Value a, Value b, Value* q, Value* r, const char* zero_msg) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    if (y == 0) {
      raise(vm, &ZeroDivisionErrorType, zero_msg);
      return false;
    }
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
      --qq;
      rr += y;
    }
    if (q) *q = int_from_i64(qq);
    if (r) *r = int_from_i64(rr);
    return true;
  }
  SmallLimbs ta(0), tb(0);
  bignum::Num nq, nr;
  bignum::Status s = bignum::divmod(view_of(a, &ta), view_of(b, &tb), &nq, &nr);
  if (s != bignum::Status::Ok) {
    status_error(vm, s, zero_msg);
    return false;
  }
  if (q) *q = int_from_num(nq);
  if (r) *r = int_from_num(nr);
  return true;
}

Value int_floordiv(VM& vm, Value a, Value b) {
  Value q;
  if (!int_divmod_impl(vm, a, b, &q, nullptr, "integer division or modulo by zero")) return Value();
  return q;
}

Value int_mod(VM& vm, Value a, Value b) {
  Value r;
  if (!int_divmod_impl(vm, a, b, nullptr, &r, "integer modulo by zero")) return Value();
  return r;
}

Value int_divmod(VM& vm, Value a, Value b) {
  Value q, r;
  if (!int_divmod_impl(vm, a, b, &q, &r, "integer division or modulo by zero")) return Value();
  Tuple* t = tuple_new(2);
  t->items[0] = q;
  (t->items + 1)[0] = r;
  return Value(t);
}

Value int_truediv(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    if (y == 0) return raise(vm, &ZeroDivisionErrorType, "division by zero");
    // exact when both fit in a double's mantissa
    if (x > -(int64_t(1) << 53) && x < (int64_t(1) << 53) && y > -(int64_t(1) << 53) && y < (int64_t(1) << 53))
      return float_new(double(x) / double(y));
  }
  SmallLimbs ta(0), tb(0);
  double d;
  bignum::Status s = bignum::truediv(view_of(a, &ta), view_of(b, &tb), &d);
  if (s == bignum::Status::ZeroDivision) return raise(vm, &ZeroDivisionErrorType, "division by zero");
  if (s == bignum::Status::Overflow) return raise(vm, &OverflowErrorType, "integer division result too large for a float");
  if (s != bignum::Status::Ok) return status_error(vm, s, "division by zero");
  return float_new(d);
}

Value int_pow(VM& vm, Value a, Value b, Value mod) {
  a = int_value(a);
  b = int_value(b);
  SmallLimbs ta(0), tb(0), tm(0);
  if (mod && !is_none(mod)) {
    mod = int_value(mod);
    bignum::View vm_ = view_of(mod, &tm);
    if (vm_.is_zero()) return raise(vm, &ValueErrorType, "pow() 3rd argument cannot be 0");
    bignum::Num out;
    bignum::Status s = bignum::powmod(view_of(a, &ta), view_of(b, &tb), vm_, &out);
    if (s != bignum::Status::Ok) return status_error(vm, s, "division by zero");
    return int_from_num(out);
  }
  // negative exponent: a float result, computed by float.__pow__ as in CPython
  if (int_sign(b) < 0) return float_number_pow(vm, a, b);
  bool overflow;
  int64_t e = int_as_i64(b, &overflow);
  if (a.is_small()) {
    int64_t x = a.small_value();
    if (x == 0 || x == 1) return (e == 0 && !overflow) ? Value::small(1) : a;
    if (x == -1) {
      bool odd = b.is_small() ? (b.small_value() & 1) != 0 : (b.as<BigInt>()->digits[0] & 1) != 0;
      return Value::small(odd ? -1 : 1);
    }
  }
  if (overflow) return raise_memory_error(vm);
  if (a.is_small() && e < 63) {
    int64_t r = 1, x = a.small_value();
    bool ok = true;
    for (int64_t k = 0; k < e && ok; ++k) ok = !__builtin_mul_overflow(r, x, &r);
    if (ok) return int_from_i64(r);
  }
  bignum::View va = view_of(a, &ta);
  uint64_t bits = bignum::pow_result_bits(va, uint64_t(e));
  if (bits / 8 > g_heap->limit || heap_would_exceed(bits / 8 + 64)) return raise_memory_error(vm);
  bignum::Num out;
  bignum::Status s = bignum::pow(va, uint64_t(e), &out);
  if (s != bignum::Status::Ok) return status_error(vm, s, "division by zero");
  return memory_error_if_null(vm, int_from_num(out));
}

Value int_neg(VM& vm, Value a) {
  a = int_value(a);
  if (a.is_small()) return int_from_i64(-a.small_value());
  SmallLimbs t(0);
  return memory_error_if_null(vm, int_from_num(bignum::neg(view_of(a, &t))));
}

Value int_abs(VM& vm, Value a) {
  a = int_value(a);
  if (a.is_small()) return int_from_i64(a.small_value() < 0 ? -a.small_value() : a.small_value());
  SmallLimbs t(0);
  return memory_error_if_null(vm, int_from_num(bignum::abs(view_of(a, &t))));
}

Value int_invert(VM& vm, Value a) {
  a = int_value(a);
  if (a.is_small()) return int_from_i64(~a.small_value());
  SmallLimbs t(0);
  return memory_error_if_null(vm, int_from_num(bignum::bit_invert(view_of(a, &t))));
}

Value int_lshift(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (int_sign(b) < 0) return raise(vm, &ValueErrorType, "negative shift count");
  bool overflow;
  int64_t n = int_as_i64(b, &overflow);
  if (int_sign(a) == 0) return Value::small(0);
  if (overflow) return raise(vm, &OverflowErrorType, "too many digits in integer");
  if (a.is_small() && n < 62) {
    int64_t x = a.small_value();
    int64_t r = x * (int64_t(1) << n);
    if ((r >> n) == x && Value::fits_small(r)) return Value::small(r);
  }
  SmallLimbs t(0);
  bignum::View va = view_of(a, &t);
  uint64_t bits = bignum::lshift_result_bits(va, uint64_t(n));
  if (heap_would_exceed(bits / 8 + 64)) return raise_memory_error(vm);
  bignum::Num out;
  bignum::Status s = bignum::lshift(va, uint64_t(n), &out);
  if (s != bignum::Status::Ok) return status_error(vm, s, "");
  return int_from_num(out);
}

Value int_rshift(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (int_sign(b) < 0) return raise(vm, &ValueErrorType, "negative shift count");
  bool overflow;
  int64_t n = int_as_i64(b, &overflow);
  if (overflow) return Value::small(int_sign(a) < 0 ? -1 : 0);
  if (a.is_small()) {
    int64_t x = a.small_value();
    return Value::small(n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
  }
  SmallLimbs t(0);
  return memory_error_if_null(vm, int_from_num(bignum::rshift(view_of(a, &t), uint64_t(n))));
}

Value int_and(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) return Value::small(a.small_value() & b.small_value());
  SmallLimbs ta(0), tb(0);
  return memory_error_if_null(vm, int_from_num(bignum::bit_and(view_of(a, &ta), view_of(b, &tb))));
}

Value int_or(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) return Value::small(a.small_value() | b.small_value());
  SmallLimbs ta(0), tb(0);
  return memory_error_if_null(vm, int_from_num(bignum::bit_or(view_of(a, &ta), view_of(b, &tb))));
}

Value int_xor(VM& vm, Value a, Value b) {
  a = int_value(a);
  b = int_value(b);
  if (a.is_small() && b.is_small()) return Value::small(a.small_value() ^ b.small_value());
  SmallLimbs ta(0), tb(0);
  return memory_error_if_null(vm, int_from_num(bignum::bit_xor(view_of(a, &ta), view_of(b, &tb))));
}

bignum::Num int_to_num(Value v) {
  SmallLimbs t(0);
  return bignum::to_num(view_of(v, &t));
}

}  // namespace coil
