// bytes_methods.cpp - the methods bytes and bytearray share, written once over (data, size) views.
//
// Sections: 1. argument helpers  2. predicates and case mapping  3. padding, strip, expandtabs
//           4. find/count/index/startswith  5. split/partition/replace/join  6. hex, translate,
//           decode and the rest
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytes_impl.h"
#include "objects/codecs.h"
#include "vm/runtime.h"

namespace coil {
namespace bimpl {

// ============================================================== 1. argument helpers

BView self_view(Value self) {
  if (is_bytes(self)) {
    Bytes* b = as_bytes(self);
    return {b->data, b->size};
  }
  ByteArray* b = self.as<ByteArray>();
  return {b->data ? b->data : "", b->size};
}

Value make_result(VM& vm, bool ba, const char* p, int64_t n) {
  if (ba) return Value(bytearray_new(vm, p, n));
  return bytes_from(vm, p, n);
}

bool arg_buffer(VM& vm, Value v, BView* out, std::string* scratch) {
  return get_buffer(vm, v, &out->p, &out->n, scratch);
}

bool as_cint(VM& vm, Value v, int* out) {
  Value idx = number_index(vm, v);
  if (!idx) return false;
  bool overflow = false;
  int64_t x = int_as_i64(idx, &overflow);
  decref(idx);
  if (overflow || x > INT32_MAX || x < INT32_MIN) {
    raise(vm, &OverflowErrorType, "Python int too large to convert to C int");
    return false;
  }
  *out = int(x);
  return true;
}

bool byte_value(VM& vm, Value v, int* out, const char* range_msg) {
  Value idx = number_index(vm, v);
  if (!idx) return false;
  bool overflow = false;
  int64_t x = int_as_i64(idx, &overflow);
  decref(idx);
  if (overflow || x < 0 || x > 255) {
    raise(vm, &ValueErrorType, range_msg);
    return false;
  }
  *out = int(x);
  return true;
}

const char* family_name(Value self) {
  if (!self) return "bytes";
  Type* t = is_type(self) ? self.as<Type>() : type_of(self);
  if (t == &MemoryViewType) return "memoryview";
  if (is_subtype(t, &ByteArrayType)) return "bytearray";
  if (is_subtype(t, &BytesType)) return "bytes";
  return type_name(t);
}

bool check_no_kwargs(VM& vm, Args a, const char* name) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s.%s() takes no keyword arguments", family_name(a.n ? a[0] : Value()), name);
    return false;
  }
  return true;
}

bool noargs(VM& vm, Args a, const char* name) {
  if (!check_no_kwargs(vm, a, name)) return false;
  if (a.n > 1) {
    raisef(vm, &TypeErrorType, "%s.%s() takes no arguments (%u given)", family_name(a[0]), name, a.n - 1);
    return false;
  }
  return true;
}

bool check_meth_o(VM& vm, Args a, const char* name) {
  if (!check_no_kwargs(vm, a, name)) return false;
  if (a.n != 2) {
    raisef(vm, &TypeErrorType, "%s.%s() takes exactly one argument (%u given)", family_name(a[0]), name, a.n - 1);
    return false;
  }
  return true;
}

bool check_positional(VM& vm, Args a, const char* name, uint32_t min, uint32_t max) {
  if (!check_no_kwargs(vm, a, name)) return false;
  uint32_t n = a.n - 1;
  if (n < min) {
    raisef(vm, &TypeErrorType, "%s expected %s%u argument%s, got %u", name, min == max ? "" : "at least ", min,
           min == 1 ? "" : "s", n);
    return false;
  }
  if (n > max) {
    raisef(vm, &TypeErrorType, "%s expected %s%u argument%s, got %u", name, min == max ? "" : "at most ", max,
           max == 1 ? "" : "s", n);
    return false;
  }
  return true;
}

bool check_varargs(VM& vm, Args a, const char* name, uint32_t min, uint32_t max) {
  if (!check_no_kwargs(vm, a, name)) return false;
  uint32_t n = a.n - 1;
  if (n < min || n > max) {
    uint32_t lim = n < min ? min : max;
    raisef(vm, &TypeErrorType, "%s() takes %s %u argument%s (%u given)", name,
           min == max ? "exactly" : n < min ? "at least" : "at most", lim, lim == 1 ? "" : "s", n);
    return false;
  }
  return true;
}

namespace {

inline bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline char to_lower(unsigned char c) { return is_upper(c) ? char(c + 32) : char(c); }
inline char to_upper(unsigned char c) { return is_lower(c) ? char(c - 32) : char(c); }

// _PyEval_SliceIndex: None or absent leaves *out alone; big values clamp.
bool slice_index(VM& vm, Value v, int64_t* out) {
  if (!v || is_none(v)) return true;
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Type* t = type_of(v);
  if (!is_int(v) && !(t->number && t->number->index)) {
    raise(vm, &TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value idx = number_index(vm, v);
  if (!idx) return false;
  bool overflow = false;
  int64_t x = int_as_i64(idx, &overflow);
  if (overflow) x = int_sign(idx) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  decref(idx);
  *out = x;
  return true;
}

inline void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

Value new_list_of(VM& vm, std::vector<Value>& items) {
  List* l = list_new(int64_t(items.size()));
  if (!l) {
    for (Value v : items) decref(v);
    return raise_memory_error(vm);
  }
  for (size_t i = 0; i < items.size(); ++i) l->items[i] = items[i];
  return Value(l);
}

void free_values(std::vector<Value>& items) {
  for (Value v : items) decref(v);
  items.clear();
}

// Pushes a part (of self's family) to items; false on error.
bool push_part(VM& vm, std::vector<Value>& items, bool ba, const char* p, int64_t n) {
  Value v = make_result(vm, ba, p, n);
  if (!v) {
    free_values(items);
    return false;
  }
  items.push_back(v);
  return true;
}

// Returns self for exact bytes when a method would return an equal copy (CPython does too).
Value same_or_copy(VM& vm, Value self) {
  if (is_bytes_exact(self)) return newref(self);
  BView v = self_view(self);
  return make_result(vm, self_is_ba(self), v.p, v.n);
}

}  // namespace

int64_t find_in(BView hay, BView needle) {
  size_t pos = hay.sv().find(needle.sv());
  return pos == std::string_view::npos ? -1 : int64_t(pos);
}

// ============================================================== 2. predicates and case mapping

namespace {

template <class F> Value predicate(VM& vm, Args a, const char* name, F pred) {
  if (!noargs(vm, a, name)) return Value();
  BView v = self_view(a[0]);
  if (v.n == 0) return new_bool(false);
  for (int64_t i = 0; i < v.n; ++i)
    if (!pred(static_cast<unsigned char>(v.p[i]))) return new_bool(false);
  return new_bool(true);
}

template <class F> Value mapped(VM& vm, Args a, const char* name, F fn) {
  if (!noargs(vm, a, name)) return Value();
  BView v = self_view(a[0]);
  std::string out(v.p, size_t(v.n));
  fn(out);
  return make_result(vm, self_is_ba(a[0]), out);
}

}  // namespace

Value m_isalnum(VM& vm, Args a) {
  return predicate(vm, a, "isalnum", [](unsigned char c) { return is_alpha(c) || is_digit(c); });
}
Value m_isalpha(VM& vm, Args a) { return predicate(vm, a, "isalpha", [](unsigned char c) { return is_alpha(c); }); }
Value m_isdigit(VM& vm, Args a) { return predicate(vm, a, "isdigit", [](unsigned char c) { return is_digit(c); }); }
Value m_isspace(VM& vm, Args a) { return predicate(vm, a, "isspace", [](unsigned char c) { return is_space(c); }); }
Value m_isascii(VM& vm, Args a) {
  if (!noargs(vm, a, "isascii")) return Value();
  BView v = self_view(a[0]);
  for (int64_t i = 0; i < v.n; ++i)
    if (static_cast<unsigned char>(v.p[i]) >= 128) return new_bool(false);
  return new_bool(true);
}
Value m_islower(VM& vm, Args a) {
  if (!noargs(vm, a, "islower")) return Value();
  BView v = self_view(a[0]);
  bool cased = false;
  for (int64_t i = 0; i < v.n; ++i) {
    unsigned char c = static_cast<unsigned char>(v.p[i]);
    if (is_upper(c)) return new_bool(false);
    if (is_lower(c)) cased = true;
  }
  return new_bool(cased);
}
Value m_isupper(VM& vm, Args a) {
  if (!noargs(vm, a, "isupper")) return Value();
  BView v = self_view(a[0]);
  bool cased = false;
  for (int64_t i = 0; i < v.n; ++i) {
    unsigned char c = static_cast<unsigned char>(v.p[i]);
    if (is_lower(c)) return new_bool(false);
    if (is_upper(c)) cased = true;
  }
  return new_bool(cased);
}
Value m_istitle(VM& vm, Args a) {
  if (!noargs(vm, a, "istitle")) return Value();
  BView v = self_view(a[0]);
  bool cased = false, prev_cased = false;
  for (int64_t i = 0; i < v.n; ++i) {
    unsigned char c = static_cast<unsigned char>(v.p[i]);
    if (is_upper(c)) {
      if (prev_cased) return new_bool(false);
      prev_cased = cased = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return new_bool(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return new_bool(cased);
}

Value m_lower(VM& vm, Args a) {
  return mapped(vm, a, "lower", [](std::string& s) {
    for (char& c : s) c = to_lower(static_cast<unsigned char>(c));
  });
}
Value m_upper(VM& vm, Args a) {
  return mapped(vm, a, "upper", [](std::string& s) {
    for (char& c : s) c = to_upper(static_cast<unsigned char>(c));
  });
}
Value m_swapcase(VM& vm, Args a) {
  return mapped(vm, a, "swapcase", [](std::string& s) {
    for (char& c : s) {
      unsigned char u = static_cast<unsigned char>(c);
      c = is_upper(u) ? to_lower(u) : to_upper(u);
    }
  });
}
Value m_capitalize(VM& vm, Args a) {
  return mapped(vm, a, "capitalize", [](std::string& s) {
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char u = static_cast<unsigned char>(s[i]);
      s[i] = i == 0 ? to_upper(u) : to_lower(u);
    }
  });
}
Value m_title(VM& vm, Args a) {
  return mapped(vm, a, "title", [](std::string& s) {
    bool prev_cased = false;
    for (char& c : s) {
      unsigned char u = static_cast<unsigned char>(c);
      if (is_lower(u)) {
        if (!prev_cased) c = to_upper(u);
        prev_cased = true;
      } else if (is_upper(u)) {
        if (prev_cased) c = to_lower(u);
        prev_cased = true;
      } else {
        prev_cased = false;
      }
    }
  });
}

// ============================================================== 3. padding, strip, expandtabs

namespace {

// The clinic `char` converter: a bytes or bytearray of length 1.
bool fill_char(VM& vm, Value v, const char* fname, char* out) {
  if (is_bytes(v) && as_bytes(v)->size == 1) {
    *out = as_bytes(v)->data[0];
    return true;
  }
  if (is_bytearray(v) && v.as<ByteArray>()->size == 1) {
    *out = v.as<ByteArray>()->data[0];
    return true;
  }
  raisef(vm, &TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", fname,
         is_none(v) ? "None" : tname(v));
  return false;
}

Value pad(VM& vm, Args a, const char* name, int kind) {  // kind: 0 center, 1 ljust, 2 rjust
  if (!check_positional(vm, a, name, 1, 2)) return Value();
  int64_t width;
  if (!ssize_arg(vm, a[1], &width)) return Value();
  char fill = ' ';
  if (a.n > 2 && !fill_char(vm, a[2], name, &fill)) return Value();
  BView v = self_view(a[0]);
  if (width <= v.n) return same_or_copy(vm, a[0]);
  if (heap_would_exceed(size_t(width))) return raise_memory_error(vm);
  int64_t marg = width - v.n, left;
  if (kind == 0) left = marg / 2 + (marg & width & 1);
  else if (kind == 1) left = 0;
  else left = marg;
  std::string out;
  out.reserve(size_t(width));
  out.append(size_t(left), fill);
  out.append(v.p, size_t(v.n));
  out.append(size_t(marg - left), fill);
  return make_result(vm, self_is_ba(a[0]), out);
}

Value do_strip(VM& vm, Args a, const char* name, bool left, bool right) {
  if (!check_positional(vm, a, name, 0, 1)) return Value();
  BView v = self_view(a[0]);
  BView chars{nullptr, 0};
  std::string scratch;
  bool ws = a.n < 2 || is_none(a[1]);
  if (!ws && !arg_buffer(vm, a[1], &chars, &scratch)) return Value();
  auto strip_it = [&](unsigned char c) {
    if (ws) return is_space(c);
    return std::memchr(chars.p, c, size_t(chars.n)) != nullptr;
  };
  int64_t i = 0, j = v.n;
  if (left)
    while (i < j && strip_it(static_cast<unsigned char>(v.p[i]))) ++i;
  if (right)
    while (j > i && strip_it(static_cast<unsigned char>(v.p[j - 1]))) --j;
  if (i == 0 && j == v.n) return same_or_copy(vm, a[0]);
  return make_result(vm, self_is_ba(a[0]), v.p + i, j - i);
}

}  // namespace

Value m_center(VM& vm, Args a) { return pad(vm, a, "center", 0); }
Value m_ljust(VM& vm, Args a) { return pad(vm, a, "ljust", 1); }
Value m_rjust(VM& vm, Args a) { return pad(vm, a, "rjust", 2); }
Value m_strip(VM& vm, Args a) { return do_strip(vm, a, "strip", true, true); }
Value m_lstrip(VM& vm, Args a) { return do_strip(vm, a, "lstrip", true, false); }
Value m_rstrip(VM& vm, Args a) { return do_strip(vm, a, "rstrip", false, true); }

Value m_zfill(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "zfill")) return Value();
  int64_t width;
  if (!ssize_arg(vm, a[1], &width)) return Value();
  BView v = self_view(a[0]);
  if (width <= v.n) return same_or_copy(vm, a[0]);
  if (heap_would_exceed(size_t(width))) return raise_memory_error(vm);
  int64_t fill = width - v.n;
  std::string out(size_t(fill), '0');
  out.append(v.p, size_t(v.n));
  if (v.n > 0 && (out[size_t(fill)] == '+' || out[size_t(fill)] == '-')) {
    out[0] = out[size_t(fill)];
    out[size_t(fill)] = '0';
  }
  return make_result(vm, self_is_ba(a[0]), out);
}

Value m_expandtabs(VM& vm, Args a) {
  Value args[1];
  if (!parse_args(vm, without_self(a), "expandtabs", "|tabsize", args)) return Value();
  int tabsize = 8;
  if (args[0] && !as_cint(vm, args[0], &tabsize)) return Value();
  BView v = self_view(a[0]);
  std::string out;
  int64_t col = 0;
  for (int64_t i = 0; i < v.n; ++i) {
    char c = v.p[i];
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        if (heap_would_exceed(out.size() + size_t(incr))) return raise(vm, &OverflowErrorType, "result too long");
        out.append(size_t(incr), ' ');
        col += incr;
      }
    } else {
      out.push_back(c);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return make_result(vm, self_is_ba(a[0]), out);
}

// ============================================================== 4. find/count/index/startswith

namespace {

// parse_args_finds_byte: sub (bytes-like or int), start, end.
bool finds_args(VM& vm, Args a, const char* name, BView* sub, char* byte, std::string* scratch, int64_t* start,
                int64_t* end) {
  if (!check_varargs(vm, a, name, 1, 3)) return false;
  Value s = a[1];
  if (has_buffer(s)) {
    if (!arg_buffer(vm, s, sub, scratch)) return false;
  } else {
    Type* t = type_of(s);
    if (!is_int(s) && !(t->number && t->number->index)) {
      raisef(vm, &TypeErrorType, "argument should be integer or bytes-like object, not '%s'", type_name(t));
      return false;
    }
    int b;
    if (!byte_value(vm, s, &b)) return false;
    *byte = char(b);
    *sub = {byte, 1};
  }
  *start = 0;
  *end = INT64_MAX / 2;
  if (a.n > 2 && !slice_index(vm, a[2], start)) return false;
  if (a.n > 3 && !slice_index(vm, a[3], end)) return false;
  return true;
}

// Returns the position (or -1); *error set on failure.
int64_t find_impl(VM& vm, Args a, const char* name, bool reverse, bool* error) {
  BView sub;
  char byte;
  std::string scratch;
  int64_t start, end;
  *error = false;
  if (!finds_args(vm, a, name, &sub, &byte, &scratch, &start, &end)) {
    *error = true;
    return -1;
  }
  BView v = self_view(a[0]);
  adjust_indices(start, end, v.n);
  if (end - start < sub.n) return -1;
  std::string_view hay(v.p + start, size_t(end - start));
  size_t pos = reverse ? hay.rfind(sub.sv()) : hay.find(sub.sv());
  if (pos == std::string_view::npos) return -1;
  return int64_t(pos) + start;
}

}  // namespace

Value m_find(VM& vm, Args a) {
  bool err;
  int64_t r = find_impl(vm, a, "find", false, &err);
  return err ? Value() : Value::small(r);
}
Value m_rfind(VM& vm, Args a) {
  bool err;
  int64_t r = find_impl(vm, a, "rfind", true, &err);
  return err ? Value() : Value::small(r);
}
Value m_index(VM& vm, Args a) {
  bool err;
  int64_t r = find_impl(vm, a, "index", false, &err);
  if (err) return Value();
  if (r < 0) return raise(vm, &ValueErrorType, "subsection not found");
  return Value::small(r);
}
Value m_rindex(VM& vm, Args a) {
  bool err;
  int64_t r = find_impl(vm, a, "rindex", true, &err);
  if (err) return Value();
  if (r < 0) return raise(vm, &ValueErrorType, "subsection not found");
  return Value::small(r);
}

Value m_count(VM& vm, Args a) {
  BView sub;
  char byte;
  std::string scratch;
  int64_t start, end;
  if (!finds_args(vm, a, "count", &sub, &byte, &scratch, &start, &end)) return Value();
  BView v = self_view(a[0]);
  adjust_indices(start, end, v.n);
  if (end - start < 0) return Value::small(0);
  if (sub.n == 0) return Value::small(end - start + 1);
  std::string_view hay(v.p + start, size_t(end - start));
  int64_t n = 0;
  size_t pos = 0;
  while ((pos = hay.find(sub.sv(), pos)) != std::string_view::npos) {
    ++n;
    pos += size_t(sub.n);
  }
  return Value::small(n);
}

namespace {

// tailmatch: 1 match, 0 no match, -1 error (TypeError from the buffer conversion)
int tailmatch(VM& vm, BView v, Value substr, int64_t start, int64_t end, bool endswith) {
  BView sub;
  std::string scratch;
  if (!arg_buffer(vm, substr, &sub, &scratch)) return -1;
  adjust_indices(start, end, v.n);
  int64_t slen = sub.n;
  if (!endswith) {
    if (start > v.n - slen) return 0;
  } else {
    if (end - start < slen || start > v.n) return 0;
    if (end - slen > start) start = end - slen;
  }
  if (end - start < slen) return 0;
  return std::memcmp(v.p + start, sub.p, size_t(slen)) == 0 ? 1 : 0;
}

Value starts_ends(VM& vm, Args a, const char* name, bool endswith) {
  if (!check_varargs(vm, a, name, 1, 3)) return Value();
  int64_t start = 0, end = INT64_MAX / 2;
  if (a.n > 2 && !slice_index(vm, a[2], &start)) return Value();
  if (a.n > 3 && !slice_index(vm, a[3], &end)) return Value();
  BView v = self_view(a[0]);
  Value sub = a[1];
  if (is_tuple(sub)) {
    Tuple* t = as_tuple(sub);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = tailmatch(vm, v, t->items[i], start, end, endswith);
      if (r < 0) return Value();
      if (r) return new_bool(true);
    }
    return new_bool(false);
  }
  int r = tailmatch(vm, v, sub, start, end, endswith);
  if (r < 0) {
    if (error_matches(vm, &TypeErrorType)) {
      clear_error(vm);
      return raisef(vm, &TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, tname(sub));
    }
    return Value();
  }
  return new_bool(r == 1);
}

}  // namespace

Value m_startswith(VM& vm, Args a) { return starts_ends(vm, a, "startswith", false); }
Value m_endswith(VM& vm, Args a) { return starts_ends(vm, a, "endswith", true); }

// ============================================================== 5. split/partition/replace/join

namespace {

bool maxsplit_arg(VM& vm, Value v, int64_t* out) {
  *out = -1;
  if (!v) return true;
  return ssize_arg(vm, v, out);
}

}  // namespace

Value m_split(VM& vm, Args a) {
  Value args[2];
  if (!parse_args(vm, without_self(a), "split", "|sep,maxsplit", args)) return Value();
  Value sep_arg = args[0];
  int64_t maxsplit;
  if (!maxsplit_arg(vm, args[1], &maxsplit)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  BView v = self_view(a[0]);
  bool ba = self_is_ba(a[0]);
  std::vector<Value> items;
  if (!sep_arg || is_none(sep_arg)) {
    int64_t i = 0, n = v.n;
    while (maxsplit-- > 0) {
      while (i < n && is_space(static_cast<unsigned char>(v.p[i]))) ++i;
      if (i == n) break;
      int64_t j = i;
      while (i < n && !is_space(static_cast<unsigned char>(v.p[i]))) ++i;
      if (!push_part(vm, items, ba, v.p + j, i - j)) return Value();
    }
    if (i < n) {
      while (i < n && is_space(static_cast<unsigned char>(v.p[i]))) ++i;
      if (i != n && !push_part(vm, items, ba, v.p + i, n - i)) return Value();
    }
    return new_list_of(vm, items);
  }
  BView sep;
  std::string scratch;
  if (!arg_buffer(vm, sep_arg, &sep, &scratch)) return Value();
  if (sep.n == 0) return raise(vm, &ValueErrorType, "empty separator");
  std::string_view s = v.sv();
  size_t i = 0;
  while (maxsplit-- > 0) {
    size_t pos = s.find(sep.sv(), i);
    if (pos == std::string_view::npos) break;
    if (!push_part(vm, items, ba, v.p + i, int64_t(pos - i))) return Value();
    i = pos + size_t(sep.n);
  }
  if (!push_part(vm, items, ba, v.p + i, v.n - int64_t(i))) return Value();
  return new_list_of(vm, items);
}

Value m_rsplit(VM& vm, Args a) {
  Value args[2];
  if (!parse_args(vm, without_self(a), "rsplit", "|sep,maxsplit", args)) return Value();
  Value sep_arg = args[0];
  int64_t maxsplit;
  if (!maxsplit_arg(vm, args[1], &maxsplit)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  BView v = self_view(a[0]);
  bool ba = self_is_ba(a[0]);
  std::vector<Value> items;
  if (!sep_arg || is_none(sep_arg)) {
    int64_t i = v.n - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && is_space(static_cast<unsigned char>(v.p[i]))) --i;
      if (i < 0) break;
      int64_t j = i;
      while (i >= 0 && !is_space(static_cast<unsigned char>(v.p[i]))) --i;
      if (!push_part(vm, items, ba, v.p + i + 1, j - i)) return Value();
    }
    if (i >= 0) {
      while (i >= 0 && is_space(static_cast<unsigned char>(v.p[i]))) --i;
      if (i >= 0 && !push_part(vm, items, ba, v.p, i + 1)) return Value();
    }
  } else {
    BView sep;
    std::string scratch;
    if (!arg_buffer(vm, sep_arg, &sep, &scratch)) return Value();
    if (sep.n == 0) return raise(vm, &ValueErrorType, "empty separator");
    std::string_view s = v.sv();
    int64_t end = v.n;  // parts are [pos+seplen, end)
    while (maxsplit-- > 0 && end >= sep.n) {
      size_t pos = s.substr(0, size_t(end)).rfind(sep.sv());
      if (pos == std::string_view::npos) break;
      int64_t after = int64_t(pos) + sep.n;
      if (!push_part(vm, items, ba, v.p + after, end - after)) return Value();
      end = int64_t(pos);
    }
    if (!push_part(vm, items, ba, v.p, end)) return Value();
  }
  // reverse in place
  for (size_t i = 0, j = items.size(); i + 1 < j; ++i, --j) std::swap(items[i], items[j - 1]);
  return new_list_of(vm, items);
}

Value m_splitlines(VM& vm, Args a) {
  Value args[1];
  if (!parse_args(vm, without_self(a), "splitlines", "|keepends", args)) return Value();
  bool keepends = false;
  if (args[0]) {
    int t = truthy(vm, args[0]);
    if (t < 0) return Value();
    keepends = t;
  }
  BView v = self_view(a[0]);
  bool ba = self_is_ba(a[0]);
  std::vector<Value> items;
  int64_t i = 0, n = v.n;
  while (i < n) {
    int64_t j = i;
    while (i < n && v.p[i] != '\n' && v.p[i] != '\r') ++i;
    int64_t eol = i;
    if (i < n) {
      if (v.p[i] == '\r' && i + 1 < n && v.p[i + 1] == '\n') i += 2;
      else ++i;
      if (keepends) eol = i;
    }
    if (!push_part(vm, items, ba, v.p + j, eol - j)) return Value();
  }
  return new_list_of(vm, items);
}

namespace {

Value do_partition(VM& vm, Args a, const char* name, bool reverse) {
  if (!check_meth_o(vm, a, name)) return Value();
  BView sep;
  std::string scratch;
  if (!arg_buffer(vm, a[1], &sep, &scratch)) return Value();
  if (sep.n == 0) return raise(vm, &ValueErrorType, "empty separator");
  BView v = self_view(a[0]);
  bool ba = self_is_ba(a[0]);
  size_t pos = reverse ? v.sv().rfind(sep.sv()) : v.sv().find(sep.sv());
  Value parts[3];
  if (pos == std::string_view::npos) {
    Value whole = ba ? make_result(vm, true, v.p, v.n) : same_or_copy(vm, a[0]);
    Value e1 = make_result(vm, ba, "", 0);
    Value e2 = make_result(vm, ba, "", 0);
    if (reverse) {
      parts[0] = e1; parts[1] = e2; parts[2] = whole;
    } else {
      parts[0] = whole; parts[1] = e1; parts[2] = e2;
    }
  } else {
    parts[0] = make_result(vm, ba, v.p, int64_t(pos));
    // bytes keep the separator object itself (CPython does); bytearray copies it
    parts[1] = (!ba && is_bytes_exact(a[1])) ? newref(a[1]) : make_result(vm, ba, sep.p, sep.n);
    int64_t after = int64_t(pos) + sep.n;
    parts[2] = make_result(vm, ba, v.p + after, v.n - after);
  }
  if (!parts[0] || !parts[1] || !parts[2]) {
    for (Value p : parts) decref(p);
    return Value();
  }
  Tuple* t = tuple_new(3);
  for (int i = 0; i < 3; ++i) t->items[i] = parts[i];
  return Value(t);
}

}  // namespace

Value m_partition(VM& vm, Args a) { return do_partition(vm, a, "partition", false); }
Value m_rpartition(VM& vm, Args a) { return do_partition(vm, a, "rpartition", true); }

Value m_replace(VM& vm, Args a) {
  if (!check_positional(vm, a, "replace", 2, 3)) return Value();
  BView from, to;
  std::string s1, s2;
  if (!arg_buffer(vm, a[1], &from, &s1)) return Value();
  if (!arg_buffer(vm, a[2], &to, &s2)) return Value();
  int64_t count = -1;
  if (a.n > 3 && !ssize_arg(vm, a[3], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  BView v = self_view(a[0]);
  bool ba = self_is_ba(a[0]);
  std::string out;
  std::string_view s = v.sv();
  if (from.n == 0) {
    int64_t i = 0;
    for (; i < v.n && count > 0; ++i, --count) {
      out.append(to.p, size_t(to.n));
      out.push_back(v.p[i]);
      if (heap_would_exceed(out.size())) return raise(vm, &OverflowErrorType, "replace bytes is too long");
    }
    if (count > 0) out.append(to.p, size_t(to.n));
    else out.append(v.p + i, size_t(v.n - i));
    return make_result(vm, ba, out);
  }
  size_t i = 0;
  bool changed = false;
  while (count > 0) {
    size_t pos = s.find(from.sv(), i);
    if (pos == std::string_view::npos) break;
    out.append(s.substr(i, pos - i));
    out.append(to.p, size_t(to.n));
    if (heap_would_exceed(out.size())) return raise(vm, &OverflowErrorType, "replace bytes is too long");
    i = pos + size_t(from.n);
    --count;
    changed = true;
  }
  if (!changed) return same_or_copy(vm, a[0]);
  out.append(s.substr(i));
  return make_result(vm, ba, out);
}

Value m_removeprefix(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "removeprefix")) return Value();
  BView p;
  std::string scratch;
  if (!arg_buffer(vm, a[1], &p, &scratch)) return Value();
  BView v = self_view(a[0]);
  if (p.n <= v.n && std::memcmp(v.p, p.p, size_t(p.n)) == 0 && p.n > 0)
    return make_result(vm, self_is_ba(a[0]), v.p + p.n, v.n - p.n);
  return same_or_copy(vm, a[0]);
}

Value m_removesuffix(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "removesuffix")) return Value();
  BView p;
  std::string scratch;
  if (!arg_buffer(vm, a[1], &p, &scratch)) return Value();
  BView v = self_view(a[0]);
  if (p.n <= v.n && p.n > 0 && std::memcmp(v.p + v.n - p.n, p.p, size_t(p.n)) == 0)
    return make_result(vm, self_is_ba(a[0]), v.p, v.n - p.n);
  return same_or_copy(vm, a[0]);
}

Value m_join(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "join")) return Value();
  Value it = get_iter(vm, a[1]);
  if (!it) {
    if (error_matches(vm, &TypeErrorType)) {
      clear_error(vm);
      return raise(vm, &TypeErrorType, "can only join an iterable");
    }
    return Value();
  }
  List* items = list_from_iterable(vm, it);
  decref(it);
  if (!items) return Value();
  Ref hold{Value(items)};
  BView sep = self_view(a[0]);
  // The separator of a bytearray may change while items convert: copy it.
  std::string sepcopy(sep.p, size_t(sep.n));
  std::string out;
  for (int64_t i = 0; i < items->size; ++i) {
    Value item = items->items[i];
    if (!has_buffer(item))
      return raisef(vm, &TypeErrorType, "sequence item %lld: expected a bytes-like object, %s found", (long long)i,
                    tname(item));
    BView b;
    std::string scratch;
    if (!arg_buffer(vm, item, &b, &scratch)) return Value();
    if (i > 0) out.append(sepcopy);
    out.append(b.p, size_t(b.n));
    if (heap_would_exceed(out.size())) return raise_memory_error(vm);
  }
  return make_result(vm, self_is_ba(a[0]), out);
}

// ============================================================== 6. hex, translate, decode, ...

Value hex_method(VM& vm, const char* p, int64_t n, Value sep, Value bytes_per_sep) {
  static const char digits[] = "0123456789abcdef";
  char sep_char = 0;
  bool has_sep = bool(sep);
  int bps = 1;
  if (bytes_per_sep && !as_cint(vm, bytes_per_sep, &bps)) return Value();
  if (has_sep) {
    if (is_str(sep)) {
      Str* s = as_str(sep);
      if (s->length != 1) return raise(vm, &ValueErrorType, "sep must be length 1.");
      uint32_t c = str_char_at(s, 0);
      if (c > 127) return raise(vm, &ValueErrorType, "sep must be ASCII.");
      sep_char = char(c);
    } else if (is_bytes(sep)) {
      BView b = self_view(sep);
      if (b.n != 1) return raise(vm, &ValueErrorType, "sep must be length 1.");
      if (static_cast<unsigned char>(b.p[0]) > 127) return raise(vm, &ValueErrorType, "sep must be ASCII.");
      sep_char = b.p[0];
    } else {
      int64_t len = length(vm, sep);  // "object of type 'NoneType' has no len()"
      if (len < 0) return Value();
      if (len != 1) return raise(vm, &ValueErrorType, "sep must be length 1.");
      return raise(vm, &TypeErrorType, "sep must be str or bytes.");
    }
  }
  if (heap_would_exceed(size_t(n) * 3)) return raise_memory_error(vm);
  std::string out;
  out.reserve(size_t(n) * 3);
  if (!has_sep || bps == 0 || n == 0) {
    for (int64_t i = 0; i < n; ++i) {
      unsigned char c = static_cast<unsigned char>(p[i]);
      out.push_back(digits[c >> 4]);
      out.push_back(digits[c & 15]);
    }
    return Value(str_new(out));
  }
  int64_t group = bps < 0 ? -int64_t(bps) : bps;
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) {
      bool boundary = bps < 0 ? (i % group == 0) : ((n - i) % group == 0);
      if (boundary) out.push_back(sep_char);
    }
    unsigned char c = static_cast<unsigned char>(p[i]);
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
  }
  return Value(str_new(out));
}

Value m_hex(VM& vm, Args a) {
  Value args[2];
  if (!parse_args(vm, without_self(a), "hex", "|sep,bytes_per_sep", args)) return Value();
  BView v = self_view(a[0]);
  if (self_is_ba(a[0])) {  // converting sep/bytes_per_sep may run Python code that resizes it
    std::string copy(v.p, size_t(v.n));
    return hex_method(vm, copy.data(), int64_t(copy.size()), args[0], args[1]);
  }
  return hex_method(vm, v.p, v.n, args[0], args[1]);
}

namespace {
int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}
}  // namespace

Value m_fromhex(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "fromhex")) return Value();
  Value cls = a[0];
  if (!is_str(a[1])) return raisef(vm, &TypeErrorType, "fromhex() argument must be str, not %s", tname(a[1]));
  Str* s = as_str(a[1]);
  std::string out;
  int64_t invalid = -1;
  if (!s->ascii) {
    for (uint64_t i = 0; i < s->length; ++i)
      if (str_char_at(s, i) >= 128) {
        invalid = int64_t(i);
        break;
      }
  } else {
    const char* p = s->data;
    int64_t n = int64_t(s->size), i = 0;
    while (i < n) {
      if (is_space(static_cast<unsigned char>(p[i]))) {
        while (i < n && is_space(static_cast<unsigned char>(p[i]))) ++i;
        if (i >= n) break;
      }
      int top = hex_digit(static_cast<unsigned char>(p[i]));
      if (top < 0) {
        invalid = i;
        break;
      }
      ++i;
      int bot = i < n ? hex_digit(static_cast<unsigned char>(p[i])) : -1;
      if (bot < 0) {
        invalid = i;
        break;
      }
      ++i;
      out.push_back(char(top * 16 + bot));
    }
  }
  if (invalid >= 0)
    return raisef(vm, &ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %lld",
                  (long long)invalid);
  if (cls == Value(&BytesType)) return bytes_from(vm, out);
  if (cls == Value(&ByteArrayType)) return Value(bytearray_new(vm, out.data(), int64_t(out.size())));
  Value b = bytes_from(vm, out);
  if (!b) return Value();
  Value r = call1(vm, cls, b);
  decref(b);
  return r;
}

Value m_maketrans(VM& vm, Args a) {
  // static: no self in a
  if (a.nkw()) return raise(vm, &TypeErrorType, "bytes.maketrans() takes no keyword arguments");
  if (a.n != 2) {
    uint32_t n = a.n;
    return raisef(vm, &TypeErrorType, "maketrans expected 2 arguments, got %u", n);
  }
  BView from, to;
  std::string s1, s2;
  if (!arg_buffer(vm, a[0], &from, &s1)) return Value();
  if (!arg_buffer(vm, a[1], &to, &s2)) return Value();
  if (from.n != to.n) return raise(vm, &ValueErrorType, "maketrans arguments must have same length");
  char table[256];
  for (int i = 0; i < 256; ++i) table[i] = char(i);
  for (int64_t i = 0; i < from.n; ++i) table[static_cast<unsigned char>(from.p[i])] = to.p[i];
  return bytes_from(vm, table, 256);
}

Value m_translate(VM& vm, Args a) {
  Value args[2];
  if (!parse_args(vm, without_self(a), "translate", "table,/,|delete", args)) return Value();
  BView table{nullptr, 0}, del{"", 0};
  std::string s1, s2;
  if (!is_none(args[0])) {
    if (!arg_buffer(vm, args[0], &table, &s1)) return Value();
    if (table.n != 256) return raise(vm, &ValueErrorType, "translation table must be 256 characters long");
  }
  if (args[1] && !arg_buffer(vm, args[1], &del, &s2)) return Value();
  bool deleted[256] = {};
  for (int64_t i = 0; i < del.n; ++i) deleted[static_cast<unsigned char>(del.p[i])] = true;
  BView v = self_view(a[0]);
  std::string out;
  out.reserve(size_t(v.n));
  for (int64_t i = 0; i < v.n; ++i) {
    unsigned char c = static_cast<unsigned char>(v.p[i]);
    if (deleted[c]) continue;
    out.push_back(table.p ? table.p[c] : char(c));
  }
  if (is_bytes_exact(a[0]) && int64_t(out.size()) == v.n && std::memcmp(out.data(), v.p, out.size()) == 0)
    return newref(a[0]);
  return make_result(vm, self_is_ba(a[0]), out);
}

Value m_decode(VM& vm, Args a) {
  Value args[2];
  if (!parse_args(vm, without_self(a), "decode", "|encoding,errors", args)) return Value();
  std::string_view enc = "utf-8", errors = "strict";
  if (args[0]) {
    if (!is_str(args[0]))
      return raisef(vm, &TypeErrorType, "decode() argument 'encoding' must be str, not %s",
                    is_none(args[0]) ? "None" : tname(args[0]));
    enc = as_str(args[0])->view();
  }
  if (args[1]) {
    if (!is_str(args[1]))
      return raisef(vm, &TypeErrorType, "decode() argument 'errors' must be str, not %s",
                    is_none(args[1]) ? "None" : tname(args[1]));
    errors = as_str(args[1])->view();
  }
  BView v = self_view(a[0]);
  // A bytearray may be mutated by an error handler: decode a copy.
  if (self_is_ba(a[0])) {
    std::string copy(v.p, size_t(v.n));
    return codec_decode(vm, copy.data(), int64_t(copy.size()), enc, errors);
  }
  return codec_decode(vm, v.p, v.n, enc, errors);
}

}  // namespace bimpl
}  // namespace coil
