// tuple.cpp - the tuple type: construction, repr, CPython's xxHash-based hash, comparison, indexing, iteration.
#include "objects/generic_alias.h"
#include <cstring>

#include "objects/argcheck.h"
#include "objects/boxed.h"
#include "objects/repr_guard.h"
#include "objects/slice.h"
#include "vm/runtime.h"

namespace coil {

Type TupleType;
Type TupleIterType;

namespace {

Tuple* g_empty_tuple = nullptr;

inline std::size_t tuple_bytes(int64_t n) {
  std::size_t s = offsetof(Tuple, items) + std::size_t(n) * sizeof(Value);
  return s < sizeof(Tuple) ? sizeof(Tuple) : s;
}

Tuple* tuple_alloc(int64_t n) {
  Tuple* t = reinterpret_cast<Tuple*>(object_alloc(&TupleType, tuple_bytes(n)));
  if (!t) return nullptr;
  t->size = n;
  t->hash_cache = -1;
  gc_track(t);
  return t;
}

}  // namespace

// ------------------------------------------------------------------------ construction

Tuple* tuple_new(int64_t n) {
  if (n <= 0) return tuple_empty();
  if (uint64_t(n) > (uint64_t(1) << 58)) return nullptr;
  return tuple_alloc(n);
}

Tuple* tuple_empty() {
  if (!g_empty_tuple) {
    g_empty_tuple = reinterpret_cast<Tuple*>(object_alloc(&TupleType, sizeof(Tuple)));
    g_empty_tuple->size = 0;
    g_empty_tuple->hash_cache = -1;
    g_empty_tuple->refcount = 1u << 30;  // immortal in practice
  }
  return newref(g_empty_tuple);
}

Tuple* tuple_of(std::initializer_list<Value> items) {
  Tuple* t = tuple_new(int64_t(items.size()));
  int64_t i = 0;
  for (Value v : items) t->items[i++] = newref(v);
  return t;
}

Tuple* tuple_from_array(const Value* items, int64_t n) {
  Tuple* t = tuple_new(n);
  if (!t) return nullptr;
  for (int64_t i = 0; i < n; ++i) t->items[i] = newref(items[i]);
  return t;
}

bool is_tuple(Value v) { return v.is_obj() && type_has(v.obj()->type, kTypeTupleSubclass); }

Tuple* as_tuple(Value v) {
  Object* o = v.obj();
  if (o->type == &TupleType) return static_cast<Tuple*>(o);
  return static_cast<Boxed*>(o)->value.as<Tuple>();
}

Tuple* tuple_from_iterable(VM& vm, Value iterable) {
  if (is_tuple_exact(iterable)) return newref(iterable.as<Tuple>());
  if (is_list_exact(iterable)) {
    List* l = iterable.as<List>();
    Tuple* t = tuple_new(l->size);
    if (!t) {
      raise_memory_error(vm);
      return nullptr;
    }
    for (int64_t i = 0; i < l->size; ++i) t->items[i] = newref(l->items[i]);
    return t;
  }
  List* tmp = list_from_iterable(vm, iterable);
  if (!tmp) return nullptr;
  Tuple* t = tuple_new(tmp->size);
  if (!t) {
    decref(tmp);
    raise_memory_error(vm);
    return nullptr;
  }
  for (int64_t i = 0; i < tmp->size; ++i) t->items[i] = tmp->items[i];  // moved
  tmp->size = 0;
  decref(tmp);
  return t;
}

namespace {

Tuple* tuple_slice(Tuple* t, int64_t lo, int64_t hi) {
  if (lo < 0) lo = 0;
  if (hi > t->size) hi = t->size;
  if (hi < lo) hi = lo;
  if (lo == 0 && hi == t->size) return newref(t);
  return tuple_from_array(t->items + lo, hi - lo);
}

// ------------------------------------------------------------------------ slots

void tuple_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  if (o->type != &TupleType) {  // a boxed subclass instance reaching the base dealloc
    Boxed* b = static_cast<Boxed*>(o);
    Value v = b->value;
    b->value = Value();
    decref(v);
    object_free(o, o->type->basicsize);
    return;
  }
  Tuple* t = static_cast<Tuple*>(o);
  int64_t n = t->size;
  for (int64_t i = n; i-- > 0;) decref(t->items[i]);  // last item first, like CPython
  if (t == g_empty_tuple) g_empty_tuple = nullptr;
  object_free(o, tuple_bytes(n));
}

void tuple_traverse(Object* o, VisitFn visit, void* arg) {
  if (o->type != &TupleType) {
    Value v = static_cast<Boxed*>(o)->value;
    if (v.is_obj()) visit(v.obj(), arg);
    return;
  }
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < t->size; ++i)
    if (t->items[i].is_obj()) visit(t->items[i].obj(), arg);
}

Value tuple_tp_new(VM& vm, Type* type, Args a) {
  if ((type == &TupleType || type->init == TupleType.init) && !check_no_kw(vm, a, "tuple")) return Value();
  if (!check_positional(vm, "tuple", a.n, 0, 1)) return Value();
  Tuple* t = a.n ? tuple_from_iterable(vm, a[0]) : tuple_empty();
  if (!t) return Value();
  if (type == &TupleType) return Value(t);
  return boxed_new(vm, type, Value(t));
}

Value tuple_repr(VM& vm, Value self) {
  Tuple* t = as_tuple(self);
  if (t->size == 0) return Value(str_new("()"));
  if (repr_enter(vm, self.obj())) return Value(str_new("(...)"));
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    Value r = repr(vm, t->items[i]);
    if (!r) {
      repr_leave(vm, self.obj());
      return Value();
    }
    out += as_str(r)->view();
    decref(r);
  }
  out += t->size == 1 ? ",)" : ")";
  repr_leave(vm, self.obj());
  return Value(str_new(out));
}

// CPython 3.11's tuplehash (xxHash-inspired), bit-exact for 64-bit hashes.
bool tuple_hash(VM& vm, Value self, int64_t* out) {
  Tuple* t = as_tuple(self);
  constexpr uint64_t kP1 = 11400714785074694791ULL;
  constexpr uint64_t kP2 = 14029467366897019727ULL;
  constexpr uint64_t kP5 = 2870177450012600261ULL;
  uint64_t acc = kP5;
  if (!enter_recursion(vm, " while hashing a tuple")) return false;
  for (int64_t i = 0; i < t->size; ++i) {
    int64_t h;
    if (!hash_value(vm, t->items[i], &h)) {
      leave_recursion(vm);
      return false;
    }
    acc += uint64_t(h) * kP2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kP1;
  }
  leave_recursion(vm);
  acc += uint64_t(t->size) ^ (kP5 ^ 3527539ULL);
  if (acc == uint64_t(-1)) {
    *out = 1546275796;
    return true;
  }
  *out = int64_t(acc);
  return true;
}

Value compare_sizes(int64_t a, int64_t b, CompareOp op) {
  bool r = false;
  switch (op) {
    case kLT: r = a < b; break;
    case kLE: r = a <= b; break;
    case kEQ: r = a == b; break;
    case kNE: r = a != b; break;
    case kGT: r = a > b; break;
    case kGE: r = a >= b; break;
  }
  return new_bool(r);
}

Value tuple_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return new_not_implemented();
  Tuple* v = as_tuple(a);
  Tuple* w = as_tuple(b);
  int64_t i = 0;
  for (; i < v->size && i < w->size; ++i) {
    int k = rich_compare_bool(vm, v->items[i], w->items[i], kEQ);
    if (k < 0) return Value();
    if (!k) break;
  }
  if (i >= v->size || i >= w->size) return compare_sizes(v->size, w->size, op);
  if (op == kEQ) return new_bool(false);
  if (op == kNE) return new_bool(true);
  return rich_compare(vm, v->items[i], w->items[i], op);
}

int64_t tuple_len(VM&, Value self) { return as_tuple(self)->size; }

int tuple_contains(VM& vm, Value self, Value x) {
  Tuple* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; ++i) {
    int c = rich_compare_bool(vm, t->items[i], x, kEQ);
    if (c != 0) return c;
  }
  return 0;
}

Value tuple_getitem(VM& vm, Value self, Value key) {
  Tuple* t = as_tuple(self);
  if (key.is_small()) {
    int64_t i = key.small_value();
    if (i < 0) i += t->size;
    if (uint64_t(i) >= uint64_t(t->size)) return raise(vm, &IndexErrorType, "tuple index out of range");
    return newref(t->items[i]);
  }
  if (is_slice(key)) {
    int64_t start, stop, step, n;
    if (!slice_unpack(vm, key, t->size, &start, &stop, &step, &n)) return Value();
    if (n <= 0) return Value(tuple_empty());
    if (start == 0 && step == 1 && n == t->size && is_tuple_exact(self)) return newref(self);
    Tuple* r = tuple_new(n);
    for (int64_t i = 0, cur = start; i < n; ++i, cur += step) r->items[i] = newref(t->items[cur]);
    return Value(r);
  }
  int64_t i;
  if (!sequence_index(vm, key, &i, "tuple")) return Value();
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) return raise(vm, &IndexErrorType, "tuple index out of range");
  return newref(t->items[i]);
}

Value tuple_concat(VM& vm, Value a, Value b) {
  if (!is_tuple(b))
    return raisef(vm, &TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", tname(b));
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  if (y->size == 0 && is_tuple_exact(a)) return newref(a);
  if (x->size == 0 && is_tuple_exact(b)) return newref(b);
  int64_t n = x->size + y->size;
  Tuple* r = tuple_new(n);
  if (!r) return raise_memory_error(vm);
  for (int64_t i = 0; i < x->size; ++i) r->items[i] = newref(x->items[i]);
  for (int64_t i = 0; i < y->size; ++i) r->items[x->size + i] = newref(y->items[i]);
  return Value(r);
}

Value tuple_repeat(VM& vm, Value self, int64_t n) {
  Tuple* t = as_tuple(self);
  if (t->size == 0 || n <= 0) return Value(tuple_empty());
  if (n == 1 && is_tuple_exact(self)) return newref(self);
  if (t->size > INT64_MAX / 8 / n) return raise_memory_error(vm);
  int64_t total = t->size * n;
  if (heap_would_exceed(tuple_bytes(total))) return raise_memory_error(vm);
  Tuple* r = tuple_new(total);
  if (!r) return raise_memory_error(vm);
  Value* p = r->items;
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < t->size; ++i) *p++ = newref(t->items[i]);
  return Value(r);
}

// ------------------------------------------------------------------------ methods

// _PyEval_SliceIndexNotNone: start/stop arguments of index().
bool slice_index_not_none(VM& vm, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Type* t = type_of(v);
  if (!is_int(v) && !(t->number && t->number->index)) {
    raise(vm, &TypeErrorType, "slice indices must be integers or have an __index__ method");
    return false;
  }
  return index_to_i64(vm, v, out, nullptr);
}

Value tuple_count(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "tuple.count")) return Value();
  Tuple* t = as_tuple(a[0]);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    int c = rich_compare_bool(vm, t->items[i], a[1], kEQ);
    if (c < 0) return Value();
    n += c;
  }
  return Value::small(n);
}

Value tuple_index(VM& vm, Args a) {
  if (!check_pos_only(vm, a, "index", 1, 3)) return Value();
  Tuple* t = as_tuple(a[0]);
  int64_t start = 0, stop = INT64_MAX;
  if (a.n > 2 && !slice_index_not_none(vm, a[2], &start)) return Value();
  if (a.n > 3 && !slice_index_not_none(vm, a[3], &stop)) return Value();
  if (start < 0) {
    start += t->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += t->size;
  } else if (stop > t->size) {
    stop = t->size;
  }
  for (int64_t i = start; i < stop; ++i) {
    int c = rich_compare_bool(vm, t->items[i], a[1], kEQ);
    if (c < 0) return Value();
    if (c) return Value::small(i);
  }
  return raise(vm, &ValueErrorType, "tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "tuple.__getnewargs__")) return Value();
  Tuple* t = as_tuple(a[0]);
  Tuple* copy = tuple_from_array(t->items, t->size);
  Tuple* r = tuple_of({Value(copy)});
  decref(copy);
  return Value(r);
}

Value tuple_sizeof(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "tuple.__sizeof__")) return Value();
  // CPython: a 24-byte header plus one pointer per item (subclasses add their own fields)
  int64_t extra = is_tuple_exact(a[0]) ? 0 : int64_t(type_of(a[0])->basicsize);
  return Value::small(24 + extra + as_tuple(a[0])->size * int64_t(sizeof(Value)));
}

const MethodDef kTupleMethods[] = {
    {"__class_getitem__", generic_alias_class_getitem, kMethClass, "See PEP 585", nullptr},
    {"__getnewargs__", tuple_getnewargs, kMethPlain, nullptr, nullptr},
    {"__sizeof__", tuple_sizeof, kMethPlain, "Size of object in memory, in bytes.", nullptr},
    {"index", tuple_index, kMethPlain,
     "Return first index of value.\n\nRaises ValueError if the value is not present.", nullptr},
    {"count", tuple_count, kMethPlain, "Return number of occurrences of value.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ------------------------------------------------------------------------ tuple_iterator

struct TupleIter : Object {
  int64_t index;
  Tuple* seq;  // null when exhausted
};

Value tuple_iter(VM&, Value self) {
  TupleIter* it = reinterpret_cast<TupleIter*>(object_alloc(&TupleIterType, sizeof(TupleIter)));
  it->index = 0;
  it->seq = newref(as_tuple(self));
  gc_track(it);
  return Value(it);
}

Value tupleiter_next(VM&, Value self) {
  TupleIter* it = self.as<TupleIter>();
  Tuple* t = it->seq;
  if (!t) return Value::iter_done();
  if (it->index < t->size) return newref(t->items[it->index++]);
  it->seq = nullptr;
  decref(t);
  return Value::iter_done();
}

Value iter_self(VM&, Value self) { return newref(self); }

void tupleiter_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  xdecref(static_cast<TupleIter*>(o)->seq);
  generic_dealloc(o);
}

void tupleiter_traverse(Object* o, VisitFn visit, void* arg) {
  TupleIter* it = static_cast<TupleIter*>(o);
  if (it->seq) visit(it->seq, arg);
}

void tupleiter_clear(Object* o) {
  TupleIter* it = static_cast<TupleIter*>(o);
  Tuple* t = it->seq;
  it->seq = nullptr;
  xdecref(t);
}

Value tupleiter_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "tuple_iterator.__length_hint__")) return Value();
  TupleIter* it = a[0].as<TupleIter>();
  int64_t n = it->seq ? it->seq->size - it->index : 0;
  return Value::small(n < 0 ? 0 : n);
}

const MethodDef kTupleIterMethods[] = {
    {"__length_hint__", tupleiter_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

void init_tuple_type() {
  Type* t = &TupleType;
  static_type_init(t, "tuple", sizeof(Tuple), &ObjectType,
                   kTypeBaseType | kTypeHasGC | kTypeTupleSubclass | kTypeSequence);
  t->itemsize = sizeof(Value);
  t->cdoc =
      "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
      "If iterable is specified the tuple is initialized from iterable's items.\n\n"
      "If the argument is a tuple, the return value is the same object.";
  t->new_ = tuple_tp_new;
  t->dealloc = tuple_dealloc;
  t->traverse = tuple_traverse;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->richcompare = tuple_richcompare;
  t->len = tuple_len;
  t->contains = tuple_contains;
  t->getitem = tuple_getitem;
  t->iter = tuple_iter;
  t->concat = tuple_concat;
  t->repeat = tuple_repeat;
  t->methods = kTupleMethods;

  t = &TupleIterType;
  static_type_init(t, "tuple_iterator", sizeof(TupleIter), &ObjectType, kTypeHasGC | kTypeDisallowInstantiation);
  t->dealloc = tupleiter_dealloc;
  t->traverse = tupleiter_traverse;
  t->clear = tupleiter_clear;
  t->iter = iter_self;
  t->next = tupleiter_next;
  t->methods = kTupleIterMethods;
}

}  // namespace coil
