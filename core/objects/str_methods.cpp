// str_methods.cpp - the methods of str (everything but format/format_map and the dunders), with
// CPython 3.11's semantics and error messages, ASCII fast paths and linear-time searching.
//
// Sections: 1. shared helpers  2. searching (find, index, count, startswith, endswith)
//           3. splitting and joining  4. replace, strip, pad, partition, prefixes
//           5. case mapping  6. predicates  7. translate / maketrans  8. encode  9. method table
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <cstring>
#include <string.h>

#include "objects/codecs.h"
#include "objects/str_internal.h"
#include "vm/runtime.h"

namespace coil {

// ============================================================== 1. shared helpers

int64_t str_find_bytes(const char* hay, std::size_t n, const char* needle, std::size_t m, std::size_t from) {
  if (from > n) return -1;
  if (m == 0) return int64_t(from);
  if (m > n - from) return -1;
  const void* p;
  if (m == 1) {
    p = std::memchr(hay + from, needle[0], n - from);
  } else {
    p = memmem(hay + from, n - from, needle, m);
  }
  return p ? int64_t(static_cast<const char*>(p) - hay) : -1;
}

int64_t str_rfind_bytes(const char* hay, std::size_t n, const char* needle, std::size_t m) {
  if (m > n) return -1;
  if (m == 0) return int64_t(n);
  if (m == 1) {
    const void* p = memrchr(hay, needle[0], n);
    return p ? int64_t(static_cast<const char*>(p) - hay) : -1;
  }
  // Backwards Horspool: skip[b] = 1 + the first index of byte b in the needle (m + 1 if absent);
  // a window may only end up where the byte just before the current one lines up with the needle.
  std::size_t skip[256];
  for (auto& x : skip) x = m + 1;
  for (std::size_t i = m; i-- > 0;) skip[static_cast<unsigned char>(needle[i])] = i + 1;
  std::size_t pos = n - m;
  const char first = needle[0];
  for (;;) {
    if (hay[pos] == first && std::memcmp(hay + pos, needle, m) == 0) return int64_t(pos);
    if (pos == 0) return -1;
    std::size_t shift = skip[static_cast<unsigned char>(hay[pos - 1])];
    if (shift > pos) return -1;
    pos -= shift;
  }
}

namespace {

inline Str* S(Value v) { return as_str(v); }

// Argument Clinic names None as "None" in its type errors (_PyArg_BadArgument).
inline const char* clinic_tname(Value v) { return is_none(v) ? "None" : tname(v); }


// Appends a new str (stolen) to a list; false on error.
bool push_str(VM& vm, List* l, Str* s) {
  if (!s) {
    raise_memory_error(vm);
    return false;
  }
  bool ok = list_append(vm, l, Value(s));
  decref(s);
  return ok;
}

// Returns self as an exact str (new reference): itself if exact, else the boxed payload.
Value self_exact(Value self) { return Value(newref(as_str(self))); }

// Is `self` an exact str (so returning it unchanged keeps identity like CPython)?
inline bool is_exact(Value self) { return is_str_exact(self); }

// A str from the bytes of a code point range whose byte offsets are known.
Str* substr_bytes(Str* s, uint64_t b0, uint64_t b1, uint64_t ncp) {
  if (s->ascii) return str_new_ascii(s->data + b0, b1 - b0);
  if (ncp == uint64_t(-1)) return str_new(std::string_view(s->data + b0, b1 - b0));
  bool ascii = true;
  for (uint64_t i = b0; i < b1; ++i)
    if (static_cast<unsigned char>(s->data[i]) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return str_new_ascii(s->data + b0, b1 - b0);
  return str_new(std::string_view(s->data + b0, b1 - b0));
}

// Number of code points in s->data[b0, b1).
uint64_t count_cps(Str* s, uint64_t b0, uint64_t b1) {
  if (s->ascii) return b1 - b0;
  uint64_t n = 0;
  for (uint64_t i = b0; i < b1; ++i)
    if ((static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80) ++n;
  return n;
}

Value finish(VM& vm, const std::string& out, bool ascii) {
  return ascii ? str_value_ascii(vm, out) : str_value(vm, out);
}

// A str argument, or TypeError "must be str, not int" (prefix lets callers add "replace() argument 1 ").
bool str_arg(VM& vm, Value v, Str** out, const char* prefix = "") {
  if (!is_str(v)) {
    raisef(vm, &TypeErrorType, "%smust be str, not %s", prefix, *prefix ? clinic_tname(v) : tname(v));
    return false;
  }
  *out = as_str(v);
  return true;
}

// start/end arguments of find & co: None or absent keep the default; clamped like CPython.
bool slice_arg(VM& vm, Value v, int64_t* out) {
  if (!v || is_none(v)) return true;
  Type* t = type_of(v);
  if (!(v.is_small() || t == &IntType || type_has(t, kTypeIntSubclass) || t == &BoolType ||
        (t->number && t->number->index))) {
    raise(vm, &TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_to_i64(vm, v, out, nullptr);
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

// ASCII character classes for the fast paths.
enum : uint8_t { kSpace = 1, kLower = 2, kUpper = 4, kDigit = 8, kLineBreak = 16, kPrint = 32 };
struct AsciiTable {
  uint8_t c[128];
  AsciiTable() {
    for (int i = 0; i < 128; ++i) {
      uint8_t f = 0;
      if ((i >= 9 && i <= 13) || (i >= 0x1c && i <= 0x20)) f |= kSpace;
      if (i >= 'a' && i <= 'z') f |= kLower;
      if (i >= 'A' && i <= 'Z') f |= kUpper;
      if (i >= '0' && i <= '9') f |= kDigit;
      if (i == 10 || i == 11 || i == 12 || i == 13 || i == 0x1c || i == 0x1d || i == 0x1e) f |= kLineBreak;
      if (i >= 0x20 && i < 0x7f) f |= kPrint;
      c[i] = f;
    }
  }
};
const AsciiTable kAscii;


// ============================================================== 2. searching

// Shared by find/rfind/index/rindex: the code point index or -1; -2 on error.
int64_t find_impl(VM& vm, Args a, const char* name, bool reverse) {
  if (!str_args_tuple(vm, a, name, 1, 3)) return -2;
  Str* s = S(a[0]);
  Str* sub;
  if (!str_arg(vm, a[1], &sub)) return -2;
  int64_t start = 0, end = INT64_MAX;
  if (a.n > 2 && !slice_arg(vm, a[2], &start)) return -2;
  if (a.n > 3 && !slice_arg(vm, a[3], &end)) return -2;
  int64_t len = int64_t(s->length);
  adjust_indices(start, end, len);
  if (end - start < int64_t(sub->length)) return -1;
  uint64_t b0 = str_byte_offset(s, uint64_t(start));
  uint64_t b1 = str_byte_offset(s, uint64_t(end));
  int64_t pos;
  if (reverse) {
    pos = str_rfind_bytes(s->data + b0, b1 - b0, sub->data, sub->size);
  } else {
    pos = str_find_bytes(s->data + b0, b1 - b0, sub->data, sub->size, 0);
  }
  if (pos < 0) return -1;
  return start + int64_t(count_cps(s, b0, b0 + uint64_t(pos)));
}

Value str_find(VM& vm, Args a) {
  int64_t r = find_impl(vm, a, "find", false);
  return r == -2 ? Value() : Value::small(r);
}
Value str_rfind(VM& vm, Args a) {
  int64_t r = find_impl(vm, a, "rfind", true);
  return r == -2 ? Value() : Value::small(r);
}
Value str_index(VM& vm, Args a) {
  int64_t r = find_impl(vm, a, "index", false);
  if (r == -2) return Value();
  if (r == -1) return raise(vm, &ValueErrorType, "substring not found");
  return Value::small(r);
}
Value str_rindex(VM& vm, Args a) {
  int64_t r = find_impl(vm, a, "rindex", true);
  if (r == -2) return Value();
  if (r == -1) return raise(vm, &ValueErrorType, "substring not found");
  return Value::small(r);
}

Value str_count(VM& vm, Args a) {
  if (!str_args_tuple(vm, a, "count", 1, 3)) return Value();
  Str* s = S(a[0]);
  Str* sub;
  if (!str_arg(vm, a[1], &sub)) return Value();
  int64_t start = 0, end = INT64_MAX;
  if (a.n > 2 && !slice_arg(vm, a[2], &start)) return Value();
  if (a.n > 3 && !slice_arg(vm, a[3], &end)) return Value();
  adjust_indices(start, end, int64_t(s->length));
  if (end - start < int64_t(sub->length)) return Value::small(0);
  if (sub->size == 0) return Value::small(end - start + 1);
  uint64_t b0 = str_byte_offset(s, uint64_t(start));
  uint64_t b1 = str_byte_offset(s, uint64_t(end));
  int64_t count = 0;
  std::size_t from = 0, n = b1 - b0;
  const char* hay = s->data + b0;
  for (;;) {
    int64_t p = str_find_bytes(hay, n, sub->data, sub->size, from);
    if (p < 0) break;
    ++count;
    from = std::size_t(p) + sub->size;
  }
  return Value::small(count);
}

// startswith/endswith: 1 match, 0 no match, -1 error.
int tailmatch(Str* s, Str* sub, int64_t start, int64_t end, bool at_end) {
  adjust_indices(start, end, int64_t(s->length));
  end -= int64_t(sub->length);
  if (end < start) return 0;
  if (sub->size == 0) return 1;
  uint64_t b;
  if (at_end) b = str_byte_offset(s, uint64_t(end));
  else b = str_byte_offset(s, uint64_t(start));
  if (b + sub->size > s->size) return 0;
  return std::memcmp(s->data + b, sub->data, sub->size) == 0;
}

Value starts_ends(VM& vm, Args a, const char* name, bool at_end) {
  if (!str_args_tuple(vm, a, name, 1, 3)) return Value();
  Str* s = S(a[0]);
  int64_t start = 0, end = INT64_MAX;
  if (a.n > 2 && !slice_arg(vm, a[2], &start)) return Value();
  if (a.n > 3 && !slice_arg(vm, a[3], &end)) return Value();
  Value arg = a[1];
  if (is_tuple(arg)) {
    Tuple* t = as_tuple(arg);
    for (int64_t i = 0; i < t->size; ++i) {
      Value item = t->items[i];
      if (!is_str(item))
        return raisef(vm, &TypeErrorType, "tuple for %s must only contain str, not %s", name, tname(item));
      if (tailmatch(s, as_str(item), start, end, at_end)) return new_bool(true);
    }
    return new_bool(false);
  }
  if (!is_str(arg))
    return raisef(vm, &TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, tname(arg));
  return new_bool(tailmatch(s, as_str(arg), start, end, at_end) == 1);
}

Value str_startswith(VM& vm, Args a) { return starts_ends(vm, a, "startswith", false); }
Value str_endswith(VM& vm, Args a) { return starts_ends(vm, a, "endswith", true); }

// ============================================================== 3. splitting and joining

// Parses (sep=None, maxsplit=-1) for split/rsplit.
bool split_args(VM& vm, Args a, const char* name, Str** sep, int64_t* maxsplit) {
  static const char* const kNames[] = {"sep", "maxsplit"};
  Value v[2];
  if (!str_args_kw(vm, a, name, kNames, 2, v)) return false;
  *sep = nullptr;
  *maxsplit = -1;
  if (v[0] && !is_none(v[0])) {
    if (!is_str(v[0])) {
      raisef(vm, &TypeErrorType, "must be str or None, not %s", tname(v[0]));
      return false;
    }
    *sep = as_str(v[0]);
    if ((*sep)->size == 0) {
      raise(vm, &ValueErrorType, "empty separator");
      return false;
    }
  }
  if (v[1] && !ssize_arg(vm, v[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

// Reads one code point at byte i (ASCII-aware), advancing i.
inline uint32_t next_cp(Str* s, uint64_t& i) {
  unsigned char c = static_cast<unsigned char>(s->data[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int l;
  uint32_t cp = utf8_decode(s->data + i, &l);
  i += uint64_t(l);
  return cp;
}

// The code point ending just before byte i, moving i back to its start.
inline uint32_t prev_cp(Str* s, uint64_t& i) {
  uint64_t q = i - 1;
  if (static_cast<unsigned char>(s->data[q]) >= 0x80)
    while (q > 0 && (static_cast<unsigned char>(s->data[q]) & 0xC0) == 0x80) --q;
  uint64_t t = q;
  uint32_t c = next_cp(s, t);
  i = q;
  return c;
}

inline bool space_at(Str* s, uint64_t i, uint64_t* next) {
  unsigned char c = static_cast<unsigned char>(s->data[i]);
  if (c < 0x80) {
    *next = i + 1;
    return kAscii.c[c] & kSpace;
  }
  uint64_t j = i;
  uint32_t cp = next_cp(s, j);
  *next = j;
  return uni_isspace(cp);
}

Value split_whitespace(VM& vm, Value self, Str* s, int64_t maxsplit) {
  List* l = list_new(0);
  if (!l) return raise_memory_error(vm);
  uint64_t i = 0, n = s->size, nx;
  while (maxsplit-- > 0) {
    while (i < n && space_at(s, i, &nx)) i = nx;
    if (i == n) break;
    uint64_t j = i;
    while (j < n && !space_at(s, j, &nx)) j = nx;
    if (i == 0 && j == n && is_exact(self)) {
      if (!list_append(vm, l, self)) goto fail;
      return Value(l);
    }
    if (!push_str(vm, l, substr_bytes(s, i, j, uint64_t(-1)))) goto fail;
    i = j;
  }
  if (i < n) {
    while (i < n && space_at(s, i, &nx)) i = nx;
    if (i < n) {
      if (i == 0 && is_exact(self)) {
        if (!list_append(vm, l, self)) goto fail;
      } else if (!push_str(vm, l, substr_bytes(s, i, n, uint64_t(-1)))) {
        goto fail;
      }
    }
  }
  return Value(l);
fail:
  decref(l);
  return Value();
}

Value str_split(VM& vm, Args a) {
  Str* sep;
  int64_t maxsplit;
  if (!split_args(vm, a, "split", &sep, &maxsplit)) return Value();
  Str* s = S(a[0]);
  if (!sep) return split_whitespace(vm, a[0], s, maxsplit);
  List* l = list_new(0);
  if (!l) return raise_memory_error(vm);
  std::size_t i = 0;
  while (maxsplit-- > 0) {
    int64_t p = str_find_bytes(s->data, s->size, sep->data, sep->size, i);
    if (p < 0) break;
    if (!push_str(vm, l, substr_bytes(s, i, uint64_t(p), uint64_t(-1)))) {
      decref(l);
      return Value();
    }
    i = std::size_t(p) + sep->size;
  }
  bool ok = (i == 0 && is_exact(a[0])) ? list_append(vm, l, a[0])
                                       : push_str(vm, l, substr_bytes(s, i, s->size, uint64_t(-1)));
  if (!ok) {
    decref(l);
    return Value();
  }
  return Value(l);
}

// Reverses a list in place (rsplit builds from the right).
void list_reverse_items(List* l) {
  for (int64_t i = 0, j = l->size - 1; i < j; ++i, --j) {
    Value t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
}

inline bool space_before(Str* s, uint64_t i, uint64_t* prev) {
  uint64_t j = i;
  uint32_t c = prev_cp(s, j);
  *prev = j;
  return str_isspace_cp(c);
}

Value str_rsplit(VM& vm, Args a) {
  Str* sep;
  int64_t maxsplit;
  if (!split_args(vm, a, "rsplit", &sep, &maxsplit)) return Value();
  Str* s = S(a[0]);
  List* l = list_new(0);
  if (!l) return raise_memory_error(vm);
  if (!sep) {
    uint64_t j = s->size, pv;
    while (maxsplit-- > 0) {
      while (j > 0 && space_before(s, j, &pv)) j = pv;
      if (j == 0) break;
      uint64_t i = j;
      while (i > 0 && !space_before(s, i, &pv)) i = pv;
      if (i == 0 && j == s->size && is_exact(a[0])) {
        if (!list_append(vm, l, a[0])) goto fail;
        return Value(l);
      }
      if (!push_str(vm, l, substr_bytes(s, i, j, uint64_t(-1)))) goto fail;
      j = i;
    }
    if (j > 0) {
      while (j > 0 && space_before(s, j, &pv)) j = pv;
      if (j > 0) {
        if (j == s->size && is_exact(a[0])) {
          if (!list_append(vm, l, a[0])) goto fail;
        } else if (!push_str(vm, l, substr_bytes(s, 0, j, uint64_t(-1)))) {
          goto fail;
        }
      }
    }
    list_reverse_items(l);
    return Value(l);
  }
  {
    std::size_t j = s->size;
    while (maxsplit-- > 0) {
      int64_t p = str_rfind_bytes(s->data, j, sep->data, sep->size);
      if (p < 0) break;
      if (!push_str(vm, l, substr_bytes(s, uint64_t(p) + sep->size, j, uint64_t(-1)))) goto fail;
      j = std::size_t(p);
    }
    bool ok = (j == s->size && is_exact(a[0])) ? list_append(vm, l, a[0])
                                                : push_str(vm, l, substr_bytes(s, 0, j, uint64_t(-1)));
    if (!ok) goto fail;
    list_reverse_items(l);
    return Value(l);
  }
fail:
  decref(l);
  return Value();
}

Value str_splitlines(VM& vm, Args a) {
  static const char* const kNames[] = {"keepends"};
  Value v[1];
  if (!str_args_kw(vm, a, "splitlines", kNames, 1, v)) return Value();
  int64_t keepends = 0;
  if (v[0]) {
    if (is_float(v[0])) return raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (!ssize_arg(vm, v[0], &keepends)) return Value();
  }
  Str* s = S(a[0]);
  List* l = list_new(0);
  if (!l) return raise_memory_error(vm);
  uint64_t i = 0, n = s->size;
  while (i < n) {
    uint64_t start = i, eol;
    uint32_t c = 0;
    for (;;) {
      if (i >= n) {
        eol = n;
        break;
      }
      uint64_t here = i;
      unsigned char b = static_cast<unsigned char>(s->data[i]);
      if (b < 0x80) {
        ++i;
        if (kAscii.c[b] & kLineBreak) {
          c = b;
          eol = here;
          break;
        }
        continue;
      }
      c = next_cp(s, i);
      if (str_islinebreak_cp(c)) {
        eol = here;
        break;
      }
    }
    uint64_t end = i;
    if (eol < n && c == '\r' && i < n && s->data[i] == '\n') end = ++i;
    uint64_t piece_end = keepends ? end : eol;
    if (start == 0 && piece_end == n && is_exact(a[0])) {
      if (!list_append(vm, l, a[0])) goto fail;
      break;
    }
    if (!push_str(vm, l, substr_bytes(s, start, piece_end, uint64_t(-1)))) goto fail;
  }
  return Value(l);
fail:
  decref(l);
  return Value();
}

Value str_join(VM& vm, Args a) {
  if (!str_args_one(vm, a, "str.join")) return Value();
  Str* sep = S(a[0]);
  Value iterable = a[1];
  Ref seq_owner;
  const Value* items;
  int64_t n;
  if (is_list_exact(iterable)) {
    items = iterable.as<List>()->items;
    n = iterable.as<List>()->size;
  } else if (is_tuple_exact(iterable)) {
    items = iterable.as<Tuple>()->items;
    n = iterable.as<Tuple>()->size;
  } else {
    // Like CPython's PySequence_Fast: a TypeError from getting the iterator is reworded.
    Value it = get_iter(vm, iterable);
    if (!it) {
      if (!error_matches(vm, &TypeErrorType)) return Value();
      clear_error(vm);
      return raise(vm, &TypeErrorType, "can only join an iterable");
    }
    List* l = list_from_iterable(vm, it);
    decref(it);
    if (!l) return Value();
    seq_owner = Ref(Value(l));
    items = l->items;
    n = l->size;
  }
  if (n == 0) return Value(str_empty());
  if (n == 1 && is_str_exact(items[0])) return newref(items[0]);
  uint64_t total = 0, length = 0;
  bool ascii = sep->ascii;
  uint8_t width = sep->width;
  for (int64_t i = 0; i < n; ++i) {
    Value it = items[i];
    if (!is_str(it))
      return raisef(vm, &TypeErrorType, "sequence item %lld: expected str instance, %s found", (long long)i, tname(it));
    Str* x = as_str(it);
    total += x->size;
    length += x->length;
    ascii = ascii && x->ascii;
    if (x->width > width) width = x->width;
  }
  total += sep->size * uint64_t(n - 1);
  length += sep->length * uint64_t(n - 1);
  if (!str_size_ok(total)) return raise_memory_error(vm);
  Str* r = str_alloc(total);
  if (!r) return raise_memory_error(vm);
  char* p = r->data;
  for (int64_t i = 0; i < n; ++i) {
    if (i && sep->size) {
      std::memcpy(p, sep->data, sep->size);
      p += sep->size;
    }
    Str* x = as_str(items[i]);
    std::memcpy(p, x->data, x->size);
    p += x->size;
  }
  r->length = length;
  r->ascii = ascii;
  r->width = width;
  if (length == 1) {
    Str* c = str_new(r->view());
    decref(r);
    return Value(c);
  }
  return Value(r);
}

// ============================================================== 4. replace, strip, pad, partition

Value str_replace(VM& vm, Args a) {
  if (!str_args_unpack(vm, a, "replace", "str.replace", 2, 3)) return Value();
  Str *s = S(a[0]), *old, *rep;
  if (!str_arg(vm, a[1], &old, "replace() argument 1 ")) return Value();
  if (!str_arg(vm, a[2], &rep, "replace() argument 2 ")) return Value();
  int64_t count = -1;
  if (a.n > 3 && !ssize_arg(vm, a[3], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  if (count == 0 || old->length > s->length) return self_exact(a[0]);
  // First pass: how many replacements, hence the exact result size.
  int64_t n = 0;
  if (old->size == 0) {
    n = int64_t(s->length) + 1 < count ? int64_t(s->length) + 1 : count;
    if (rep->size == 0) return self_exact(a[0]);
  } else {
    for (uint64_t i = 0; n < count;) {
      int64_t p = str_find_bytes(s->data, s->size, old->data, old->size, i);
      if (p < 0) break;
      ++n;
      i = uint64_t(p) + old->size;
    }
    if (n == 0) return self_exact(a[0]);
  }
  uint64_t removed = uint64_t(n) * old->size;
  if (rep->size && uint64_t(n) > ((uint64_t(1) << 40) / rep->size))
    return raise(vm, &OverflowErrorType, "replace string is too long");
  uint64_t total = s->size - removed + uint64_t(n) * rep->size;
  if (!str_size_ok(total)) return raise_memory_error(vm);
  if (total == 0) return Value(str_empty());
  Str* r = str_alloc(total);
  if (!r) return raise_memory_error(vm);
  char* out = r->data;
  uint64_t i = 0;
  if (old->size == 0) {
    for (int64_t done = 0; done < n; ++done) {
      std::memcpy(out, rep->data, rep->size);
      out += rep->size;
      if (i >= s->size) break;
      uint64_t j = i;
      next_cp(s, j);
      std::memcpy(out, s->data + i, j - i);
      out += j - i;
      i = j;
    }
  } else {
    for (int64_t done = 0; done < n; ++done) {
      uint64_t p = uint64_t(str_find_bytes(s->data, s->size, old->data, old->size, i));
      std::memcpy(out, s->data + i, p - i);
      out += p - i;
      std::memcpy(out, rep->data, rep->size);
      out += rep->size;
      i = p + old->size;
    }
  }
  std::memcpy(out, s->data + i, s->size - i);
  if (s->ascii && rep->ascii) {
    r->length = total;
    if (total == 1) {
      Str* c = str_new(r->view());
      decref(r);
      return Value(c);
    }
    return Value(r);
  }
  str_finish(r);
  if (r->length == 1) {
    Str* c = str_new(r->view());
    decref(r);
    return Value(c);
  }
  return Value(r);
}

// Strip kinds: 1 left, 2 right, 3 both.
Value strip_impl(VM& vm, Args a, const char* name, const char* qualname, int kind) {
  if (!str_args_unpack(vm, a, name, qualname, 0, 1)) return Value();
  Str* s = S(a[0]);
  uint64_t b0 = 0, b1 = s->size;
  if (a.n < 2 || is_none(a[1])) {
    uint64_t nx;
    if (kind & 1)
      while (b0 < b1 && space_at(s, b0, &nx)) b0 = nx;
    if (kind & 2)
      while (b1 > b0 && space_before(s, b1, &nx)) b1 = nx;
  } else {
    if (!is_str(a[1])) return raisef(vm, &TypeErrorType, "%s arg must be None or str", name);
    Str* chars = as_str(a[1]);
    bool table[128] = {};
    std::u32string wide;
    for (uint64_t i = 0; i < chars->size;) {
      uint32_t c = next_cp(chars, i);
      if (c < 128) table[c] = true;
      else wide.push_back(char32_t(c));
    }
    auto in_set = [&](uint32_t c) { return c < 128 ? table[c] : wide.find(char32_t(c)) != std::u32string::npos; };
    if (kind & 1) {
      while (b0 < b1) {
        uint64_t j = b0;
        if (!in_set(next_cp(s, j))) break;
        b0 = j;
      }
    }
    if (kind & 2) {
      while (b1 > b0) {
        uint64_t j = b1;
        if (!in_set(prev_cp(s, j))) break;
        b1 = j;
      }
    }
  }
  if (b0 == 0 && b1 == s->size) return self_exact(a[0]);
  Str* r = substr_bytes(s, b0, b1, 0);
  if (!r) return raise_memory_error(vm);
  return Value(r);
}

Value str_strip(VM& vm, Args a) { return strip_impl(vm, a, "strip", "str.strip", 3); }
Value str_lstrip(VM& vm, Args a) { return strip_impl(vm, a, "lstrip", "str.lstrip", 1); }
Value str_rstrip(VM& vm, Args a) { return strip_impl(vm, a, "rstrip", "str.rstrip", 2); }

bool fillchar_arg(VM& vm, Value v, uint32_t* out) {
  if (!is_str(v)) {
    raisef(vm, &TypeErrorType, "The fill character must be a unicode character, not %s", tname(v));
    return false;
  }
  Str* f = as_str(v);
  if (f->length != 1) {
    raise(vm, &TypeErrorType, "The fill character must be exactly one character long");
    return false;
  }
  int l;
  *out = utf8_decode(f->data, &l);
  return true;
}

// Pads s with `left` and `right` fill characters.
Value pad(VM& vm, Value self, int64_t left, int64_t right, uint32_t fill) {
  Str* s = S(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return self_exact(self);
  char fb[4];
  int fl = utf8_encode(fill, fb);
  uint64_t total = s->size + uint64_t(left + right) * uint64_t(fl);
  if (!str_size_ok(total)) return raise_memory_error(vm);
  Str* r = str_alloc(total);
  if (!r) return raise_memory_error(vm);
  char* p = r->data;
  if (fl == 1) {
    std::memset(p, fb[0], uint64_t(left));
    p += left;
  } else {
    for (int64_t i = 0; i < left; ++i, p += fl) std::memcpy(p, fb, fl);
  }
  std::memcpy(p, s->data, s->size);
  p += s->size;
  if (fl == 1) {
    std::memset(p, fb[0], uint64_t(right));
  } else {
    for (int64_t i = 0; i < right; ++i, p += fl) std::memcpy(p, fb, fl);
  }
  r->length = s->length + uint64_t(left + right);
  r->ascii = s->ascii && fill < 128;
  uint8_t fw = fill < 256 ? 1 : fill < 65536 ? 2 : 4;
  r->width = s->width > fw ? s->width : fw;
  return Value(r);
}

// 0 ljust, 1 rjust, 2 center
Value justify(VM& vm, Args a, const char* name, const char* qualname, int how) {
  if (!str_args_unpack(vm, a, name, qualname, 1, 2)) return Value();
  int64_t width;
  if (!ssize_arg(vm, a[1], &width)) return Value();
  uint32_t fill = ' ';
  if (a.n > 2 && !fillchar_arg(vm, a[2], &fill)) return Value();
  Str* s = S(a[0]);
  int64_t len = int64_t(s->length);
  if (width <= len) return self_exact(a[0]);
  int64_t marg = width - len;
  if (how == 0) return pad(vm, a[0], 0, marg, fill);
  if (how == 1) return pad(vm, a[0], marg, 0, fill);
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(vm, a[0], left, marg - left, fill);
}

Value str_ljust(VM& vm, Args a) { return justify(vm, a, "ljust", "str.ljust", 0); }
Value str_rjust(VM& vm, Args a) { return justify(vm, a, "rjust", "str.rjust", 1); }
Value str_center(VM& vm, Args a) { return justify(vm, a, "center", "str.center", 2); }

Value str_zfill(VM& vm, Args a) {
  if (!str_args_one(vm, a, "str.zfill")) return Value();
  int64_t width;
  if (!ssize_arg(vm, a[1], &width)) return Value();
  Str* s = S(a[0]);
  int64_t len = int64_t(s->length);
  if (width <= len) return self_exact(a[0]);
  Value padded = pad(vm, a[0], width - len, 0, '0');
  if (!padded) return Value();
  Str* r = padded.as<Str>();
  int64_t fill = width - len;
  if (s->size > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
    r->data[0] = s->data[0];
    r->data[fill] = '0';
  }
  return padded;
}

Value str_expandtabs(VM& vm, Args a) {
  static const char* const kNames[] = {"tabsize"};
  Value v[1];
  if (!str_args_kw(vm, a, "expandtabs", kNames, 1, v)) return Value();
  int64_t tabsize = 8;
  if (v[0]) {
    if (is_float(v[0])) return raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (!ssize_arg(vm, v[0], &tabsize)) return Value();
  }
  Str* s = S(a[0]);
  if (!std::memchr(s->data, '\t', s->size)) return self_exact(a[0]);
  std::string out;
  out.reserve(s->size + 16);
  int64_t col = 0;
  for (uint64_t i = 0; i < s->size;) {
    unsigned char b = static_cast<unsigned char>(s->data[i]);
    if (b == '\t') {
      ++i;
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        if (!str_size_ok(uint64_t(out.size()) + uint64_t(incr))) return raise_memory_error(vm);
        col += incr;
        out.append(std::size_t(incr), ' ');
      }
      continue;
    }
    uint64_t j = i;
    uint32_t c = next_cp(s, j);
    out.append(s->data + i, j - i);
    i = j;
    ++col;
    if (c == '\n' || c == '\r') col = 0;
  }
  return finish(vm, out, s->ascii);
}

Value partition_impl(VM& vm, Args a, const char* qualname, bool reverse) {
  if (!str_args_one(vm, a, qualname)) return Value();
  Str* s = S(a[0]);
  Str* sep;
  if (!str_arg(vm, a[1], &sep)) return Value();
  if (sep->size == 0) return raise(vm, &ValueErrorType, "empty separator");
  int64_t p = reverse ? str_rfind_bytes(s->data, s->size, sep->data, sep->size)
                      : str_find_bytes(s->data, s->size, sep->data, sep->size, 0);
  Value items[3];
  if (p < 0) {
    Value self = self_exact(a[0]);
    Value e1 = Value(str_empty()), e2 = Value(str_empty());
    if (reverse) {
      items[0] = e1;
      items[1] = e2;
      items[2] = self;
    } else {
      items[0] = self;
      items[1] = e1;
      items[2] = e2;
    }
  } else {
    Str* left = substr_bytes(s, 0, uint64_t(p), uint64_t(-1));
    Str* right = substr_bytes(s, uint64_t(p) + sep->size, s->size, uint64_t(-1));
    if (!left || !right) {
      xdecref(left);
      xdecref(right);
      return raise_memory_error(vm);
    }
    items[0] = Value(left);
    items[1] = Value(newref(sep));
    items[2] = Value(right);
  }
  Tuple* t = tuple_new(3);
  if (!t) {
    for (auto& v : items) decref(v);
    return raise_memory_error(vm);
  }
  for (int i = 0; i < 3; ++i) t->items[i] = items[i];
  return Value(t);
}

Value str_partition(VM& vm, Args a) { return partition_impl(vm, a, "str.partition", false); }
Value str_rpartition(VM& vm, Args a) { return partition_impl(vm, a, "str.rpartition", true); }

Value str_removeprefix(VM& vm, Args a) {
  if (!str_args_one(vm, a, "str.removeprefix")) return Value();
  Str* s = S(a[0]);
  Str* p;
  if (!str_arg(vm, a[1], &p, "removeprefix() argument ")) return Value();
  if (p->size && p->size <= s->size && std::memcmp(s->data, p->data, p->size) == 0) {
    Str* r = substr_bytes(s, p->size, s->size, uint64_t(-1));
    if (!r) return raise_memory_error(vm);
    return Value(r);
  }
  return self_exact(a[0]);
}

Value str_removesuffix(VM& vm, Args a) {
  if (!str_args_one(vm, a, "str.removesuffix")) return Value();
  Str* s = S(a[0]);
  Str* p;
  if (!str_arg(vm, a[1], &p, "removesuffix() argument ")) return Value();
  if (p->size && p->size <= s->size && std::memcmp(s->data + s->size - p->size, p->data, p->size) == 0) {
    Str* r = substr_bytes(s, 0, s->size - p->size, uint64_t(-1));
    if (!r) return raise_memory_error(vm);
    return Value(r);
  }
  return self_exact(a[0]);
}

// ============================================================== 5. case mapping

// Final sigma rule (Unicode SpecialCasing): U+03A3 lowercases to U+03C2 at the end of a word.
uint32_t sigma_lower(const std::u32string& cps, std::size_t i) {
  std::size_t j = i;
  while (j > 0) {
    uint32_t c = uint32_t(cps[j - 1]);
    if (!uni_iscaseignorable(c)) break;
    --j;
  }
  bool final_sigma = j > 0 && uni_iscased(uint32_t(cps[j - 1]));
  if (final_sigma) {
    j = i + 1;
    while (j < cps.size() && uni_iscaseignorable(uint32_t(cps[j]))) ++j;
    final_sigma = j == cps.size() || !uni_iscased(uint32_t(cps[j]));
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

inline void lower_into(std::string& out, const std::u32string& cps, std::size_t i) {
  uint32_t c = uint32_t(cps[i]);
  if (c == 0x3A3) {
    utf8_append(out, sigma_lower(cps, i));
    return;
  }
  uint32_t m[3];
  int k = uni_to_lower(c, m);
  for (int x = 0; x < k; ++x) utf8_append(out, m[x]);
}

inline void map_into(std::string& out, uint32_t c, int (*fn)(uint32_t, uint32_t*)) {
  uint32_t m[3];
  int k = fn(c, m);
  for (int x = 0; x < k; ++x) utf8_append(out, m[x]);
}

Value ascii_map(VM& vm, Str* s, int mode) {  // 0 lower, 1 upper, 2 swapcase
  Str* r = str_alloc(s->size);
  if (!r) return raise_memory_error(vm);
  const unsigned char* src = reinterpret_cast<const unsigned char*>(s->data);
  for (uint64_t i = 0; i < s->size; ++i) {
    unsigned char c = src[i];
    if (mode == 0) {
      if (c >= 'A' && c <= 'Z') c += 32;
    } else if (mode == 1) {
      if (c >= 'a' && c <= 'z') c -= 32;
    } else {
      if (c >= 'A' && c <= 'Z') c += 32;
      else if (c >= 'a' && c <= 'z') c -= 32;
    }
    r->data[i] = char(c);
  }
  r->length = s->length;
  if (r->length == 1) {
    Str* c = str_new(r->view());
    decref(r);
    return Value(c);
  }
  return Value(r);
}

Value str_lower(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.lower")) return Value();
  Str* s = S(a[0]);
  if (s->ascii) return ascii_map(vm, s, 0);
  std::u32string cps = str_to_u32(s);
  std::string out;
  out.reserve(s->size);
  for (std::size_t i = 0; i < cps.size(); ++i) lower_into(out, cps, i);
  return str_value(vm, out);
}

Value str_upper(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.upper")) return Value();
  Str* s = S(a[0]);
  if (s->ascii) return ascii_map(vm, s, 1);
  std::string out;
  out.reserve(s->size);
  for (uint64_t i = 0; i < s->size;) map_into(out, next_cp(s, i), uni_to_upper);
  return str_value(vm, out);
}

Value str_casefold(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.casefold")) return Value();
  Str* s = S(a[0]);
  if (s->ascii) return ascii_map(vm, s, 0);
  std::string out;
  out.reserve(s->size);
  for (uint64_t i = 0; i < s->size;) map_into(out, next_cp(s, i), uni_to_folded);
  return str_value(vm, out);
}

Value str_swapcase(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.swapcase")) return Value();
  Str* s = S(a[0]);
  if (s->ascii) return ascii_map(vm, s, 2);
  std::u32string cps = str_to_u32(s);
  std::string out;
  out.reserve(s->size);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = uint32_t(cps[i]);
    if (uni_isupper(c)) lower_into(out, cps, i);
    else if (uni_islower(c)) map_into(out, c, uni_to_upper);
    else utf8_append(out, c);
  }
  return str_value(vm, out);
}

Value str_capitalize(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.capitalize")) return Value();
  Str* s = S(a[0]);
  if (s->size == 0) return self_exact(a[0]);
  if (s->ascii) {
    std::string out(s->data, s->size);
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 32);
    for (std::size_t i = 1; i < out.size(); ++i)
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = char(out[i] + 32);
    return str_value_ascii(vm, out);
  }
  std::u32string cps = str_to_u32(s);
  std::string out;
  out.reserve(s->size);
  map_into(out, uint32_t(cps[0]), uni_to_title);
  for (std::size_t i = 1; i < cps.size(); ++i) lower_into(out, cps, i);
  return str_value(vm, out);
}

Value str_title(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.title")) return Value();
  Str* s = S(a[0]);
  if (s->ascii) {
    std::string out(s->data, s->size);
    bool prev_cased = false;
    for (auto& ch : out) {
      unsigned char c = static_cast<unsigned char>(ch);
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      if (prev_cased) {
        if (up) ch = char(c + 32);
      } else if (lo) {
        ch = char(c - 32);
      }
      prev_cased = up || lo;
    }
    return str_value_ascii(vm, out);
  }
  std::u32string cps = str_to_u32(s);
  std::string out;
  out.reserve(s->size);
  bool prev_cased = false;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = uint32_t(cps[i]);
    if (prev_cased) lower_into(out, cps, i);
    else map_into(out, c, uni_to_title);
    prev_cased = uni_iscased(c);
  }
  return str_value(vm, out);
}

// ============================================================== 6. predicates

// True when s is non-empty and every code point satisfies pred (ASCII flags for the fast path).
Value all_chars(VM& vm, Args a, const char* qualname, uint8_t ascii_flags, bool (*pred)(uint32_t)) {
  if (!str_args_noargs(vm, a, qualname)) return Value();
  Str* s = S(a[0]);
  if (s->size == 0) return new_bool(false);
  if (s->ascii) {
    for (uint64_t i = 0; i < s->size; ++i)
      if (!(kAscii.c[static_cast<unsigned char>(s->data[i])] & ascii_flags)) return new_bool(false);
    return new_bool(true);
  }
  for (uint64_t i = 0; i < s->size;)
    if (!pred(next_cp(s, i))) return new_bool(false);
  return new_bool(true);
}

Value str_isspace(VM& vm, Args a) { return all_chars(vm, a, "str.isspace", kSpace, str_isspace_cp); }
Value str_isalpha(VM& vm, Args a) { return all_chars(vm, a, "str.isalpha", kLower | kUpper, uni_isalpha); }
Value str_isalnum(VM& vm, Args a) { return all_chars(vm, a, "str.isalnum", kLower | kUpper | kDigit, uni_isalnum); }
Value str_isdecimal(VM& vm, Args a) { return all_chars(vm, a, "str.isdecimal", kDigit, uni_isdecimal); }
Value str_isdigit(VM& vm, Args a) { return all_chars(vm, a, "str.isdigit", kDigit, uni_isdigit); }
Value str_isnumeric(VM& vm, Args a) { return all_chars(vm, a, "str.isnumeric", kDigit, uni_isnumeric); }

Value str_isprintable(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.isprintable")) return Value();
  Str* s = S(a[0]);
  if (s->ascii) {
    for (uint64_t i = 0; i < s->size; ++i)
      if (!(kAscii.c[static_cast<unsigned char>(s->data[i])] & kPrint)) return new_bool(false);
    return new_bool(true);
  }
  for (uint64_t i = 0; i < s->size;)
    if (!uni_isprintable(next_cp(s, i))) return new_bool(false);
  return new_bool(true);
}

Value str_isascii(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.isascii")) return Value();
  return new_bool(S(a[0])->ascii);
}

Value str_islower(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.islower")) return Value();
  Str* s = S(a[0]);
  bool cased = false;
  for (uint64_t i = 0; i < s->size;) {
    uint32_t c = next_cp(s, i);
    if (c < 128) {
      if (kAscii.c[c] & kUpper) return new_bool(false);
      if (kAscii.c[c] & kLower) cased = true;
      continue;
    }
    if (uni_isupper(c) || uni_istitle(c)) return new_bool(false);
    if (!cased && uni_islower(c)) cased = true;
  }
  return new_bool(cased);
}

Value str_isupper(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.isupper")) return Value();
  Str* s = S(a[0]);
  bool cased = false;
  for (uint64_t i = 0; i < s->size;) {
    uint32_t c = next_cp(s, i);
    if (c < 128) {
      if (kAscii.c[c] & kLower) return new_bool(false);
      if (kAscii.c[c] & kUpper) cased = true;
      continue;
    }
    if (uni_islower(c) || uni_istitle(c)) return new_bool(false);
    if (!cased && uni_isupper(c)) cased = true;
  }
  return new_bool(cased);
}

Value str_istitle(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.istitle")) return Value();
  Str* s = S(a[0]);
  bool cased = false, prev_cased = false;
  for (uint64_t i = 0; i < s->size;) {
    uint32_t c = next_cp(s, i);
    bool up, lo;
    if (c < 128) {
      up = kAscii.c[c] & kUpper;
      lo = kAscii.c[c] & kLower;
    } else {
      up = uni_isupper(c) || uni_istitle(c);
      lo = uni_islower(c);
    }
    if (up) {
      if (prev_cased) return new_bool(false);
      prev_cased = cased = true;
    } else if (lo) {
      if (!prev_cased) return new_bool(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return new_bool(cased);
}

Value str_isidentifier(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.isidentifier")) return Value();
  Str* s = S(a[0]);
  if (s->size == 0) return new_bool(false);
  uint64_t i = 0;
  uint32_t c = next_cp(s, i);
  bool ok = c < 128 ? ((kAscii.c[c] & (kLower | kUpper)) || c == '_') : uni_isidstart(c);
  if (!ok) return new_bool(false);
  while (i < s->size) {
    c = next_cp(s, i);
    ok = c < 128 ? ((kAscii.c[c] & (kLower | kUpper | kDigit)) || c == '_') : uni_isidcontinue(c);
    if (!ok) return new_bool(false);
  }
  return new_bool(true);
}

// ============================================================== 7. translate / maketrans

Value str_translate(VM& vm, Args a) {
  if (!str_args_one(vm, a, "str.translate")) return Value();
  Str* s = S(a[0]);
  Value table = a[1];
  // Cache of ASCII lookups: 0 unknown, 1 keep, 2 delete, 3 replace with cache_text.
  uint8_t cache_kind[128] = {};
  std::string cache_text[128];
  std::string out;
  out.reserve(s->size);
  bool ascii = true;
  for (uint64_t i = 0; i < s->size;) {
    uint64_t start = i;
    uint32_t c = next_cp(s, i);
    if (c < 128 && cache_kind[c]) {
      if (cache_kind[c] == 1) out.push_back(char(c));
      else if (cache_kind[c] == 3) out += cache_text[c];
      continue;
    }
    Value key = Value::small(int64_t(c));
    Value r = get_item(vm, table, key);
    uint8_t kind;
    std::string text;
    if (!r) {
      if (!error_matches(vm, &LookupErrorType)) return Value();
      clear_error(vm);
      kind = 1;
    } else if (is_none(r)) {
      kind = 2;
      decref(r);
    } else if (is_int(r)) {
      bool overflow = false;
      int64_t v = int_as_i64(int_value(r), &overflow);
      decref(r);
      if (overflow || v < 0 || v > 0x10FFFF) return raise(vm, &ValueErrorType, "character mapping must be in range(0x110000)");
      kind = 3;
      utf8_append(text, uint32_t(v));
    } else if (is_str(r)) {
      kind = 3;
      text.assign(as_str(r)->data, as_str(r)->size);
      decref(r);
    } else {
      decref(r);
      return raise(vm, &TypeErrorType, "character mapping must return integer, None or str");
    }
    if (kind == 1) out.append(s->data + start, i - start);
    else if (kind == 3) out += text;
    if (c < 128) {
      cache_kind[c] = kind;
      if (kind == 3) cache_text[c] = std::move(text);
    }
  }
  for (unsigned char ch : out)
    if (ch >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii && s->ascii && out.size() == s->size && std::memcmp(out.data(), s->data, s->size) == 0 &&
      is_exact(a[0]))
    return newref(a[0]);
  return finish(vm, out, ascii);
}

Value str_maketrans(VM& vm, Args a) {
  // Static method: a[0] is the first argument.
  if (a.nkw()) return raise(vm, &TypeErrorType, "str.maketrans() takes no keyword arguments");
  if (a.n < 1) return raise(vm, &TypeErrorType, "maketrans expected at least 1 argument, got 0");
  if (a.n > 3) return raisef(vm, &TypeErrorType, "maketrans expected at most 3 arguments, got %u", a.n);
  Dict* d = dict_new();
  if (!d) return raise_memory_error(vm);
  Ref owner{Value(d)};
  if (a.n == 1) {
    Value x = a[0];
    if (!is_dict(x)) return raise(vm, &TypeErrorType, "if you give only one argument to maketrans it must be a dict");
    Dict* src = x.as<Dict>();
    int64_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
      if (is_str(k)) {
        Str* ks = as_str(k);
        if (ks->length != 1) return raise(vm, &ValueErrorType, "string keys in translate table must be of length 1");
        int l;
        Value key = Value::small(int64_t(utf8_decode(ks->data, &l)));
        if (!dict_set(vm, d, key, v)) return Value();
      } else if (is_int(k)) {
        if (!dict_set(vm, d, k, v)) return Value();
      } else {
        return raise(vm, &TypeErrorType, "keys in translate table must be strings or integers");
      }
    }
    return owner.release();
  }
  if (!is_str(a[0])) return raise(vm, &TypeErrorType, "first maketrans argument must be a string if there is a second argument");
  if (!is_str(a[1])) return raisef(vm, &TypeErrorType, "maketrans() argument 2 must be str, not %s", clinic_tname(a[1]));
  if (a.n > 2 && !is_str(a[2])) return raisef(vm, &TypeErrorType, "maketrans() argument 3 must be str, not %s", clinic_tname(a[2]));
  Str* x = as_str(a[0]);
  Str* y = as_str(a[1]);
  if (x->length != y->length) return raise(vm, &ValueErrorType, "the first two maketrans arguments must have equal length");
  for (uint64_t i = 0, j = 0; i < x->size;) {
    uint32_t cx = next_cp(x, i);
    uint32_t cy = next_cp(y, j);
    if (!dict_set(vm, d, Value::small(cx), Value::small(cy))) return Value();
  }
  if (a.n > 2) {
    Str* z = as_str(a[2]);
    for (uint64_t i = 0; i < z->size;) {
      uint32_t cz = next_cp(z, i);
      if (!dict_set(vm, d, Value::small(cz), none())) return Value();
    }
  }
  return owner.release();
}

// ============================================================== 8. encode

Value str_encode_method(VM& vm, Args a) {
  static const char* const kNames[] = {"encoding", "errors"};
  Value v[2];
  if (!str_args_kw(vm, a, "encode", kNames, 2, v)) return Value();
  std::string_view enc = "utf-8", errs = "strict";
  if (v[0]) {
    if (!is_str(v[0])) return raisef(vm, &TypeErrorType, "encode() argument 'encoding' must be str, not %s", clinic_tname(v[0]));
    enc = as_str(v[0])->view();
  }
  if (v[1]) {
    if (!is_str(v[1])) return raisef(vm, &TypeErrorType, "encode() argument 'errors' must be str, not %s", clinic_tname(v[1]));
    errs = as_str(v[1])->view();
  }
  return codec_encode(vm, S(a[0]), enc, errs);
}

}  // namespace

// ============================================================== 9. method table

const MethodDef kStrMethods[] = {
    {"encode", str_encode_method, kMethPlain, nullptr, nullptr},
    {"replace", str_replace, kMethPlain, nullptr, nullptr},
    {"split", str_split, kMethPlain, nullptr, nullptr},
    {"rsplit", str_rsplit, kMethPlain, nullptr, nullptr},
    {"join", str_join, kMethPlain, nullptr, nullptr},
    {"capitalize", str_capitalize, kMethPlain, nullptr, nullptr},
    {"casefold", str_casefold, kMethPlain, nullptr, nullptr},
    {"title", str_title, kMethPlain, nullptr, nullptr},
    {"center", str_center, kMethPlain, nullptr, nullptr},
    {"count", str_count, kMethPlain, nullptr, nullptr},
    {"expandtabs", str_expandtabs, kMethPlain, nullptr, nullptr},
    {"find", str_find, kMethPlain, nullptr, nullptr},
    {"partition", str_partition, kMethPlain, nullptr, nullptr},
    {"index", str_index, kMethPlain, nullptr, nullptr},
    {"ljust", str_ljust, kMethPlain, nullptr, nullptr},
    {"lower", str_lower, kMethPlain, nullptr, nullptr},
    {"lstrip", str_lstrip, kMethPlain, nullptr, nullptr},
    {"rfind", str_rfind, kMethPlain, nullptr, nullptr},
    {"rindex", str_rindex, kMethPlain, nullptr, nullptr},
    {"rjust", str_rjust, kMethPlain, nullptr, nullptr},
    {"rstrip", str_rstrip, kMethPlain, nullptr, nullptr},
    {"rpartition", str_rpartition, kMethPlain, nullptr, nullptr},
    {"splitlines", str_splitlines, kMethPlain, nullptr, nullptr},
    {"strip", str_strip, kMethPlain, nullptr, nullptr},
    {"swapcase", str_swapcase, kMethPlain, nullptr, nullptr},
    {"translate", str_translate, kMethPlain, nullptr, nullptr},
    {"upper", str_upper, kMethPlain, nullptr, nullptr},
    {"startswith", str_startswith, kMethPlain, nullptr, nullptr},
    {"endswith", str_endswith, kMethPlain, nullptr, nullptr},
    {"removeprefix", str_removeprefix, kMethPlain, nullptr, nullptr},
    {"removesuffix", str_removesuffix, kMethPlain, nullptr, nullptr},
    {"isascii", str_isascii, kMethPlain, nullptr, nullptr},
    {"islower", str_islower, kMethPlain, nullptr, nullptr},
    {"isupper", str_isupper, kMethPlain, nullptr, nullptr},
    {"istitle", str_istitle, kMethPlain, nullptr, nullptr},
    {"isspace", str_isspace, kMethPlain, nullptr, nullptr},
    {"isdecimal", str_isdecimal, kMethPlain, nullptr, nullptr},
    {"isdigit", str_isdigit, kMethPlain, nullptr, nullptr},
    {"isnumeric", str_isnumeric, kMethPlain, nullptr, nullptr},
    {"isalpha", str_isalpha, kMethPlain, nullptr, nullptr},
    {"isalnum", str_isalnum, kMethPlain, nullptr, nullptr},
    {"isidentifier", str_isidentifier, kMethPlain, nullptr, nullptr},
    {"isprintable", str_isprintable, kMethPlain, nullptr, nullptr},
    {"zfill", str_zfill, kMethPlain, nullptr, nullptr},
    {"format", str_method_format, kMethPlain, nullptr, nullptr},
    {"format_map", str_method_format_map, kMethPlain, nullptr, nullptr},
    {"__format__", str_dunder_format, kMethPlain, "Return a formatted version of the string as described by format_spec.", nullptr},
    {"maketrans", str_maketrans, kMethStatic, nullptr, nullptr},
    {"__sizeof__", str_sizeof, kMethPlain, "Return the size of the string in memory, in bytes.", nullptr},
    {"__getnewargs__", str_getnewargs, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace coil
