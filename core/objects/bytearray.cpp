// bytearray.cpp - the bytearray type: a mutable byte buffer (the str-like methods live in bytes_methods.cpp).
#include <algorithm>
#include <cstring>
#include <string>

#include "objects/bytes_impl.h"
#include "objects/codecs.h"
#include "vm/runtime.h"

namespace coil {

Type ByteArrayType;
Type ByteArrayIterType;

using bimpl::BView;

// ============================================================== storage

namespace {

constexpr int64_t kMaxByteArray = int64_t(1) << 40;

bool is_bytearray_type(Type* t) { return t == &ByteArrayType || is_subtype(t, &ByteArrayType); }

bool check_resizable(VM& vm, ByteArray* b) {
  if (b->exports > 0) {
    raise(vm, &BufferErrorType, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

void bytearray_dealloc(Object* o) {
  ByteArray* b = static_cast<ByteArray*>(o);
  if (b->data) heap_free(b->data, size_t(b->capacity) + 1);
  b->data = nullptr;
  object_free(o, o->type->basicsize);
}

}  // namespace

bool is_bytearray(Value v) { return v.is_obj() && is_bytearray_type(v.obj()->type); }

// CPython's PyByteArray_Resize policy (so __alloc__ reports the same numbers).
bool bytearray_resize(VM& vm, ByteArray* b, int64_t n) {
  if (n == b->size) return true;
  if (!check_resizable(vm, b)) return false;
  if (n < 0) n = 0;
  if (n > kMaxByteArray) {
    raise_memory_error(vm);
    return false;
  }
  int64_t alloc = b->data ? b->capacity + 1 : 0, new_alloc;
  if (n + 1 <= alloc) {
    if (n >= alloc / 2) {
      b->size = n;
      b->data[n] = 0;
      return true;
    }
    new_alloc = n + 1;
  } else if (double(n) <= double(alloc) * 1.125) {
    new_alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
  } else {
    new_alloc = n + 1;
  }
  char* p = static_cast<char*>(heap_realloc(b->data, size_t(alloc), size_t(new_alloc)));
  if (!p) {
    raise_memory_error(vm);
    return false;
  }
  b->data = p;
  b->capacity = new_alloc - 1;
  b->size = n;
  b->data[n] = 0;
  return true;
}

ByteArray* bytearray_new(VM& vm, const char* data, int64_t n) {
  ByteArray* b = static_cast<ByteArray*>(object_alloc(&ByteArrayType, sizeof(ByteArray)));
  if (!b) {
    raise_memory_error(vm);
    return nullptr;
  }
  if (n > 0) {
    if (!bytearray_resize(vm, b, n)) {
      decref(b);
      return nullptr;
    }
    std::memcpy(b->data, data, size_t(n));
  }
  return b;
}

namespace {

inline BView view_of(ByteArray* b) { return {b->data ? b->data : "", b->size}; }

// Replaces [lo, hi) with `n` bytes from p (p must not point into b).
bool replace_range(VM& vm, ByteArray* b, int64_t lo, int64_t hi, const char* p, int64_t n) {
  int64_t old = b->size;
  int64_t growth = n - (hi - lo);
  if (growth > 0) {
    if (!bytearray_resize(vm, b, old + growth)) return false;
    std::memmove(b->data + hi + growth, b->data + hi, size_t(old - hi));
  } else if (growth < 0) {
    if (!check_resizable(vm, b)) return false;
    std::memmove(b->data + hi + growth, b->data + hi, size_t(old - hi));
    if (!bytearray_resize(vm, b, old + growth)) return false;
  }
  if (n) std::memcpy(b->data + lo, p, size_t(n));
  return true;
}

// PyNumber_Check
bool is_number_like(Value v) {
  if (v.is_small() || is_int(v) || is_float(v) || is_complex(v)) return true;
  NumberSlots* n = type_of(v)->number;
  return n && (n->index || n->to_int || n->to_float);
}

// ============================================================== slots

Value bytearray_new_slot(VM& vm, Type* type, Args) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) return raise_memory_error(vm);
  if (type_has(type, kTypeHasGC)) gc_track(o);
  return Value(o);
}

bool bytearray_init(VM& vm, Value self, Args a) {
  Value args[3];
  if (!parse_args(vm, a, "bytearray", "|source,encoding,errors", args)) return false;
  Value x = args[0], enc = args[1], err = args[2];
  for (int i = 1; i < 3; ++i)
    if (args[i] && !is_str(args[i])) {
      raisef(vm, &TypeErrorType, "bytearray() argument '%s' must be str, not %s", i == 1 ? "encoding" : "errors",
             tname(args[i]));
      return false;
    }
  ByteArray* b = self.as<ByteArray>();
  if (b->size != 0 && !bytearray_resize(vm, b, 0)) return false;
  if (!x) {
    if (enc || err) {
      raise(vm, &TypeErrorType, enc ? "encoding without a string argument" : "errors without a string argument");
      return false;
    }
    return true;
  }
  std::string content;
  if (is_str(x)) {
    if (!enc) {
      raise(vm, &TypeErrorType, "string argument without an encoding");
      return false;
    }
    Value e = codec_encode(vm, as_str(x), as_str(enc)->view(), err ? as_str(err)->view() : "strict");
    if (!e) return false;
    content.assign(as_bytes(e)->data, size_t(as_bytes(e)->size));
    decref(e);
  } else if (enc || err) {
    raise(vm, &TypeErrorType, enc ? "encoding without a string argument" : "errors without a string argument");
    return false;
  } else if (x.is_small() || is_int(x) || (type_of(x)->number && type_of(x)->number->index)) {
    int64_t n;
    if (!index_to_i64(vm, x, &n, &OverflowErrorType)) return false;
    if (n < 0) {
      raise(vm, &ValueErrorType, "negative count");
      return false;
    }
    if (!bytearray_resize(vm, b, n)) return false;
    if (n) std::memset(b->data, 0, size_t(n));
    return true;
  } else if (!bimpl::bytes_from_iterable_or_buffer(vm, x, true, &content)) {
    return false;
  }
  if (!bytearray_resize(vm, b, int64_t(content.size()))) return false;
  if (!content.empty()) std::memcpy(b->data, content.data(), content.size());
  return true;
}

Value bytearray_repr(VM& vm, Value self) {
  ByteArray* b = self.as<ByteArray>();
  std::string s = type_name(type_of(self));
  s += "(";
  s += bimpl::bytes_repr_text(b->data ? b->data : "", b->size);
  s += ")";
  Str* r = str_new(s);
  if (!r) return raise_memory_error(vm);
  return Value(r);
}

Value bytearray_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!has_buffer(a) || !has_buffer(b)) return new_not_implemented();
  const char *pa, *pb;
  int64_t na, nb;
  std::string sa, sb;
  if (!get_buffer(vm, a, &pa, &na, &sa) || !get_buffer(vm, b, &pb, &nb, &sb)) return Value();
  if ((op == kEQ || op == kNE) && na != nb) return new_bool(op == kNE);
  int64_t n = na < nb ? na : nb;
  int c = n ? std::memcmp(pa, pb, size_t(n)) : 0;
  if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
  bool r = false;
  switch (op) {
    case kLT: r = c < 0; break;
    case kLE: r = c <= 0; break;
    case kEQ: r = c == 0; break;
    case kNE: r = c != 0; break;
    case kGT: r = c > 0; break;
    case kGE: r = c >= 0; break;
  }
  return new_bool(r);
}

int64_t bytearray_len(VM&, Value self) { return self.as<ByteArray>()->size; }

Value bytearray_getitem(VM& vm, Value self, Value key) {
  ByteArray* b = self.as<ByteArray>();
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack_raw(vm, key, &start, &stop, &step)) return Value();  // may run __index__
    int64_t n = slice_adjust_indices(b->size, &start, &stop, step);
    if (n <= 0) return Value(bytearray_new(vm, "", 0));
    if (step == 1) return Value(bytearray_new(vm, b->data + start, n));
    std::string out(size_t(n), '\0');
    for (int64_t i = 0, k = start; i < n; ++i, k += step) out[size_t(i)] = b->data[k];
    return Value(bytearray_new(vm, out.data(), n));
  }
  int64_t i;
  if (!sequence_index(vm, key, &i, "bytearray")) return Value();
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) return raise(vm, &IndexErrorType, "bytearray index out of range");
  return Value::small(static_cast<unsigned char>(b->data[i]));
}

bool assign_slice(VM& vm, ByteArray* b, Value key, Value values) {
  std::string content;
  bool deleting = !values;
  if (!deleting) {
    if (values.obj() != b && is_bytearray(values)) {
      ByteArray* v = values.as<ByteArray>();
      content.assign(v->data ? v->data : "", size_t(v->size));
    } else if (values.obj() == b) {
      content.assign(b->data ? b->data : "", size_t(b->size));
    } else {
      if (is_number_like(values) || is_str(values)) {
        raise(vm, &TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
      }
      if (!bimpl::bytes_from_iterable_or_buffer(vm, values, true, &content)) return false;
    }
  }
  int64_t needed = int64_t(content.size());
  int64_t start, stop, step;
  if (!slice_unpack_raw(vm, key, &start, &stop, &step)) return false;
  int64_t slicelen = slice_adjust_indices(b->size, &start, &stop, step);
  if (step == 1) {
    if (stop < start) stop = start;
    return replace_range(vm, b, start, stop, content.data(), needed);
  }
  if (needed == 0) {
    if (slicelen <= 0) return true;
    if (!check_resizable(vm, b)) return false;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    // keep bytes whose index is not start + k*step (k < slicelen)
    int64_t w = start;
    for (int64_t r = start; r < b->size; ++r) {
      if (r - start < step * slicelen && (r - start) % step == 0) continue;
      b->data[w++] = b->data[r];
    }
    return bytearray_resize(vm, b, w);
  }
  if (needed != slicelen) {
    raisef(vm, &ValueErrorType, "attempt to assign bytes of size %lld to extended slice of size %lld",
           (long long)needed, (long long)slicelen);
    return false;
  }
  for (int64_t i = 0, k = start; i < slicelen; ++i, k += step) b->data[k] = content[size_t(i)];
  return true;
}

bool bytearray_setitem(VM& vm, Value self, Value key, Value v) {
  ByteArray* b = self.as<ByteArray>();
  if (is_slice(key)) return assign_slice(vm, b, key, v);
  int64_t i;
  if (!sequence_index(vm, key, &i, "bytearray")) return false;
  int val = 0;
  if (v && !bimpl::byte_value(vm, v, &val)) return false;
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) {
    raise(vm, &IndexErrorType, "bytearray index out of range");
    return false;
  }
  if (v) {
    b->data[i] = char(val);
    return true;
  }
  return replace_range(vm, b, i, i + 1, nullptr, 0);
}

int bytearray_contains(VM& vm, Value self, Value arg) {
  ByteArray* b = self.as<ByteArray>();
  if (arg.is_small() || has_buffer(arg)) return bytes_contains_view(vm, b->data ? b->data : "", b->size, arg);
  // __index__ may run Python code that resizes the array: search a copy
  std::string copy(b->data ? b->data : "", size_t(b->size));
  return bytes_contains_view(vm, copy.data(), int64_t(copy.size()), arg);
}

Value bytearray_concat(VM& vm, Value a, Value b) {
  const char *pa, *pb;
  int64_t na, nb;
  std::string sa, sb;
  if (!has_buffer(a) || !has_buffer(b))
    return raisef(vm, &TypeErrorType, "can't concat %s to %s", tname(b), tname(a));
  if (!get_buffer(vm, a, &pa, &na, &sa) || !get_buffer(vm, b, &pb, &nb, &sb)) return Value();
  if (na > kMaxByteArray - nb) return raise_memory_error(vm);
  std::string out;
  out.reserve(size_t(na + nb));
  out.append(pa, size_t(na));
  out.append(pb, size_t(nb));
  return Value(bytearray_new(vm, out.data(), int64_t(out.size())));
}

Value bytearray_repeat(VM& vm, Value self, int64_t count) {
  ByteArray* b = self.as<ByteArray>();
  if (count <= 0 || b->size == 0) return Value(bytearray_new(vm, "", 0));
  if (count > kMaxByteArray / b->size) return raise_memory_error(vm);
  std::string out;
  out.reserve(size_t(b->size * count));
  for (int64_t i = 0; i < count; ++i) out.append(b->data, size_t(b->size));
  return Value(bytearray_new(vm, out.data(), int64_t(out.size())));
}

Value bytearray_iadd(VM& vm, Value a, Value b) {
  if (!has_buffer(b)) return new_not_implemented();
  const char* p;
  int64_t n;
  std::string scratch;
  if (!get_buffer(vm, b, &p, &n, &scratch)) return Value();
  std::string copy(p, size_t(n));
  ByteArray* ba = a.as<ByteArray>();
  if (!replace_range(vm, ba, ba->size, ba->size, copy.data(), n)) return Value();
  return newref(a);
}

Value bytearray_imul(VM& vm, Value a, Value b) {
  Type* t = type_of(b);
  if (!(b.is_small() || is_int(b) || (t->number && t->number->index))) return new_not_implemented();
  int64_t count;
  if (!index_to_i64(vm, b, &count, nullptr)) return Value();
  ByteArray* ba = a.as<ByteArray>();
  if (count <= 0 || ba->size == 0) {
    if (!bytearray_resize(vm, ba, 0)) return Value();
    return newref(a);
  }
  if (count > kMaxByteArray / ba->size) return raise_memory_error(vm);
  int64_t old = ba->size;
  if (!bytearray_resize(vm, ba, old * count)) return Value();
  for (int64_t i = 1; i < count; ++i) std::memcpy(ba->data + i * old, ba->data, size_t(old));
  return newref(a);
}

Value bytearray_mod(VM& vm, Value a, Value b) {
  if (!is_bytearray(a)) return new_not_implemented();
  ByteArray* x = a.as<ByteArray>();
  std::string copy(x->data ? x->data : "", size_t(x->size));
  return bimpl::percent_format(vm, copy.data(), int64_t(copy.size()), b, true);
}

// -------------------------------------------------------------------------- iterator

struct ByteArrayIter : Object {
  Value seq;  // null when exhausted
  int64_t index;
};

Value bytearray_iter(VM& vm, Value self) {
  ByteArrayIter* it = static_cast<ByteArrayIter*>(object_alloc(&ByteArrayIterType, sizeof(ByteArrayIter)));
  if (!it) return raise_memory_error(vm);
  it->seq = newref(self);
  it->index = 0;
  return Value(it);
}

Value bytearray_iter_next(VM&, Value self) {
  ByteArrayIter* it = self.as<ByteArrayIter>();
  if (!it->seq) return Value::iter_done();
  ByteArray* b = it->seq.as<ByteArray>();
  if (it->index < b->size) return Value::small(static_cast<unsigned char>(b->data[it->index++]));
  Value s = it->seq;
  it->seq = Value();
  decref(s);
  return Value::iter_done();
}

Value bytearray_iter_self(VM&, Value self) { return newref(self); }

void bytearray_iter_dealloc(Object* o) {
  decref(static_cast<ByteArrayIter*>(o)->seq);
  object_free(o, sizeof(ByteArrayIter));
}

Value bytearray_iter_length_hint(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "__length_hint__")) return Value();
  ByteArrayIter* it = a[0].as<ByteArrayIter>();
  if (!it->seq) return Value::small(0);
  int64_t left = it->seq.as<ByteArray>()->size - it->index;
  return Value::small(left < 0 ? 0 : left);
}

const MethodDef kByteArrayIterMethods[] = {
    {"__length_hint__", bytearray_iter_length_hint, kMethPlain,
     "Private method returning an estimate of len(list(it)).", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ============================================================== mutating methods

Value ba_append(VM& vm, Args a) {
  if (!bimpl::check_meth_o(vm, a, "append")) return Value();
  int v;
  if (!bimpl::byte_value(vm, a[1], &v)) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  char c = char(v);
  if (!replace_range(vm, b, b->size, b->size, &c, 1)) return Value();
  return new_none();
}

Value ba_extend(VM& vm, Args a) {
  if (!bimpl::check_meth_o(vm, a, "extend")) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  Value src = a[1];
  std::string content;
  if (has_buffer(src)) {
    const char* p;
    int64_t n;
    std::string scratch;
    if (!get_buffer(vm, src, &p, &n, &scratch)) return Value();
    content.assign(p, size_t(n));
  } else {
    Value it = get_iter(vm, src);
    if (!it) {
      if (error_matches(vm, &TypeErrorType)) {
        clear_error(vm);
        return raisef(vm, &TypeErrorType, "can't extend bytearray with %s", tname(src));
      }
      return Value();
    }
    bool ok = for_each_item(vm, it, [&](Value item) {
      int v;
      if (!bimpl::byte_value(vm, item, &v)) return false;
      content.push_back(char(v));
      return true;
    });
    decref(it);
    if (!ok) return Value();
  }
  if (!replace_range(vm, b, b->size, b->size, content.data(), int64_t(content.size()))) return Value();
  return new_none();
}

Value ba_insert(VM& vm, Args a) {
  if (!bimpl::check_positional(vm, a, "insert", 2, 2)) return Value();
  int64_t index;
  if (!ssize_arg(vm, a[1], &index)) return Value();
  int v;
  if (!bimpl::byte_value(vm, a[2], &v)) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  int64_t n = b->size;
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  }
  if (index > n) index = n;
  char c = char(v);
  if (!replace_range(vm, b, index, index, &c, 1)) return Value();
  return new_none();
}

Value ba_pop(VM& vm, Args a) {
  if (!bimpl::check_positional(vm, a, "pop", 0, 1)) return Value();
  int64_t index = -1;
  if (a.n > 1 && !ssize_arg(vm, a[1], &index)) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  if (b->size == 0) return raise(vm, &IndexErrorType, "pop from empty bytearray");
  if (index < 0) index += b->size;
  if (index < 0 || index >= b->size) return raise(vm, &IndexErrorType, "pop index out of range");
  unsigned char c = static_cast<unsigned char>(b->data[index]);
  if (!replace_range(vm, b, index, index + 1, nullptr, 0)) return Value();
  return Value::small(c);
}

Value ba_remove(VM& vm, Args a) {
  if (!bimpl::check_meth_o(vm, a, "remove")) return Value();
  int v;
  if (!bimpl::byte_value(vm, a[1], &v)) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  const void* hit = b->size ? std::memchr(b->data, v, size_t(b->size)) : nullptr;
  if (!hit) return raise(vm, &ValueErrorType, "value not found in bytearray");
  int64_t i = static_cast<const char*>(hit) - b->data;
  if (!replace_range(vm, b, i, i + 1, nullptr, 0)) return Value();
  return new_none();
}

Value ba_reverse(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "reverse")) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  if (b->size) std::reverse(b->data, b->data + b->size);
  return new_none();
}

Value ba_clear(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "clear")) return Value();
  if (!bytearray_resize(vm, a[0].as<ByteArray>(), 0)) return Value();
  return new_none();
}

Value ba_copy(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "copy")) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  return Value(bytearray_new(vm, b->data, b->size));
}

Value ba_alloc(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "__alloc__")) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  return Value::small(b->data ? b->capacity + 1 : 0);
}

Value ba_sizeof(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "__sizeof__")) return Value();
  ByteArray* b = a[0].as<ByteArray>();
  return Value::small(56 + (b->data ? b->capacity + 1 : 0));
}

const MethodDef kByteArrayMethods[] = {
    {"__alloc__", ba_alloc, kMethPlain, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated.", nullptr},
    {"__sizeof__", ba_sizeof, kMethPlain, "Returns the size of the bytearray object in memory, in bytes.", nullptr},
    {"append", ba_append, kMethPlain, "Append a single item to the end of the bytearray.", nullptr},
    {"clear", ba_clear, kMethPlain, "Remove all items from the bytearray.", nullptr},
    {"copy", ba_copy, kMethPlain, "Return a copy of B.", nullptr},
    {"extend", ba_extend, kMethPlain, "Append all the items from the iterator or sequence to the end of the bytearray.",
     nullptr},
    {"insert", ba_insert, kMethPlain, "Insert a single item into the bytearray before the given index.", nullptr},
    {"pop", ba_pop, kMethPlain, "Remove and return a single item from B.", nullptr},
    {"remove", ba_remove, kMethPlain, "Remove the first occurrence of a value in the bytearray.", nullptr},
    {"reverse", ba_reverse, kMethPlain, "Reverse the order of the values in B in place.", nullptr},
    COIL_BYTES_SHARED_METHODS(COIL_BYTES_METHOD_DEF)
    {nullptr, nullptr, 0, nullptr, nullptr}};

NumberSlots g_bytearray_number;

}  // namespace

void init_bytearray_type() {
  Type* t = &ByteArrayType;
  static_type_init(t, "bytearray", sizeof(ByteArray), &ObjectType, kTypeBaseType);
  t->cdoc =
      "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given "
      "by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable "
      "bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using "
      "the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an "
      "integer";
  t->dealloc = bytearray_dealloc;
  t->new_ = bytearray_new_slot;
  t->init = bytearray_init;
  t->repr = bytearray_repr;
  t->richcompare = bytearray_richcompare;
  t->hash = nullptr;  // unhashable
  t->len = bytearray_len;
  t->getitem = bytearray_getitem;
  t->setitem = bytearray_setitem;
  t->contains = bytearray_contains;
  t->iter = bytearray_iter;
  t->concat = bytearray_concat;
  t->repeat = bytearray_repeat;
  g_bytearray_number.binary[kMod] = bytearray_mod;
  g_bytearray_number.inplace[kAdd] = bytearray_iadd;
  g_bytearray_number.inplace[kMul] = bytearray_imul;
  t->number = &g_bytearray_number;
  t->methods = kByteArrayMethods;

  Type* it = &ByteArrayIterType;
  static_type_init(it, "bytearray_iterator", sizeof(ByteArrayIter), &ObjectType, 0);
  it->dealloc = bytearray_iter_dealloc;
  it->iter = bytearray_iter_self;
  it->next = bytearray_iter_next;
  it->methods = kByteArrayIterMethods;
}

}  // namespace coil
