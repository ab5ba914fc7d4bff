// int.cpp - the int type: int() construction and parsing, the digit limit, slots and methods.
//
// Section index
//   1. Boxed subclass instances and shared number helpers
//   2. The int <-> str digit limit
//   3. Parsing text (int(str), int(bytes)) and int(x)
//   4. Slots (new, repr, hash, comparison, number operators)
//   5. Methods and getters
//   6. Type set-up
#include <cstdio>
#include <cstring>

#include "objects/argcheck.h"
#include "objects/bignum.h"
#include "objects/boxed.h"
#include "objects/bytes.h"
#include "objects/num_internal.h"
#include "vm/runtime.h"

namespace coil {

Type IntType;
int64_t g_int_max_str_digits = 4300;

// ============================================================== 1. boxed instances, helpers

Value boxed_new(VM& vm, Type* type, Value value) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) {
    decref(value);
    return raise_memory_error(vm);
  }
  static_cast<Boxed*>(o)->value = value;
  if (type_has(type, kTypeHasGC)) gc_track(o);
  return Value(o);
}

Value numfmt_raise(VM& vm, const numfmt::Error& e) {
  switch (e.kind) {
    case numfmt::ErrKind::ValueError: return raise(vm, &ValueErrorType, e.message);
    case numfmt::ErrKind::OverflowError: return raise(vm, &OverflowErrorType, e.message);
    case numfmt::ErrKind::TypeError: return raise(vm, &TypeErrorType, e.message);
    case numfmt::ErrKind::ZeroDivisionError: return raise(vm, &ZeroDivisionErrorType, e.message);
    case numfmt::ErrKind::MemoryError: return raise_memory_error(vm);
    case numfmt::ErrKind::None: break;
  }
  return raise(vm, &SystemErrorType, "numeric formatting failed");
}

Value numfmt_result(VM& vm, const numfmt::Result& r) {
  if (!r.ok) return numfmt_raise(vm, r.error);
  Str* s = str_new(r.text);
  if (!s) return raise_memory_error(vm);
  return Value(s);
}

std::string ascii_digits_and_spaces(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out.push_back(char(c));
      ++i;
      continue;
    }
    int len = 1;
    uint32_t cp = utf8_decode(utf8.data() + i, &len);
    i += std::size_t(len > 0 ? len : 1);
    if (uni_isspace(cp)) {
      out.push_back(' ');
      continue;
    }
    int d = uni_decimal_value(cp);
    if (d < 0) {
      out.push_back('?');
      break;
    }
    out.push_back(char('0' + d));
  }
  return out;
}

bool check_format_spec_arg(VM& vm, Value spec) {
  if (is_str(spec)) return true;
  raisef(vm, &TypeErrorType, "__format__() argument must be str, not %s", tname(spec));
  return false;
}

namespace {

inline Value not_implemented() { return new_not_implemented(); }

// repr(v) cut to `max` code points, like CPython's "%.200R".
std::string repr_cut(VM& vm, Value v, uint64_t max, bool* ok) {
  Value r = repr(vm, v);
  *ok = bool(r);
  if (!r) return std::string();
  Str* s = as_str(r);
  std::string out;
  if (s->length <= max) {
    out.assign(s->data, s->size);
  } else {
    uint64_t end = str_byte_offset(s, max);
    out.assign(s->data, end);
  }
  decref(r);
  return out;
}

Value tuple2(Value a, Value b) {  // steals a and b
  Tuple* t = tuple_new(2);
  t->items[0] = a;
  (t->items + 1)[0] = b;
  return Value(t);
}

}  // namespace

// ============================================================== 2. the digit limit

namespace {

Value raise_to_str_limit(VM& vm) {
  return raisef(vm, &ValueErrorType,
                "Exceeds the limit (%lld digits) for integer string conversion; use sys.set_int_max_str_digits() to "
                "increase the limit",
                (long long)g_int_max_str_digits);
}

Value raise_from_str_limit(VM& vm, uint64_t digits) {
  return raisef(vm, &ValueErrorType,
                "Exceeds the limit (%lld digits) for integer string conversion: value has %llu digits; use "
                "sys.set_int_max_str_digits() to increase the limit",
                (long long)g_int_max_str_digits, (unsigned long long)digits);
}

}  // namespace

bool int_check_str_digits(VM& vm, Value v) {
  v = int_value(v);
  if (v.is_small() || g_int_max_str_digits <= 0) return true;
  BigInt* b = v.as<BigInt>();
  uint64_t lo, hi;
  bignum::decimal_digits_bounds(bignum::View(b->sign, b->digits, b->ndigits), &lo, &hi);
  uint64_t limit = uint64_t(g_int_max_str_digits);
  if (hi <= limit) return true;
  if (lo > limit) {
    raise_to_str_limit(vm);
    return false;
  }
  std::string s = int_to_string(v, 10);
  if (s.size() - (s[0] == '-' ? 1 : 0) > limit) {
    raise_to_str_limit(vm);
    return false;
  }
  return true;
}

Value int_to_decimal_str(VM& vm, Value v) {
  v = int_value(v);
  if (v.is_small()) {
    char buf[24];
    int n = std::snprintf(buf, sizeof buf, "%lld", (long long)v.small_value());
    return Value(str_new(std::string_view(buf, std::size_t(n))));
  }
  BigInt* b = v.as<BigInt>();
  uint64_t limit = uint64_t(g_int_max_str_digits);
  if (g_int_max_str_digits > 0) {
    uint64_t lo, hi;
    bignum::decimal_digits_bounds(bignum::View(b->sign, b->digits, b->ndigits), &lo, &hi);
    if (lo > limit) return raise_to_str_limit(vm);
  }
  if (heap_would_exceed(std::size_t(b->ndigits) * 10 + 64)) return raise_memory_error(vm);
  std::string s = int_to_string(v, 10);
  if (g_int_max_str_digits > 0 && s.size() - (s[0] == '-' ? 1 : 0) > limit) return raise_to_str_limit(vm);
  Str* r = str_new(s);
  if (!r) return raise_memory_error(vm);
  return Value(r);
}

// ============================================================== 3. parsing

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

inline bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// CPython checks the digit limit while scanning the leading run of digits, before the rest of the
// text is validated (so '1' * 5000 + 'x' reports the limit). Returns the digit count when the base
// is not a power of two (0 otherwise).
uint64_t leading_digit_count(std::string_view s, int base) {
  std::size_t i = 0, n = s.size();
  while (i < n && ascii_space(s[i])) ++i;
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  if (i + 1 < n && s[i] == '0') {
    char p = char(s[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) return 0;
  }
  if (base == 0) base = 10;
  if ((base & (base - 1)) == 0) return 0;
  uint64_t digits = 0;
  char prev = 0;
  for (; i < n; ++i) {
    char c = s[i];
    if (c == '_') {
      if (prev == '_') break;
    } else if (digit_value(c) < base) {
      ++digits;
    } else {
      break;
    }
    prev = c;
  }
  return digits;
}

Value parse_bytes(VM& vm, const char* data, int64_t size, int base) {
  std::string_view text(data, std::size_t(size));
  if (g_int_max_str_digits > 0) {
    uint64_t digits = leading_digit_count(text, base);
    if (digits > uint64_t(g_int_max_str_digits)) return raise_from_str_limit(vm, digits);
  }
  bool ok;
  Value v = int_from_string(text, base, &ok);
  if (ok) return v;
  // The message shows the (first 200) bytes as a bytes repr, whatever the argument's type.
  Bytes* b = bytes_new(data, size < 200 ? size : 200);
  if (!b) return raise_memory_error(vm);
  bool rok;
  std::string shown = repr_cut(vm, Value(b), 200, &rok);
  decref(b);
  if (!rok) return Value();
  return raisef(vm, &ValueErrorType, "invalid literal for int() with base %d: %s", base, shown.c_str());
}

}  // namespace

Value int_from_text_object(VM& vm, Value text, int base) {
  if (is_str(text)) {
    Str* s = as_str(text);
    std::string_view view = s->view();
    std::string converted;
    if (!s->ascii) {
      converted = ascii_digits_and_spaces(view);
      view = converted;
    }
    if (g_int_max_str_digits > 0) {
      uint64_t digits = leading_digit_count(view, base);
      if (digits > uint64_t(g_int_max_str_digits)) return raise_from_str_limit(vm, digits);
    }
    bool ok;
    Value v = int_from_string(view, base, &ok);
    if (ok) return v;
    bool rok;
    std::string shown = repr_cut(vm, text, 200, &rok);
    if (!rok) return Value();
    return raisef(vm, &ValueErrorType, "invalid literal for int() with base %d: %s", base, shown.c_str());
  }
  const char* data;
  int64_t size;
  std::string scratch;
  if (!get_buffer(vm, text, &data, &size, &scratch)) return Value();
  return parse_bytes(vm, data, size, base);
}

Value int_of(VM& vm, Value o) {
  if (o.is_small()) return o;
  Type* t = o.obj()->type;
  if (t == &IntType) return newref(o);
  NumberSlots* num = t->number;
  if (num && num->to_int) {
    Value r = num->to_int(vm, o);
    if (!r || is_int_exact(r)) return r;
    if (!is_int(r)) {
      raisef(vm, &TypeErrorType, "__int__ returned non-int (type %s)", tname(r));
      decref(r);
      return Value();
    }
    Value x = newref(int_value(r));  // (CPython also warns: a strict int subclass is deprecated here)
    decref(r);
    return x;
  }
  if (num && num->index) return number_index(vm, o);
  Value trunc = lookup_special(vm, o, g_names.trunc);
  if (trunc) {
    Value r = call0(vm, trunc);
    decref(trunc);
    if (!r || is_int_exact(r)) return r;
    if (is_int(r)) {
      Value x = newref(int_value(r));
      decref(r);
      return x;
    }
    Type* rt = type_of(r);
    if (!(rt->number && rt->number->index)) {
      raisef(vm, &TypeErrorType, "__trunc__ returned non-Integral (type %s)", type_name(rt));
      decref(r);
      return Value();
    }
    Value x = number_index(vm, r);
    decref(r);
    return x;
  }
  if (has_error(vm)) return Value();
  if (is_str(o) || has_buffer(o)) return int_from_text_object(vm, o, 10);
  return raisef(vm, &TypeErrorType,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'", type_name(t));
}

// ============================================================== 4. slots

namespace {

void int_dealloc(Object* o) {
  if (o->type == &IntType) {
    bigint_free(o);
    return;
  }
  // A boxed instance (bool, or a subclass instance reaching the base dealloc).
  Boxed* b = static_cast<Boxed*>(o);
  Value v = b->value;
  b->value = Value();
  decref(v);
  object_free(o, o->type->basicsize);
}

// int(x=0, /, base=10)
Value int_new_slot(VM& vm, Type* type, Args a) {
  Value x, base;
  if (a.nkw() == 0 && a.n <= 1) {
    x = a.n ? a[0] : Value();
  } else {
    Value out[2];
    if (!parse_args(vm, a, "int", "|x,/,base", out)) return Value();
    x = out[0];
    base = out[1];
  }
  Value result;
  if (!x) {
    if (base) return raise(vm, &TypeErrorType, "int() missing string argument");
    result = Value::small(0);
  } else if (!base) {
    result = int_of(vm, x);
  } else {
    int64_t b;
    if (!index_to_i64(vm, base, &b, nullptr)) return Value();
    if ((b != 0 && b < 2) || b > 36) return raise(vm, &ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
    if (!(is_str(x) || is_bytes(x) || is_bytearray(x)))
      return raise(vm, &TypeErrorType, "int() can't convert non-string with explicit base");
    result = int_from_text_object(vm, x, int(b));
  }
  if (!result || type == &IntType) return result;
  // A subclass: box the exact value.
  Value exact = newref(int_value(result));
  decref(result);
  return boxed_new(vm, type, exact);
}

Value int_repr(VM& vm, Value self) { return int_to_decimal_str(vm, self); }

bool int_hash_slot(VM&, Value self, int64_t* out) {
  *out = int_hash(self);
  return true;
}

bool compare_result(int c, CompareOp op) {
  switch (op) {
    case kLT: return c < 0;
    case kLE: return c <= 0;
    case kEQ: return c == 0;
    case kNE: return c != 0;
    case kGT: return c > 0;
    case kGE: return c >= 0;
  }
  return false;
}

Value int_richcompare(VM&, Value a, Value b, CompareOp op) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  return new_bool(compare_result(int_compare(a, b), op));
}

int int_truth(VM&, Value self) { return int_sign(self) != 0; }

#define INT_BINARY(name, fn)                                           \
  Value name(VM& vm, Value a, Value b) {                               \
    if (!is_int(a) || !is_int(b)) return not_implemented();            \
    return fn(vm, a, b);                                               \
  }
INT_BINARY(int_nb_add, int_add)
INT_BINARY(int_nb_sub, int_sub)
INT_BINARY(int_nb_mul, int_mul)
INT_BINARY(int_nb_floordiv, int_floordiv)
INT_BINARY(int_nb_mod, int_mod)
INT_BINARY(int_nb_divmod, int_divmod)
INT_BINARY(int_nb_truediv, int_truediv)
INT_BINARY(int_nb_lshift, int_lshift)
INT_BINARY(int_nb_rshift, int_rshift)
INT_BINARY(int_nb_and, int_and)
INT_BINARY(int_nb_or, int_or)
INT_BINARY(int_nb_xor, int_xor)
#undef INT_BINARY

Value int_nb_pow(VM& vm, Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  return int_pow(vm, a, b, Value());
}

Value int_nb_pow3(VM& vm, Value a, Value b, Value mod) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  if (!mod || is_none(mod)) return int_pow(vm, a, b, Value());
  if (!is_int(mod)) return not_implemented();
  return int_pow(vm, a, b, mod);
}

Value int_nb_neg(VM& vm, Value a) { return int_neg(vm, a); }
Value int_nb_pos(VM&, Value a) { return newref(int_value(a)); }
Value int_nb_invert(VM& vm, Value a) { return int_invert(vm, a); }
Value int_nb_abs(VM& vm, Value a) { return int_abs(vm, a); }
Value int_nb_int(VM&, Value a) { return newref(int_value(a)); }

Value int_nb_float(VM& vm, Value a) {
  bool overflow;
  double d = int_as_double(a, &overflow);
  if (overflow) return raise(vm, &OverflowErrorType, "int too large to convert to float");
  return float_new(d);
}

NumberSlots g_int_number;

// ============================================================== 5. methods and getters

inline Value exact(Value self) { return newref(int_value(self)); }

Value int_conjugate(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.conjugate")) return Value();
  return exact(a[0]);
}

Value int_bit_length_m(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.bit_length")) return Value();
  return int_from_u64(int_bit_length(a[0]));
}

Value int_bit_count_m(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.bit_count")) return Value();
  return int_from_u64(int_bit_count(a[0]));
}

Value int_as_integer_ratio(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.as_integer_ratio")) return Value();
  return tuple2(exact(a[0]), Value::small(1));
}

// The "byteorder" argument of to_bytes/from_bytes: true for 'little'.
bool parse_byteorder(VM& vm, Value v, const char* fname, bool* little) {
  *little = false;
  if (!v) return true;
  if (!is_str(v)) {
    raisef(vm, &TypeErrorType, "%s() argument 'byteorder' must be str, not %s", fname, tname(v));
    return false;
  }
  std::string_view s = as_str(v)->view();
  if (s == "little") {
    *little = true;
    return true;
  }
  if (s == "big") return true;
  raise(vm, &ValueErrorType, "byteorder must be either 'little' or 'big'");
  return false;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Value int_to_bytes(VM& vm, Args a) {
  Value out[3];
  if (!parse_args(vm, Args{a.v + 1, a.n - 1, a.kwnames}, "to_bytes", "|length,byteorder,*,signed", out)) return Value();
  int64_t length = 1;
  if (out[0]) {
    Value idx = number_index(vm, out[0]);
    if (!idx) return Value();
    bool overflow;
    length = int_as_i64(idx, &overflow);
    decref(idx);
    if (overflow) return raise(vm, &OverflowErrorType, "Python int too large to convert to C ssize_t");
    if (length < 0) return raise(vm, &ValueErrorType, "length argument must be non-negative");
  }
  bool little;
  if (!parse_byteorder(vm, out[1], "to_bytes", &little)) return Value();
  bool is_signed = false;
  if (out[2]) {
    int t = truthy(vm, out[2]);
    if (t < 0) return Value();
    is_signed = t;
  }
  if (uint64_t(length) > (uint64_t(1) << 40) || heap_would_exceed(std::size_t(length) + 64))
    return raise_memory_error(vm);
  std::string bytes;
  bignum::Num n = int_to_num(a[0]);
  bignum::Status s = bignum::to_bytes(n, std::size_t(length), little, is_signed, &bytes);
  if (s == bignum::Status::Overflow) return raise(vm, &OverflowErrorType, "int too big to convert");
  if (s == bignum::Status::Negative) return raise(vm, &OverflowErrorType, "can't convert negative int to unsigned");
  if (s != bignum::Status::Ok) return raise_memory_error(vm);
  return bytes_from(vm, bytes);
}

// bytes(x) for int.from_bytes (CPython's PyObject_Bytes): buffers, __bytes__, iterables of ints.
bool bytes_of(VM& vm, Value x, std::string* out) {
  const char* data;
  int64_t size;
  if (has_buffer(x)) {
    std::string scratch;
    if (!get_buffer(vm, x, &data, &size, &scratch)) return false;
    out->assign(data, std::size_t(size));
    return true;
  }
  if (!is_str(x)) {
    Value meth = lookup_special(vm, x, g_names.bytes);
    if (meth) {
      Value r = call0(vm, meth);
      decref(meth);
      if (!r) return false;
      if (!is_bytes(r)) {
        raisef(vm, &TypeErrorType, "__bytes__ returned non-bytes (type %s)", tname(r));
        decref(r);
        return false;
      }
      Bytes* b = as_bytes(r);
      out->assign(b->data, std::size_t(b->size));
      decref(r);
      return true;
    }
    if (has_error(vm)) return false;
    {
      Value it = get_iter(vm, x);
      if (!it) {
        if (!error_matches(vm, &TypeErrorType)) return false;
        clear_error(vm);
      } else {
        for (;;) {
          Value item = iter_next(vm, it);
          if (item.is_iter_done()) break;
          if (!item) {
            decref(it);
            return false;
          }
          int64_t v;
          bool ok = index_to_i64(vm, item, &v, nullptr);
          decref(item);
          if (!ok) {
            decref(it);
            return false;
          }
          if (v < 0 || v > 255) {
            decref(it);
            raise(vm, &ValueErrorType, "bytes must be in range(0, 256)");
            return false;
          }
          out->push_back(char(v));
        }
        decref(it);
        return true;
      }
    }
  }
  raisef(vm, &TypeErrorType, "cannot convert '%s' object to bytes", tname(x));
  return false;
}

// int.from_bytes(bytes, byteorder='big', *, signed=False)  (a classmethod: a[0] is the class)
Value int_from_bytes(VM& vm, Args a) {
  Value out[3];
  if (!parse_args(vm, Args{a.v + 1, a.n - 1, a.kwnames}, "from_bytes", "bytes,|byteorder,*,signed", out))
    return Value();
  bool little;
  if (!parse_byteorder(vm, out[1], "from_bytes", &little)) return Value();
  bool is_signed = false;
  if (out[2]) {
    int t = truthy(vm, out[2]);
    if (t < 0) return Value();
    is_signed = t;
  }
  std::string data;
  if (!bytes_of(vm, out[0], &data)) return Value();
  Value v = int_from_num(bignum::from_bytes(reinterpret_cast<const unsigned char*>(data.data()), data.size(), little,
                                            is_signed));
  if (!v) return raise_memory_error(vm);
  Value cls = a[0];
  if (cls == Value(&IntType)) return v;
  Value r = call1(vm, cls, v);
  decref(v);
  return r;
}

// int.__round__(ndigits=<unrepresentable>): negative ndigits round half to even.
Value int_round(VM& vm, Args a) {
  if (!check_no_kw(vm, a, "int.__round__")) return Value();
  if (!check_positional(vm, "__round__", a.n - 1, 0, 1)) return Value();
  Value self = int_value(a[0]);
  if (a.n == 1) return newref(self);
  Value nd = number_index(vm, a[1]);
  if (!nd) return Value();
  if (int_sign(nd) >= 0) {
    decref(nd);
    return newref(self);
  }
  bool overflow;
  int64_t k = int_as_i64(nd, &overflow);
  decref(nd);
  // 10**-k exceeds 2*|self|: the result is 0.
  uint64_t max_digits = int_bit_length(self) * 30103 / 100000 + 2;
  if (overflow || uint64_t(-(k + 1)) + 1 > max_digits) return Value::small(0);
  k = -k;
  Value p = int_pow(vm, Value::small(10), Value::small(k), Value());
  if (!p) return Value();
  Value qr = int_divmod(vm, self, p);
  if (!qr) {
    decref(p);
    return Value();
  }
  Value q = qr.as<Tuple>()->items[0], r = (qr.as<Tuple>()->items + 1)[0];
  Value twice = int_add(vm, r, r);
  if (!twice) {
    decref(p);
    decref(qr);
    return Value();
  }
  int c = int_compare(twice, p);
  decref(twice);
  bool up = c > 0;
  if (c == 0) {
    Value odd = int_and(vm, q, Value::small(1));
    up = odd.is_small() && odd.small_value() == 1;
    decref(odd);
  }
  Value result = int_sub(vm, self, r);
  decref(qr);
  if (result && up) {
    Value t = int_add(vm, result, p);
    decref(result);
    result = t;
  }
  decref(p);
  return result;
}

Value int_trunc_m(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.__trunc__")) return Value();
  return exact(a[0]);
}
Value int_floor_m(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.__floor__")) return Value();
  return exact(a[0]);
}
Value int_ceil_m(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.__ceil__")) return Value();
  return exact(a[0]);
}

Value int_format_m(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "int.__format__")) return Value();
  if (!check_format_spec_arg(vm, a[1])) return Value();
  Str* spec = as_str(a[1]);
  if (spec->size == 0) return str_of(vm, a[0]);
  const char* name = tname(a[0]);
  Value v = int_value(a[0]);
  if (v.is_small()) return numfmt_result(vm, numfmt::format_i64(v.small_value(), spec->view(), name));
  numfmt::FormatSpec f;
  numfmt::Error err;
  if (numfmt::parse_format_spec(spec->view(), 'd', '>', name, &f, &err) && (f.type == 'd' || f.type == 'n') &&
      !int_check_str_digits(vm, v))
    return Value();
  return numfmt_result(vm, numfmt::format_int(int_to_num(v), spec->view(), name));
}

Value int_getnewargs(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.__getnewargs__")) return Value();
  Tuple* t = tuple_new(1);
  t->items[0] = exact(a[0]);
  return Value(t);
}

Value int_sizeof(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "int.__sizeof__")) return Value();
  uint64_t digits = (int_bit_length(a[0]) + 29) / 30;
  if (digits == 0) digits = 1;
  return int_from_u64(24 + 4 * digits);
}

Value int_get_self(VM&, Value self) { return exact(self); }
Value int_get_zero(VM&, Value) { return Value::small(0); }
Value int_get_one(VM&, Value) { return Value::small(1); }

const MethodDef kIntMethods[] = {
    {"conjugate", int_conjugate, kMethPlain, "Returns self, the complex conjugate of any int.", nullptr},
    {"bit_length", int_bit_length_m, kMethPlain,
     "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6",
     nullptr},
    {"bit_count", int_bit_count_m, kMethPlain,
     "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population "
     "count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3",
     nullptr},
    {"to_bytes", int_to_bytes, kMethPlain, "Return an array of bytes representing an integer.", nullptr},
    {"from_bytes", int_from_bytes, kMethClass, "Return the integer represented by the given array of bytes.",
     nullptr},
    {"as_integer_ratio", int_as_integer_ratio, kMethPlain,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\nand with "
     "a positive denominator.",
     nullptr},
    {"__trunc__", int_trunc_m, kMethPlain, "Truncating an Integral returns itself.", nullptr},
    {"__floor__", int_floor_m, kMethPlain, "Flooring an Integral returns itself.", nullptr},
    {"__ceil__", int_ceil_m, kMethPlain, "Ceiling of an Integral returns itself.", nullptr},
    {"__round__", int_round, kMethPlain,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.", nullptr},
    {"__getnewargs__", int_getnewargs, kMethPlain, nullptr, nullptr},
    {"__format__", int_format_m, kMethPlain, "Convert to a string according to format_spec.", nullptr},
    {"__sizeof__", int_sizeof, kMethPlain, "Returns size in memory, in bytes.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kIntGetSets[] = {
    {"real", int_get_self, nullptr, "the real part of a complex number"},
    {"imag", int_get_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

// ============================================================== 6. type set-up

void init_int_type() {
  Type* t = &IntType;
  static_type_init(t, "int", uint32_t(offsetof(BigInt, digits)), &ObjectType, kTypeBaseType | kTypeIntSubclass);
  t->itemsize = sizeof(uint32_t);
  t->cdoc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if "
      "no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates "
      "towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray "
      "instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and "
      "be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to "
      "interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";
  t->dealloc = int_dealloc;
  t->new_ = int_new_slot;
  t->repr = int_repr;
  t->hash = int_hash_slot;
  t->richcompare = int_richcompare;
  t->truth = int_truth;
  NumberSlots* n = &g_int_number;
  n->binary[kAdd] = int_nb_add;
  n->binary[kSub] = int_nb_sub;
  n->binary[kMul] = int_nb_mul;
  n->binary[kFloorDiv] = int_nb_floordiv;
  n->binary[kMod] = int_nb_mod;
  n->binary[kTrueDiv] = int_nb_truediv;
  n->binary[kPow] = int_nb_pow;
  n->binary[kLShift] = int_nb_lshift;
  n->binary[kRShift] = int_nb_rshift;
  n->binary[kAnd] = int_nb_and;
  n->binary[kOr] = int_nb_or;
  n->binary[kXor] = int_nb_xor;
  n->pow3 = int_nb_pow3;
  n->divmod = int_nb_divmod;
  n->unary[kNeg] = int_nb_neg;
  n->unary[kPos] = int_nb_pos;
  n->unary[kInvert] = int_nb_invert;
  n->unary[kAbs] = int_nb_abs;
  n->index = int_nb_int;
  n->to_int = int_nb_int;
  n->to_float = int_nb_float;
  t->number = n;
  t->methods = kIntMethods;
  t->getsets = kIntGetSets;
}

void init_bool_type();  // objects/bool.cpp

// int and bool (bootstrap calls this one).
void init_int_types() {
  init_int_type();
  init_bool_type();
}

}  // namespace coil
