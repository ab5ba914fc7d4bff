// bytes.cpp - the bytes type: allocation, construction, repr, hashing, comparison, indexing, iteration.
#include <cstring>
#include <string>

#include "objects/boxed.h"
#include "objects/bytes_impl.h"
#include "objects/codecs.h"
#include "vm/runtime.h"

namespace coil {

Type BytesType;
Type BytesIterType;

using bimpl::BView;

// ============================================================== allocation

namespace {

constexpr int64_t kMaxBytes = int64_t(1) << 40;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
inline size_t bytes_alloc_size(int64_t n) { return offsetof(Bytes, data) + size_t(n) + 1; }
#pragma GCC diagnostic pop

Bytes* g_empty_bytes = nullptr;
Bytes* g_single_bytes[256];

Bytes* make_immortal(const char* p, int64_t n) {
  Bytes* b = bytes_alloc(n);
  std::memcpy(b->data, p, size_t(n));
  b->refcount = 1u << 30;
  return b;
}

void bytes_dealloc(Object* o) {
  Bytes* b = static_cast<Bytes*>(o);
  object_free(o, bytes_alloc_size(b->size));
}

}  // namespace

Bytes* bytes_alloc(int64_t n) {
  if (n < 0 || n > kMaxBytes) return nullptr;
  Bytes* b = static_cast<Bytes*>(heap_alloc(bytes_alloc_size(n)));
  if (!b) return nullptr;
  b->refcount = 1;
  b->gc_index = Object::kUntracked;
  b->type = &BytesType;
  incref(&BytesType);
  b->size = n;
  b->hash = -1;
  b->data[n] = 0;
  return b;
}

Bytes* bytes_empty() {
  if (!g_empty_bytes) g_empty_bytes = make_immortal("", 0);
  return newref(g_empty_bytes);
}

Bytes* bytes_new(const char* data, int64_t n) {
  if (n == 0) return bytes_empty();
  if (n == 1) {
    unsigned char c = static_cast<unsigned char>(data[0]);
    if (!g_single_bytes[c]) g_single_bytes[c] = make_immortal(data, 1);
    return newref(g_single_bytes[c]);
  }
  Bytes* b = bytes_alloc(n);
  if (!b) return nullptr;
  std::memcpy(b->data, data, size_t(n));
  return b;
}

Value bytes_from(VM& vm, const char* data, int64_t n) {
  Bytes* b = bytes_new(data, n);
  if (!b) return raise_memory_error(vm);
  return Value(b);
}

bool is_bytes(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  return t == &BytesType || type_has(t, kTypeBytesSubclass);
}

Bytes* as_bytes(Value v) {
  Object* o = v.obj();
  if (o->type == &BytesType) return static_cast<Bytes*>(o);
  return static_cast<Boxed*>(o)->value.as<Bytes>();
}

int64_t bytes_hash(Bytes* b) {
  if (b->hash != -1) return b->hash;
  int64_t h = b->size == 0 ? 0 : int64_t(siphash13(b->data, size_t(b->size)));
  if (h == -1) h = -2;
  b->hash = h;
  return h;
}

// ============================================================== construction helpers

namespace bimpl {

std::string bytes_repr_text(const char* p, int64_t n) {
  static const char hex[] = "0123456789abcdef";
  bool squote = std::memchr(p, '\'', size_t(n)) != nullptr;
  bool dquote = std::memchr(p, '"', size_t(n)) != nullptr;
  char quote = (squote && !dquote) ? '"' : '\'';
  std::string out;
  out.reserve(size_t(n) + 3);
  out.push_back('b');
  out.push_back(quote);
  for (int64_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else {
      out.push_back(char(c));
    }
  }
  out.push_back(quote);
  return out;
}

bool bytes_from_iterable_or_buffer(VM& vm, Value x, bool ba, std::string* out) {
  const char* range_msg = ba ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)";
  if (has_buffer(x)) {
    const char* p;
    int64_t n;
    std::string scratch;
    if (!get_buffer(vm, x, &p, &n, &scratch)) return false;
    out->assign(p, size_t(n));
    return true;
  }
  auto add = [&](Value item) {
    int b;
    if (!byte_value(vm, item, &b, range_msg)) return false;
    out->push_back(char(b));
    return true;
  };
  if (is_list_exact(x) || is_tuple_exact(x)) {
    // Items are read one by one: a list may change size while __index__ runs.
    for (int64_t i = 0;; ++i) {
      Value item;
      if (is_list_exact(x)) {
        List* l = x.as<List>();
        if (i >= l->size) break;
        item = l->items[i];
      } else {
        Tuple* t = x.as<Tuple>();
        if (i >= t->size) break;
        item = t->items[i];
      }
      incref(item);
      bool ok = add(item);
      decref(item);
      if (!ok) return false;
    }
    return true;
  }
  if (is_str(x)) {
    raisef(vm, &TypeErrorType, "cannot convert '%s' object to %s", tname(x), ba ? "bytearray" : "bytes");
    return false;
  }
  Value it = get_iter(vm, x);
  if (!it) {
    if (error_matches(vm, &TypeErrorType)) {
      clear_error(vm);
      raisef(vm, &TypeErrorType, "cannot convert '%s' object to %s", tname(x), ba ? "bytearray" : "bytes");
    }
    return false;
  }
  bool ok = for_each_item(vm, it, add);
  decref(it);
  return ok;
}

}  // namespace bimpl

// ============================================================== slots

namespace {

bool is_index_like(Value v) {
  if (v.is_small() || is_int(v)) return true;
  Type* t = type_of(v);
  return t->number && t->number->index;
}

Value bytes_new_slot(VM& vm, Type* type, Args a) {
  Value args[3];
  if (!parse_args(vm, a, "bytes", "|source,encoding,errors", args)) return Value();
  Value x = args[0], enc = args[1], err = args[2];
  for (int i = 1; i < 3; ++i)
    if (args[i] && !is_str(args[i]))
      return raisef(vm, &TypeErrorType, "bytes() argument '%s' must be str, not %s", i == 1 ? "encoding" : "errors",
                    tname(args[i]));
  Value result;
  if (!x) {
    if (enc) return raise(vm, &TypeErrorType, "encoding without a string argument");
    if (err) return raise(vm, &TypeErrorType, "errors without a string argument");
    result = Value(bytes_empty());
  } else if (enc) {
    if (!is_str(x)) return raise(vm, &TypeErrorType, "encoding without a string argument");
    result = codec_encode(vm, as_str(x), as_str(enc)->view(), err ? as_str(err)->view() : "strict");
    if (!result) return Value();
  } else if (err) {
    return raise(vm, &TypeErrorType,
                 is_str(x) ? "string argument without an encoding" : "errors without a string argument");
  } else {
    Value func = is_bytes_exact(x) ? Value() : lookup_special(vm, x, g_names.bytes);
    if (func) {
      Value r = call0(vm, func);
      decref(func);
      if (!r) return Value();
      if (!is_bytes(r)) {
        raisef(vm, &TypeErrorType, "__bytes__ returned non-bytes (type %s)", tname(r));
        decref(r);
        return Value();
      }
      result = Value(newref(as_bytes(r)));
      decref(r);
    } else if (has_error(vm)) {
      return Value();
    } else if (is_str(x)) {
      return raise(vm, &TypeErrorType, "string argument without an encoding");
    } else if (is_bytes(x)) {
      result = Value(newref(as_bytes(x)));
    } else if (is_index_like(x)) {
      int64_t n;
      if (!index_to_i64(vm, x, &n, &OverflowErrorType)) return Value();
      if (n < 0) return raise(vm, &ValueErrorType, "negative count");
      Bytes* b = bytes_alloc(n);
      if (!b) return raise_memory_error(vm);
      std::memset(b->data, 0, size_t(n));
      result = Value(b);
    } else {
      std::string out;
      if (!bimpl::bytes_from_iterable_or_buffer(vm, x, false, &out)) return Value();
      result = bytes_from(vm, out);
      if (!result) return Value();
    }
  }
  if (type == &BytesType) return result;
  return boxed_new(vm, type, result);
}

Value bytes_repr(VM& vm, Value self) {
  Bytes* b = as_bytes(self);
  Str* s = str_new(bimpl::bytes_repr_text(b->data, b->size));
  if (!s) return raise_memory_error(vm);
  return Value(s);
}

bool bytes_hash_slot(VM&, Value self, int64_t* out) {
  *out = bytes_hash(as_bytes(self));
  return true;
}

Value bytes_richcompare(VM&, Value a, Value b, CompareOp op) {
  if (!is_bytes(a) || !is_bytes(b)) return new_not_implemented();
  Bytes* x = as_bytes(a);
  Bytes* y = as_bytes(b);
  if (op == kEQ || op == kNE) {
    bool eq = x == y || (x->size == y->size && std::memcmp(x->data, y->data, size_t(x->size)) == 0);
    return new_bool(op == kEQ ? eq : !eq);
  }
  int64_t n = x->size < y->size ? x->size : y->size;
  int c = std::memcmp(x->data, y->data, size_t(n));
  if (c == 0) c = x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
  bool r = false;
  switch (op) {
    case kLT: r = c < 0; break;
    case kLE: r = c <= 0; break;
    case kGT: r = c > 0; break;
    case kGE: r = c >= 0; break;
    default: break;
  }
  return new_bool(r);
}

int64_t bytes_len(VM&, Value self) { return as_bytes(self)->size; }

Value bytes_getitem(VM& vm, Value self, Value key) {
  Bytes* b = as_bytes(self);
  if (is_slice(key)) {
    int64_t start, stop, step, n;
    if (!slice_unpack(vm, key, b->size, &start, &stop, &step, &n)) return Value();
    if (n <= 0) return Value(bytes_empty());
    if (step == 1) {
      if (start == 0 && n == b->size && is_bytes_exact(self)) return newref(self);
      return bytes_from(vm, b->data + start, n);
    }
    Bytes* r = bytes_alloc(n);
    if (!r) return raise_memory_error(vm);
    for (int64_t i = 0, k = start; i < n; ++i, k += step) r->data[i] = b->data[k];
    return Value(r);
  }
  int64_t i;
  if (!sequence_index(vm, key, &i, "byte")) return Value();
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) return raise(vm, &IndexErrorType, "index out of range");
  return Value::small(static_cast<unsigned char>(b->data[i]));
}

// _Py_bytes_contains: an int in range(256) or a bytes-like needle.
int contains_impl(VM& vm, BView hay, Value arg) {
  if (is_index_like(arg)) {
    int b;
    if (!bimpl::byte_value(vm, arg, &b)) return -1;
    return std::memchr(hay.p, b, size_t(hay.n)) ? 1 : 0;
  }
  BView needle;
  std::string scratch;
  if (!bimpl::arg_buffer(vm, arg, &needle, &scratch)) return -1;
  return bimpl::find_in(hay, needle) >= 0 ? 1 : 0;
}

int bytes_contains(VM& vm, Value self, Value arg) {
  Bytes* b = as_bytes(self);
  return contains_impl(vm, {b->data, b->size}, arg);
}

Value bytes_concat(VM& vm, Value a, Value b) {
  const char *pa, *pb;
  int64_t na, nb;
  std::string sa, sb;
  if (!has_buffer(a) || !has_buffer(b))
    return raisef(vm, &TypeErrorType, "can't concat %s to %s", tname(b), tname(a));
  if (!get_buffer(vm, a, &pa, &na, &sa) || !get_buffer(vm, b, &pb, &nb, &sb)) return Value();
  if (nb == 0 && is_bytes_exact(a)) return newref(a);
  if (na == 0 && is_bytes_exact(b)) return newref(b);
  if (na > kMaxBytes - nb) return raise_memory_error(vm);
  Bytes* r = bytes_alloc(na + nb);
  if (!r) return raise_memory_error(vm);
  std::memcpy(r->data, pa, size_t(na));
  std::memcpy(r->data + na, pb, size_t(nb));
  return Value(r);
}

Value bytes_repeat(VM& vm, Value self, int64_t count) {
  Bytes* b = as_bytes(self);
  if (count < 0) count = 0;
  if (count == 1 && is_bytes_exact(self)) return newref(self);
  if (b->size == 0 || count == 0) return Value(bytes_empty());
  if (count > INT64_MAX / b->size) return raise(vm, &OverflowErrorType, "repeated bytes are too long");
  int64_t n = b->size * count;
  Bytes* r = bytes_alloc(n);
  if (!r) return raise_memory_error(vm);
  if (b->size == 1) {
    std::memset(r->data, b->data[0], size_t(n));
  } else {
    for (int64_t i = 0; i < count; ++i) std::memcpy(r->data + i * b->size, b->data, size_t(b->size));
  }
  return Value(r);
}

Value bytes_mod(VM& vm, Value a, Value b) {
  if (!is_bytes(a)) return new_not_implemented();
  Bytes* x = as_bytes(a);
  return bimpl::percent_format(vm, x->data, x->size, b, false);
}

// -------------------------------------------------------------------------- iterator

struct BytesIter : Object {
  Value seq;  // null when exhausted
  int64_t index;
};

Value bytes_iter(VM& vm, Value self) {
  BytesIter* it = static_cast<BytesIter*>(object_alloc(&BytesIterType, sizeof(BytesIter)));
  if (!it) return raise_memory_error(vm);
  it->seq = newref(self);
  it->index = 0;
  return Value(it);
}

Value bytes_iter_next(VM&, Value self) {
  BytesIter* it = self.as<BytesIter>();
  if (!it->seq) return Value::iter_done();
  Bytes* b = as_bytes(it->seq);
  if (it->index < b->size) return Value::small(static_cast<unsigned char>(b->data[it->index++]));
  Value s = it->seq;
  it->seq = Value();
  decref(s);
  return Value::iter_done();
}

Value bytes_iter_self(VM&, Value self) { return newref(self); }

void bytes_iter_dealloc(Object* o) {
  decref(static_cast<BytesIter*>(o)->seq);
  object_free(o, sizeof(BytesIter));
}

Value bytes_iter_length_hint(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "__length_hint__")) return Value();
  BytesIter* it = a[0].as<BytesIter>();
  if (!it->seq) return Value::small(0);
  int64_t left = as_bytes(it->seq)->size - it->index;
  return Value::small(left < 0 ? 0 : left);
}

const MethodDef kBytesIterMethods[] = {
    {"__length_hint__", bytes_iter_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// -------------------------------------------------------------------------- methods

Value bytes_getnewargs(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "__getnewargs__")) return Value();
  Bytes* b = as_bytes(a[0]);
  return Value(tuple_of({Value(b)}));
}

Value bytes_bytes(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "__bytes__")) return Value();
  return Value(newref(as_bytes(a[0])));
}

const MethodDef kBytesMethods[] = {
    {"__getnewargs__", bytes_getnewargs, kMethPlain, nullptr, nullptr},
    {"__bytes__", bytes_bytes, kMethPlain, "Convert this value to exact type bytes.", nullptr},
    COIL_BYTES_SHARED_METHODS(COIL_BYTES_METHOD_DEF)
    {nullptr, nullptr, 0, nullptr, nullptr}};

NumberSlots g_bytes_number;

}  // namespace

// Shared with bytearray.cpp and memoryview.cpp.
int bytes_contains_view(VM& vm, const char* p, int64_t n, Value arg) { return contains_impl(vm, {p, n}, arg); }

void init_bytes_type() {
  Type* t = &BytesType;
  static_type_init(t, "bytes", sizeof(Bytes), &ObjectType, kTypeBaseType | kTypeBytesSubclass);
  t->itemsize = 1;
  t->cdoc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> "
      "immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized "
      "with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an "
      "iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any "
      "object implementing the buffer API.\n  - an integer";
  t->dealloc = bytes_dealloc;
  t->new_ = bytes_new_slot;
  t->repr = bytes_repr;
  t->hash = bytes_hash_slot;
  t->richcompare = bytes_richcompare;
  t->len = bytes_len;
  t->getitem = bytes_getitem;
  t->contains = bytes_contains;
  t->iter = bytes_iter;
  t->concat = bytes_concat;
  t->repeat = bytes_repeat;
  g_bytes_number.binary[kMod] = bytes_mod;
  t->number = &g_bytes_number;
  t->methods = kBytesMethods;

  Type* it = &BytesIterType;
  static_type_init(it, "bytes_iterator", sizeof(BytesIter), &ObjectType, 0);
  it->dealloc = bytes_iter_dealloc;
  it->iter = bytes_iter_self;
  it->next = bytes_iter_next;
  it->methods = kBytesIterMethods;
}

}  // namespace coil
