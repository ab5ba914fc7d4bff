// memoryview.cpp - memoryview over bytes/bytearray (1-D, format 'B') and the buffer helper get_buffer.
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bytes_impl.h"
#include "vm/runtime.h"

namespace coil {

Type MemoryViewType;
Type MemoryViewIterType;

namespace {

// A view of bytes [start, start + step*length) of the exporter `obj` (bytes or bytearray, or a
// subclass). Views of views point at the original exporter.
struct MemoryView : Object {
  Value obj;  // null once released
  int64_t start;
  int64_t step;
  int64_t length;
  int64_t hash;  // -1 until computed
  uint8_t readonly;
  uint8_t released;
};

inline MemoryView* mv_of(Value v) { return v.as<MemoryView>(); }

char* mv_base(MemoryView* m) {
  if (is_bytes(m->obj)) return as_bytes(m->obj)->data;
  ByteArray* b = m->obj.as<ByteArray>();
  static char empty[1] = {0};
  return b->data ? b->data : empty;
}

inline bool contiguous(MemoryView* m) { return m->step == 1 || m->length <= 1; }

bool check_released(VM& vm, MemoryView* m) {
  if (m->released) {
    raise(vm, &ValueErrorType, "operation forbidden on released memoryview object");
    return false;
  }
  return true;
}

// Copies the viewed bytes into out.
void mv_copy(MemoryView* m, std::string* out) {
  char* base = mv_base(m);
  if (contiguous(m)) {
    out->assign(base + m->start, size_t(m->length));
    return;
  }
  out->resize(size_t(m->length));
  for (int64_t i = 0, k = m->start; i < m->length; ++i, k += m->step) (*out)[size_t(i)] = base[k];
}

// A new view on `obj` (an exporter, not a memoryview); registers the export on a bytearray.
MemoryView* mv_new(VM& vm, Value obj, int64_t start, int64_t step, int64_t length, bool readonly) {
  MemoryView* m = static_cast<MemoryView*>(object_alloc(&MemoryViewType, sizeof(MemoryView)));
  if (!m) {
    raise_memory_error(vm);
    return nullptr;
  }
  m->obj = newref(obj);
  m->start = start;
  m->step = step;
  m->length = length;
  m->hash = -1;
  m->readonly = readonly;
  m->released = 0;
  if (is_bytearray(obj)) obj.as<ByteArray>()->exports++;
  return m;
}

void mv_release(MemoryView* m) {
  if (m->released) return;
  m->released = 1;
  Value obj = m->obj;
  m->obj = Value();
  if (is_bytearray(obj)) obj.as<ByteArray>()->exports--;
  decref(obj);
}

void mv_dealloc(Object* o) {
  mv_release(static_cast<MemoryView*>(o));
  object_free(o, sizeof(MemoryView));
}

MemoryView* mv_from_object(VM& vm, Value obj) {
  if (is_memoryview(obj)) {
    MemoryView* src = mv_of(obj);
    if (!check_released(vm, src)) return nullptr;
    return mv_new(vm, src->obj, src->start, src->step, src->length, src->readonly);
  }
  if (is_bytes(obj)) return mv_new(vm, obj, 0, 1, as_bytes(obj)->size, true);
  if (is_bytearray(obj)) return mv_new(vm, obj, 0, 1, obj.as<ByteArray>()->size, false);
  raisef(vm, &TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", tname(obj));
  return nullptr;
}

}  // namespace

// ============================================================== the buffer helper

bool is_memoryview(Value v) { return v.is_obj() && v.obj()->type == &MemoryViewType; }

bool has_buffer(Value obj) { return is_bytes(obj) || is_bytearray(obj) || is_memoryview(obj); }

bool get_buffer(VM& vm, Value obj, const char** data, int64_t* size, std::string* scratch) {
  if (is_bytes(obj)) {
    Bytes* b = as_bytes(obj);
    *data = b->data;
    *size = b->size;
    return true;
  }
  if (is_bytearray(obj)) {
    ByteArray* b = obj.as<ByteArray>();
    *data = b->data ? b->data : "";
    *size = b->size;
    return true;
  }
  if (is_memoryview(obj)) {
    MemoryView* m = mv_of(obj);
    if (!check_released(vm, m)) return false;
    if (contiguous(m)) {
      *data = mv_base(m) + m->start;
      *size = m->length;
      return true;
    }
    if (!scratch) {
      raise(vm, &BufferErrorType, "memoryview: underlying buffer is not C-contiguous");
      return false;
    }
    mv_copy(m, scratch);
    *data = scratch->data();
    *size = int64_t(scratch->size());
    return true;
  }
  raisef(vm, &TypeErrorType, "a bytes-like object is required, not '%s'", tname(obj));
  return false;
}

bool get_buffer(VM& vm, Value obj, const char** data, int64_t* size) {
  return get_buffer(vm, obj, data, size, nullptr);
}

namespace {

// ============================================================== slots

Value mv_new_slot(VM& vm, Type*, Args a) {
  Value args[1];
  if (!parse_args(vm, a, "memoryview", "object", args)) return Value();
  MemoryView* m = mv_from_object(vm, args[0]);
  return m ? Value(m) : Value();
}

Value mv_repr(VM& vm, Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<%smemory at %p>", mv_of(self)->released ? "released " : "",
                static_cast<void*>(self.obj()));
  Str* s = str_new(buf);
  if (!s) return raise_memory_error(vm);
  return Value(s);
}

bool mv_hash(VM& vm, Value self, int64_t* out) {
  MemoryView* m = mv_of(self);
  if (m->hash != -1) {
    *out = m->hash;
    return true;
  }
  if (!check_released(vm, m)) return false;
  if (!m->readonly) {
    raise(vm, &ValueErrorType, "cannot hash writable memoryview object");
    return false;
  }
  std::string bytes;
  mv_copy(m, &bytes);
  int64_t h = bytes.empty() ? 0 : int64_t(siphash13(bytes.data(), bytes.size()));
  if (h == -1) h = -2;
  m->hash = h;
  *out = h;
  return true;
}

Value mv_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != kEQ && op != kNE) return new_not_implemented();
  bool equal;
  MemoryView* m = mv_of(a);
  if (a == b) {
    equal = true;
  } else if (m->released || (is_memoryview(b) && mv_of(b)->released)) {
    equal = false;
  } else {
    if (!has_buffer(b)) return new_not_implemented();
    std::string x, ys;
    mv_copy(m, &x);
    const char* p;
    int64_t n;
    if (!get_buffer(vm, b, &p, &n, &ys)) return Value();
    equal = int64_t(x.size()) == n && std::memcmp(x.data(), p, size_t(n)) == 0;
  }
  return new_bool(op == kEQ ? equal : !equal);
}

int64_t mv_len(VM& vm, Value self) {
  MemoryView* m = mv_of(self);
  if (!check_released(vm, m)) return -1;
  return m->length;
}

bool mv_index(VM& vm, MemoryView* m, Value key, int64_t* out) {
  int64_t i;
  if (!index_to_i64(vm, key, &i, &IndexErrorType)) return false;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) {
    raise(vm, &IndexErrorType, "index out of bounds on dimension 1");
    return false;
  }
  *out = m->start + i * m->step;
  return true;
}

bool is_index_like(Value v) {
  if (v.is_small() || is_int(v)) return true;
  Type* t = type_of(v);
  return t->number && t->number->index;
}

Value mv_getitem(VM& vm, Value self, Value key) {
  MemoryView* m = mv_of(self);
  if (!check_released(vm, m)) return Value();
  if (is_index_like(key)) {
    int64_t k;
    if (!mv_index(vm, m, key, &k)) return Value();
    if (!check_released(vm, m)) return Value();
    return Value::small(static_cast<unsigned char>(mv_base(m)[k]));
  }
  if (is_slice(key)) {
    int64_t start, stop, step, n;
    if (!slice_unpack(vm, key, m->length, &start, &stop, &step, &n)) return Value();
    if (!check_released(vm, m)) return Value();  // __index__ may have released it
    MemoryView* r = mv_new(vm, m->obj, m->start + start * m->step, m->step * step, n, m->readonly);
    return r ? Value(r) : Value();
  }
  if (key.is_obj() && key.obj() == g_ellipsis) return newref(self);
  if (is_tuple(key)) return raise(vm, &NotImplementedErrorType, "multi-dimensional sub-views are not implemented");
  return raise(vm, &TypeErrorType, "memoryview: invalid slice key");
}

bool mv_setitem(VM& vm, Value self, Value key, Value v) {
  MemoryView* m = mv_of(self);
  if (!check_released(vm, m)) return false;
  if (m->readonly) {
    raise(vm, &TypeErrorType, "cannot modify read-only memory");
    return false;
  }
  if (!v) {
    raise(vm, &TypeErrorType, "cannot delete memory");
    return false;
  }
  if (is_index_like(key)) {
    int64_t k;
    if (!mv_index(vm, m, key, &k)) return false;
    Type* t = type_of(v);
    if (!(v.is_small() || is_int(v) || (t->number && t->number->index))) {
      raise(vm, &TypeErrorType, "memoryview: invalid type for format 'B'");
      return false;
    }
    Value idx = number_index(vm, v);
    if (!idx) return false;
    bool overflow = false;
    int64_t x = int_as_i64(idx, &overflow);
    decref(idx);
    if (overflow || x < 0 || x > 255) {
      raise(vm, &ValueErrorType, "memoryview: invalid value for format 'B'");
      return false;
    }
    if (m->released) return check_released(vm, m);
    mv_base(m)[k] = char(x);
    return true;
  }
  if (is_slice(key)) {
    int64_t start, stop, step, n;
    if (!slice_unpack(vm, key, m->length, &start, &stop, &step, &n)) return false;
    if (!check_released(vm, m)) return false;  // __index__ may have released it
    const char* p;
    int64_t len;
    std::string scratch;
    if (!get_buffer(vm, v, &p, &len, &scratch)) return false;
    if (len != n) {
      raise(vm, &ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures");
      return false;
    }
    std::string copy(p, size_t(len));  // the source may overlap the destination
    char* base = mv_base(m);
    for (int64_t i = 0, k = m->start + start * m->step; i < n; ++i, k += step * m->step) base[k] = copy[size_t(i)];
    return true;
  }
  if (is_tuple(key)) {
    raise(vm, &NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1");
    return false;
  }
  raise(vm, &TypeErrorType, "memoryview: invalid slice key");
  return false;
}

// -------------------------------------------------------------------------- iterator

struct MemIter : Object {
  Value view;  // null when exhausted
  int64_t index;
};

Value mv_iter(VM& vm, Value self) {
  MemoryView* m = mv_of(self);
  if (!check_released(vm, m)) return Value();
  MemIter* it = static_cast<MemIter*>(object_alloc(&MemoryViewIterType, sizeof(MemIter)));
  if (!it) return raise_memory_error(vm);
  it->view = newref(self);
  it->index = 0;
  return Value(it);
}

Value mv_iter_next(VM& vm, Value self) {
  MemIter* it = self.as<MemIter>();
  if (!it->view) return Value::iter_done();
  MemoryView* m = mv_of(it->view);
  if (it->index < m->length) {
    if (!check_released(vm, m)) return Value();
    int64_t k = m->start + it->index * m->step;
    ++it->index;
    return Value::small(static_cast<unsigned char>(mv_base(m)[k]));
  }
  Value v = it->view;
  it->view = Value();
  decref(v);
  return Value::iter_done();
}

Value mv_iter_self(VM&, Value self) { return newref(self); }

void mv_iter_dealloc(Object* o) {
  decref(static_cast<MemIter*>(o)->view);
  object_free(o, sizeof(MemIter));
}

// -------------------------------------------------------------------------- methods

Value mv_tobytes(VM& vm, Args a) {
  Value args[1];
  if (!parse_args(vm, bimpl::without_self(a), "tobytes", "|order", args)) return Value();
  MemoryView* m = mv_of(a[0]);
  if (!check_released(vm, m)) return Value();
  if (args[0] && !is_none(args[0])) {
    if (!is_str(args[0]))
      return raisef(vm, &TypeErrorType, "tobytes() argument 'order' must be str or None, not %s", tname(args[0]));
    std::string_view o = as_str(args[0])->view();
    if (o != "C" && o != "F" && o != "A") return raise(vm, &ValueErrorType, "order must be 'C', 'F' or 'A'");
  }
  std::string out;
  mv_copy(m, &out);
  return bytes_from(vm, out);
}

Value mv_tolist(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "tolist")) return Value();
  MemoryView* m = mv_of(a[0]);
  if (!check_released(vm, m)) return Value();
  std::string out;
  mv_copy(m, &out);
  List* l = list_new(int64_t(out.size()));
  if (!l) return raise_memory_error(vm);
  for (size_t i = 0; i < out.size(); ++i) l->items[i] = Value::small(static_cast<unsigned char>(out[i]));
  return Value(l);
}

Value mv_hex(VM& vm, Args a) {
  Value args[2];
  if (!parse_args(vm, bimpl::without_self(a), "hex", "|sep,bytes_per_sep", args)) return Value();
  MemoryView* m = mv_of(a[0]);
  if (!check_released(vm, m)) return Value();
  std::string out;
  mv_copy(m, &out);
  return bimpl::hex_method(vm, out.data(), int64_t(out.size()), args[0], args[1]);
}

Value mv_release_method(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "release")) return Value();
  mv_release(mv_of(a[0]));
  return new_none();
}

Value mv_toreadonly(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "toreadonly")) return Value();
  MemoryView* m = mv_of(a[0]);
  if (!check_released(vm, m)) return Value();
  MemoryView* r = mv_new(vm, m->obj, m->start, m->step, m->length, true);
  return r ? Value(r) : Value();
}

Value mv_cast(VM& vm, Args a) {
  Value args[2];
  if (!parse_args(vm, bimpl::without_self(a), "cast", "format,|shape", args)) return Value();
  MemoryView* m = mv_of(a[0]);
  if (!check_released(vm, m)) return Value();
  if (!is_str(args[0])) return raise(vm, &TypeErrorType, "memoryview: format argument must be a string");
  std::string_view f = as_str(args[0])->view();
  if (f != "B" && f != "@B") {
    // TODO: formats other than 'B' (Coil's memoryview is 1-D over bytes only)
    return raise(vm, &NotImplementedErrorType, "memoryview: only the format 'B' is supported");
  }
  if (!contiguous(m))
    return raise(vm, &TypeErrorType, "memoryview: casts are restricted to C-contiguous views");
  MemoryView* r = mv_new(vm, m->obj, m->start, 1, m->length, m->readonly);
  return r ? Value(r) : Value();
}

Value mv_enter(VM& vm, Args a) {
  if (!bimpl::noargs(vm, a, "__enter__")) return Value();
  if (!check_released(vm, mv_of(a[0]))) return Value();
  return newref(a[0]);
}

Value mv_exit(VM& vm, Args a) {
  if (!bimpl::check_no_kwargs(vm, a, "__exit__")) return Value();
  mv_release(mv_of(a[0]));
  return new_none();
}

const MethodDef kMemoryViewMethods[] = {
    {"release", mv_release_method, kMethPlain, "Release the underlying buffer exposed by the memoryview object.", nullptr},
    {"tobytes", mv_tobytes, kMethPlain, "Return the data in the buffer as a byte string.", nullptr},
    {"hex", mv_hex, kMethPlain, "Return the data in the buffer as a str of hexadecimal numbers.", nullptr},
    {"tolist", mv_tolist, kMethPlain, "Return the data in the buffer as a list of elements.", nullptr},
    {"cast", mv_cast, kMethPlain, "Cast a memoryview to a new format or shape.", nullptr},
    {"toreadonly", mv_toreadonly, kMethPlain, "Return a readonly version of the memoryview.", nullptr},
    {"__enter__", mv_enter, kMethPlain, nullptr, nullptr},
    {"__exit__", mv_exit, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// -------------------------------------------------------------------------- attributes

#define MV_GETTER(name, expr)                         \
  Value name(VM& vm, Value self) {                    \
    MemoryView* m = mv_of(self);                      \
    if (!check_released(vm, m)) return Value();       \
    return expr;                                      \
  }

MV_GETTER(mv_get_obj, newref(m->obj))
MV_GETTER(mv_get_nbytes, Value::small(m->length))
MV_GETTER(mv_get_readonly, new_bool(m->readonly))
MV_GETTER(mv_get_itemsize, Value::small(1))
MV_GETTER(mv_get_format, Value(str_from_cstr("B")))
MV_GETTER(mv_get_ndim, Value::small(1))
MV_GETTER(mv_get_shape, Value(tuple_of({Value::small(m->length)})))
MV_GETTER(mv_get_strides, Value(tuple_of({Value::small(m->step)})))
MV_GETTER(mv_get_suboffsets, Value(tuple_empty()))
MV_GETTER(mv_get_contiguous, new_bool(contiguous(m)))
#undef MV_GETTER

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", mv_get_obj, nullptr, "The underlying object of the memoryview."},
    {"nbytes", mv_get_nbytes, nullptr, "The amount of space in bytes that the array would use in a contiguous representation."},
    {"readonly", mv_get_readonly, nullptr, "A bool indicating whether the memory is read only."},
    {"itemsize", mv_get_itemsize, nullptr, "The size in bytes of each element of the memoryview."},
    {"format", mv_get_format, nullptr, "A string containing the format (in struct module style)\n for each element in the view."},
    {"ndim", mv_get_ndim, nullptr, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."},
    {"shape", mv_get_shape, nullptr, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."},
    {"strides", mv_get_strides, nullptr, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."},
    {"suboffsets", mv_get_suboffsets, nullptr, "A tuple of integers used internally for PIL-style arrays."},
    {"c_contiguous", mv_get_contiguous, nullptr, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", mv_get_contiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous."},
    {"contiguous", mv_get_contiguous, nullptr, "A bool indicating whether the memory is contiguous."},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

void init_memoryview_type() {
  Type* t = &MemoryViewType;
  static_type_init(t, "memoryview", sizeof(MemoryView), &ObjectType, kTypeSequence);
  t->cdoc = "Create a new memoryview object which references the given object.";
  t->dealloc = mv_dealloc;
  t->new_ = mv_new_slot;
  t->repr = mv_repr;
  t->hash = mv_hash;
  t->richcompare = mv_richcompare;
  t->len = mv_len;
  t->getitem = mv_getitem;
  t->setitem = mv_setitem;
  t->iter = mv_iter;
  t->methods = kMemoryViewMethods;
  t->getsets = kMemoryViewGetSets;

  Type* it = &MemoryViewIterType;
  static_type_init(it, "memory_iterator", sizeof(MemIter), &ObjectType, 0);
  it->dealloc = mv_iter_dealloc;
  it->iter = mv_iter_self;
  it->next = mv_iter_next;
}

}  // namespace coil
