// list.cpp - the list type: storage growth, indexing and slice assignment, methods, timsort, iterators.
//
// Section index
//   1. storage (list_new, list_resize, list_append, list_reserve)
//   2. extend / construction from iterables (plain and coroutine forms)
//   3. sorting (objects/timsort.h with the item comparison)
//   4. slots: repr, compare, len, contains, getitem/setitem (incl. extended slices), + * += *=
//   5. methods (append ... sort)
//   6. list_iterator and list_reverseiterator
//   7. type set-up
#include "objects/generic_alias.h"
#include <cstring>
#include <vector>

#include "objects/argcheck.h"
#include "objects/unhashable.h"
#include "objects/float.h"
#include "objects/repr_guard.h"
#include "objects/slice.h"
#include "objects/timsort.h"
#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/slots.h"

namespace coil {

Type ListType;
Type ListIterType;
Type ListRevIterType;

Co<bool> list_extend_co(VM& vm, List* l, Value iterable);
int64_t length_hint(VM& vm, Value v, int64_t dflt);

// ============================================================== 1. storage

namespace {

inline std::size_t cap_bytes(int64_t cap) { return cap > 0 ? std::size_t(cap) * sizeof(Value) : 0; }
constexpr int64_t kMaxListSize = int64_t(1) << 56;

// CPython's list_resize: over-allocates mildly (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...) and
// sets size. Returns false (no exception set) when the memory cannot be had.
bool list_resize(List* l, int64_t newsize) {
  int64_t allocated = l->capacity;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    l->size = newsize;
    return true;
  }
  if (newsize > kMaxListSize) return false;
  uint64_t alloc = (uint64_t(newsize) + uint64_t(newsize >> 3) + 6) & ~uint64_t(3);
  if (newsize - l->size > int64_t(alloc) - newsize) alloc = (uint64_t(newsize) + 3) & ~uint64_t(3);
  if (newsize == 0) alloc = 0;
  return [&]() {
    if (alloc == 0) {
      heap_free(l->items, cap_bytes(allocated));
      l->items = nullptr;
    } else {
      void* p = heap_realloc(l->items, cap_bytes(allocated), alloc * sizeof(Value));
      if (!p) return false;
      l->items = static_cast<Value*>(p);
    }
    l->capacity = int64_t(alloc);
    l->size = newsize;
    return true;
  }();
}

// Exact preallocation of an empty list (CPython's list_preallocate_exact, rounded up to even).
bool list_preallocate(List* l, int64_t n) {
  n = (n + 1) & ~int64_t(1);
  if (n > kMaxListSize) return false;
  void* p = heap_alloc(std::size_t(n) * sizeof(Value));
  if (!p) return false;
  l->items = static_cast<Value*>(p);
  l->capacity = n;
  return true;
}

// Empties the list; decrefs after the list is in canonical shape.
void list_clear_items(List* l) {
  Value* items = l->items;
  int64_t n = l->size, cap = l->capacity;
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
  for (int64_t i = n; i-- > 0;) decref(items[i]);
  heap_free(items, cap_bytes(cap));
}

}  // namespace

List* list_new(int64_t size) {
  if (size < 0) size = 0;
  if (size > kMaxListSize) return nullptr;
  Value* items = nullptr;
  if (size > 0) {
    items = static_cast<Value*>(heap_alloc(std::size_t(size) * sizeof(Value)));
    if (!items) return nullptr;
    std::memset(static_cast<void*>(items), 0, std::size_t(size) * sizeof(Value));
  }
  List* l = reinterpret_cast<List*>(object_alloc(&ListType, sizeof(List)));
  l->size = size;
  l->capacity = size;
  l->items = items;
  gc_track(l);
  return l;
}

bool list_append(VM& vm, List* l, Value v) {
  int64_t n = l->size;
  if (n < l->capacity) {
    l->items[n] = newref(v);
    l->size = n + 1;
    return true;
  }
  if (!list_resize(l, n + 1)) {
    raise_memory_error(vm);
    return false;
  }
  l->items[n] = newref(v);
  return true;
}

bool list_reserve(VM& vm, List* l, int64_t capacity) {
  if (l->capacity >= capacity) return true;
  int64_t size = l->size;
  if (!list_resize(l, capacity)) {
    raise_memory_error(vm);
    return false;
  }
  l->size = size;
  return true;
}

bool is_list(Value v) { return v.is_obj() && type_has(v.obj()->type, kTypeListSubclass); }

// ============================================================== 2. extend and construction

// PyObject_LengthHint: __len__ if the type has one, else __length_hint__, else dflt; -1 on error.
int64_t length_hint(VM& vm, Value v, int64_t dflt) {
  Type* t = type_of(v);
  if (t->len) {
    int64_t n = t->len(vm, v);
    if (n >= 0) return n;
    if (!error_matches(vm, &TypeErrorType)) return -1;
    clear_error(vm);
  }
  Value hint = type_lookup(t, g_names.length_hint);
  if (!hint) return dflt;
  incref(hint);
  Value r = call_special(vm, hint, v, nullptr, 0);
  decref(hint);
  if (!r) {
    if (!error_matches(vm, &TypeErrorType)) return -1;
    clear_error(vm);
    return dflt;
  }
  if (is_not_implemented(r)) {
    decref(r);
    return dflt;
  }
  if (!is_int(r)) {
    raisef(vm, &TypeErrorType, "__length_hint__ must be an integer, not %s", tname(r));
    decref(r);
    return -1;
  }
  bool overflow = false;
  int64_t n = int_as_i64(int_value(r), &overflow);
  decref(r);
  if (overflow) {
    raise(vm, &OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    raise(vm, &ValueErrorType, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

namespace {

// Appends the items of an exact list or tuple (or of l itself).
bool extend_from_array(VM& vm, List* l, Value src) {
  int64_t n = is_tuple_exact(src) ? src.as<Tuple>()->size : src.as<List>()->size;
  if (n == 0) return true;
  int64_t m = l->size;
  if (!l->items && l->capacity == 0) {
    if (!list_preallocate(l, n)) {
      raise_memory_error(vm);
      return false;
    }
  }
  if (!list_resize(l, m + n)) {
    raise_memory_error(vm);
    return false;
  }
  // Re-read the source after the resize: it may be l itself.
  const Value* from = is_tuple_exact(src) ? src.as<Tuple>()->items : src.as<List>()->items;
  for (int64_t i = 0; i < n; ++i) l->items[m + i] = newref(from[i]);
  return true;
}

bool extend_plain(VM& vm, List* l, Value iterable) {
  if (is_list_exact(iterable) || is_tuple_exact(iterable) || iterable == Value(l))
    return extend_from_array(vm, l, iterable);
  Value it = get_iter(vm, iterable);
  if (!it) return false;
  int64_t hint = length_hint(vm, iterable, 8);
  if (hint < 0) {
    decref(it);
    return false;
  }
  if (hint > 0 && !l->items && l->capacity == 0 && hint < (int64_t(1) << 24)) list_preallocate(l, hint);
  Type* t = type_of(it);
  for (;;) {
    Value item = t->next ? t->next(vm, it) : iter_next(vm, it);
    if (item.is_iter_done()) break;
    if (!item) {
      decref(it);
      return false;
    }
    int64_t n = l->size;
    if (n < l->capacity) {
      l->items[n] = item;  // steal
      l->size = n + 1;
    } else {
      bool ok = list_append(vm, l, item);
      decref(item);
      if (!ok) {
        decref(it);
        return false;
      }
    }
  }
  decref(it);
  return true;
}

}  // namespace

List* list_from_iterable(VM& vm, Value iterable) {
  List* l = list_new(0);
  if (!extend_plain(vm, l, iterable)) {
    decref(l);
    return nullptr;
  }
  return l;
}

// list.extend driven from a coroutine: Python iterators (generators, __next__) are awaited, so
// list(generator) can suspend the task.
Co<bool> list_extend_co(VM& vm, List* l, Value iterable) {
  if (is_list_exact(iterable) || is_tuple_exact(iterable) || iterable == Value(l))
    co_return extend_from_array(vm, l, iterable);
  Value it = get_iter(vm, iterable);
  if (!it) co_return false;
  for (;;) {
    Value item = co_await next_co(vm, it);
    if (item.is_iter_done()) break;
    if (!item) {
      decref(it);
      co_return false;
    }
    bool ok = list_append(vm, l, item);
    decref(item);
    if (!ok) {
      decref(it);
      co_return false;
    }
  }
  decref(it);
  co_return true;
}

// list(iterator) called from Python when the iterator runs Python code (vm/call.cpp): the items
// are awaited, so list(generator) suspends the task when the generator waits for input.
Co<Value> list_call_co(VM& vm, Args a) {
  List* l = list_new(0);
  if (!l) co_return raise_memory_error(vm);
  if (!co_await list_extend_co(vm, l, a[0])) {
    decref(l);
    co_return Value();
  }
  co_return Value(l);
}

// ============================================================== 3. timsort

namespace {

// a < b with fast paths for same-type ints, strs and floats; 1, 0 or -1 on error.
struct ItemLess {
  VM* vm;
  int operator()(Value a, Value b) const {
    if (a.is_small() && b.is_small()) return a.small_value() < b.small_value();
    if (a.is_obj() && b.is_obj()) {
      Type* ta = a.obj()->type;
      if (ta == b.obj()->type) {
        if (ta == &StrType) return str_compare(a.as<Str>(), b.as<Str>()) < 0;
        if (ta == &FloatType) return float_of(a) < float_of(b);
      }
    }
    return rich_compare_bool(*vm, a, b, kLT);
  }
};

// Sorts keys (with values moving alongside, if given); reverse keeps stability like CPython
// (reverse, stable sort, reverse). On error the arrays hold a permutation of the input.
bool sort_arrays(VM& vm, Value* keys, Value* values, int64_t n, bool reverse) {
  if (reverse && n > 1) {
    reverse_range(keys, keys + n);
    if (values) reverse_range(values, values + n);
  }
  TimSort<ItemLess> ts(ItemLess{&vm}, keys, values, n);
  bool ok = ts.run();
  if (reverse && n > 1) {
    reverse_range(keys, keys + n);
    if (values) reverse_range(values, values + n);
  }
  return ok;
}

}  // namespace

bool list_sort_values(VM& vm, Value* items, Value* keys, int64_t n, bool reverse) {
  if (keys) return sort_arrays(vm, keys, items, n, reverse);
  return sort_arrays(vm, items, nullptr, n, reverse);
}

// ============================================================== 4. slots

namespace {

Value list_slice(List* l, int64_t lo, int64_t hi) {
  if (lo < 0) lo = 0;
  if (hi > l->size) hi = l->size;
  if (hi < lo) hi = lo;
  List* r = list_new(hi - lo);
  if (!r) return Value();
  for (int64_t i = lo; i < hi; ++i) r->items[i - lo] = newref(l->items[i]);
  return Value(r);
}

Value list_tp_new(VM& vm, Type* type, Args) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) return raise_memory_error(vm);
  gc_track(o);
  return Value(o);
}

bool list_init(VM& vm, Value self, Args a) {
  Type* type = type_of(self);
  if ((type == &ListType || type->new_ == ListType.new_) && !check_no_kw(vm, a, "list")) return false;
  if (!check_positional(vm, "list", a.n, 0, 1)) return false;
  List* l = self.as<List>();
  if (l->size || l->items) list_clear_items(l);
  if (a.n) return extend_plain(vm, l, a[0]);
  return true;
}

void list_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  list_clear_items(static_cast<List*>(o));
  generic_dealloc(o);
}

void list_traverse(Object* o, VisitFn visit, void* arg) {
  List* l = static_cast<List*>(o);
  for (int64_t i = 0; i < l->size; ++i)
    if (l->items[i].is_obj()) visit(l->items[i].obj(), arg);
}

void list_clear_slot(Object* o) { list_clear_items(static_cast<List*>(o)); }

Value list_repr(VM& vm, Value self) {
  List* l = self.as<List>();
  if (l->size == 0) return Value(str_new("[]"));
  if (repr_enter(vm, self.obj())) return Value(str_new("[...]"));
  std::string out = "[";
  for (int64_t i = 0; i < l->size; ++i) {
    if (i) out += ", ";
    Value item = newref(l->items[i]);
    Value r = repr(vm, item);
    decref(item);
    if (!r) {
      repr_leave(vm, self.obj());
      return Value();
    }
    out += as_str(r)->view();
    decref(r);
  }
  out += "]";
  repr_leave(vm, self.obj());
  return Value(str_new(out));
}

Value cmp_sizes(int64_t a, int64_t b, CompareOp op) {
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

Value list_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return new_not_implemented();
  List* v = a.as<List>();
  List* w = b.as<List>();
  if (v->size != w->size && (op == kEQ || op == kNE)) return new_bool(op == kNE);
  int64_t i = 0;
  for (; i < v->size && i < w->size; ++i) {
    Value x = v->items[i], y = w->items[i];
    if (x == y) continue;
    incref(x);
    incref(y);
    int k = rich_compare_bool(vm, x, y, kEQ);
    decref(x);
    decref(y);
    if (k < 0) return Value();
    if (!k) break;
  }
  if (i >= v->size || i >= w->size) return cmp_sizes(v->size, w->size, op);
  if (op == kEQ) return new_bool(false);
  if (op == kNE) return new_bool(true);
  Value x = newref(v->items[i]), y = newref(w->items[i]);
  Value r = rich_compare(vm, x, y, op);
  decref(x);
  decref(y);
  return r;
}

int64_t list_len(VM&, Value self) { return self.as<List>()->size; }

int list_contains(VM& vm, Value self, Value x) {
  List* l = self.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    Value item = l->items[i];
    if (item == x) return 1;
    incref(item);
    int c = rich_compare_bool(vm, item, x, kEQ);
    decref(item);
    if (c != 0) return c;
  }
  return 0;
}

Value list_getitem(VM& vm, Value self, Value key) {
  List* l = self.as<List>();
  int64_t i;
  if (key.is_small()) {
    i = key.small_value();
  } else if (is_slice(key)) {
    int64_t start, stop, step, n;
    if (!slice_unpack(vm, key, l->size, &start, &stop, &step, &n)) return Value();
    if (n <= 0) return Value(list_new(0));
    if (step == 1) {
      Value r = list_slice(l, start, stop);
      return r ? r : raise_memory_error(vm);
    }
    List* r = list_new(n);
    if (!r) return raise_memory_error(vm);
    for (int64_t k = 0, cur = start; k < n; ++k, cur += step) r->items[k] = newref(l->items[cur]);
    return Value(r);
  } else if (!sequence_index(vm, key, &i, "list")) {
    return Value();
  }
  if (i < 0) i += l->size;
  if (uint64_t(i) >= uint64_t(l->size)) return raise(vm, &IndexErrorType, "list index out of range");
  return newref(l->items[i]);
}

// PySequence_Fast: an exact list/tuple as is (new ref), else a new list of the items.
Value sequence_fast(VM& vm, Value v, const char* msg) {
  if (is_list_exact(v) || is_tuple_exact(v)) return newref(v);
  Value it = get_iter(vm, v);
  if (!it) {
    if (error_matches(vm, &TypeErrorType)) {
      clear_error(vm);
      raise(vm, &TypeErrorType, msg);
    }
    return Value();
  }
  List* l = list_new(0);
  bool ok = extend_plain(vm, l, it);
  decref(it);
  if (!ok) {
    decref(l);
    return Value();
  }
  return Value(l);
}

inline void fast_items(Value seq, Value** items, int64_t* n) {
  if (is_tuple_exact(seq)) {
    *items = seq.as<Tuple>()->items;
    *n = seq.as<Tuple>()->size;
  } else {
    *items = seq.as<List>()->items;
    *n = seq.as<List>()->size;
  }
}

// a[ilow:ihigh] = v (v null: delete). CPython's list_ass_slice.
bool list_ass_slice(VM& vm, List* a, int64_t ilow, int64_t ihigh, Value v) {
  Value seq;
  Value* vitems = nullptr;
  int64_t n = 0;
  if (v) {
    if (v == Value(a)) {
      Value copy = list_slice(a, 0, a->size);
      if (!copy) {
        raise_memory_error(vm);
        return false;
      }
      bool ok = list_ass_slice(vm, a, ilow, ihigh, copy);
      decref(copy);
      return ok;
    }
    seq = sequence_fast(vm, v, "can only assign an iterable");
    if (!seq) return false;
    fast_items(seq, &vitems, &n);
  }
  if (ilow < 0) ilow = 0;
  else if (ilow > a->size) ilow = a->size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a->size) ihigh = a->size;
  int64_t norig = ihigh - ilow;
  int64_t d = n - norig;
  if (a->size + d == 0) {
    decref(seq);
    list_clear_items(a);
    return true;
  }
  // Keep the replaced items until the list is in shape again.
  std::vector<Value> recycle(a->items + ilow, a->items + ihigh);
  int64_t old_size = a->size;
  if (d < 0) {
    std::memmove(static_cast<void*>(a->items + ihigh + d), a->items + ihigh,
                 std::size_t(old_size - ihigh) * sizeof(Value));
    list_resize(a, old_size + d);  // shrinking never fails
  } else if (d > 0) {
    if (!list_resize(a, old_size + d)) {
      decref(seq);
      raise_memory_error(vm);
      return false;
    }
    std::memmove(static_cast<void*>(a->items + ihigh + d), a->items + ihigh,
                 std::size_t(old_size - ihigh) * sizeof(Value));
  }
  for (int64_t k = 0; k < n; ++k) a->items[ilow + k] = newref(vitems[k]);
  for (Value x : recycle) decref(x);
  decref(seq);
  return true;
}

bool list_setitem(VM& vm, Value self, Value key, Value v) {
  List* l = self.as<List>();
  int64_t i;
  if (key.is_small()) {
    i = key.small_value();
  } else if (is_slice(key)) {
    int64_t raw_start, raw_stop, step;
    if (!slice_unpack_raw(vm, key, &raw_start, &raw_stop, &step)) return false;
    int64_t start = raw_start, stop = raw_stop;
    int64_t n = slice_adjust_indices(l->size, &start, &stop, step);
    if (step == 1) return list_ass_slice(vm, l, start, stop, v);
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (!v) {
      if (n <= 0) return true;
      if (step < 0) {
        stop = start + 1;
        start = stop + step * (n - 1) - 1;
        step = -step;
      }
      std::vector<Value> garbage;
      garbage.reserve(std::size_t(n));
      int64_t w = start;
      for (int64_t r = start; r < l->size; ++r) {
        if (r < stop && (r - start) % step == 0) {
          garbage.push_back(l->items[r]);
        } else {
          l->items[w++] = l->items[r];
        }
      }
      list_resize(l, w);
      for (Value x : garbage) decref(x);
      return true;
    }
    Value seq;
    if (v == self) {
      seq = list_slice(l, 0, l->size);
      if (!seq) {
        raise_memory_error(vm);
        return false;
      }
    } else {
      seq = sequence_fast(vm, v, "must assign iterable to extended slice");
      if (!seq) return false;
    }
    Value* items;
    int64_t m;
    fast_items(seq, &items, &m);
    if (m != n) {
      raisef(vm, &ValueErrorType, "attempt to assign sequence of size %lld to extended slice of size %lld",
             static_cast<long long>(m), static_cast<long long>(n));
      decref(seq);
      return false;
    }
    if (n == 0) {
      decref(seq);
      return true;
    }
    // The iterable may have run code that resized the list: recompute the positions.
    start = raw_start;
    stop = raw_stop;
    if (slice_adjust_indices(l->size, &start, &stop, step) != n) {
      decref(seq);
      raise(vm, &ValueErrorType, "list modified during extended slice assignment");
      return false;
    }
    std::vector<Value> garbage(static_cast<std::size_t>(n));
    for (int64_t k = 0, cur = start; k < n; ++k, cur += step) {
      garbage[std::size_t(k)] = l->items[cur];
      l->items[cur] = newref(items[k]);
    }
    for (Value x : garbage) decref(x);
    decref(seq);
    return true;
  } else if (!sequence_index(vm, key, &i, "list")) {
    return false;
  }
  if (i < 0) i += l->size;
  if (uint64_t(i) >= uint64_t(l->size)) {
    raise(vm, &IndexErrorType, "list assignment index out of range");
    return false;
  }
  if (!v) return list_ass_slice(vm, l, i, i + 1, Value());
  Value old = l->items[i];
  l->items[i] = newref(v);
  decref(old);
  return true;
}

Value list_concat(VM& vm, Value a, Value b) {
  if (!is_list(b)) return raisef(vm, &TypeErrorType, "can only concatenate list (not \"%s\") to list", tname(b));
  List* x = a.as<List>();
  List* y = b.as<List>();
  int64_t n = x->size + y->size;
  List* r = list_new(n);
  if (!r) return raise_memory_error(vm);
  for (int64_t i = 0; i < x->size; ++i) r->items[i] = newref(x->items[i]);
  for (int64_t i = 0; i < y->size; ++i) r->items[x->size + i] = newref(y->items[i]);
  return Value(r);
}

Value list_repeat(VM& vm, Value self, int64_t n) {
  List* l = self.as<List>();
  if (n <= 0 || l->size == 0) return Value(list_new(0));
  if (l->size > kMaxListSize / n) return raise_memory_error(vm);
  int64_t total = l->size * n;
  if (heap_would_exceed(cap_bytes(total))) return raise_memory_error(vm);
  List* r = list_new(total);
  if (!r) return raise_memory_error(vm);
  Value* p = r->items;
  int64_t size = l->size;
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < size; ++i) *p++ = newref(l->items[i]);
  return Value(r);
}

Value list_iadd(VM& vm, Value a, Value b) {
  if (!extend_plain(vm, a.as<List>(), b)) return Value();
  return newref(a);
}

Value list_imul(VM& vm, Value a, Value b) {
  Type* tb = type_of(b);
  if (!is_int(b) && !(tb->number && tb->number->index)) return new_not_implemented();
  int64_t n;
  if (!index_to_i64(vm, b, &n, &OverflowErrorType)) return Value();
  List* l = a.as<List>();
  if (n < 1 || l->size == 0) {
    if (n < 1) list_clear_items(l);
    return newref(a);
  }
  if (n == 1) return newref(a);
  int64_t size = l->size;
  if (size > kMaxListSize / n) return raise_memory_error(vm);
  if (heap_would_exceed(cap_bytes(size * n))) return raise_memory_error(vm);
  if (!list_resize(l, size * n)) return raise_memory_error(vm);
  for (int64_t k = 1; k < n; ++k)
    for (int64_t i = 0; i < size; ++i) l->items[k * size + i] = newref(l->items[i]);
  return newref(a);
}

NumberSlots g_list_number;

// ============================================================== 5. methods

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

Value m_append(VM& vm, Args a) {
  if (a.n != 2 || a.kwnames) {
    if (!check_meth_o(vm, a, "list.append")) return Value();
  }
  if (!list_append(vm, a[0].as<List>(), a[1])) return Value();
  return new_none();
}

Value m_clear(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "list.clear")) return Value();
  list_clear_items(a[0].as<List>());
  return new_none();
}

Value m_copy(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "list.copy")) return Value();
  List* l = a[0].as<List>();
  Value r = list_slice(l, 0, l->size);
  return r ? r : raise_memory_error(vm);
}

Value m_count(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "list.count")) return Value();
  List* l = a[0].as<List>();
  int64_t n = 0;
  for (int64_t i = 0; i < l->size; ++i) {
    Value item = l->items[i];
    if (item == a[1]) {
      ++n;
      continue;
    }
    incref(item);
    int c = rich_compare_bool(vm, item, a[1], kEQ);
    decref(item);
    if (c < 0) return Value();
    n += c;
  }
  return Value::small(n);
}

Value m_extend(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "list.extend")) return Value();
  if (!extend_plain(vm, a[0].as<List>(), a[1])) return Value();
  return new_none();
}

Value m_index(VM& vm, Args a) {
  if (!check_pos_only(vm, a, "index", 1, 3)) return Value();
  List* l = a[0].as<List>();
  int64_t start = 0, stop = INT64_MAX;
  if (a.n > 2 && !slice_index_not_none(vm, a[2], &start)) return Value();
  if (a.n > 3 && !slice_index_not_none(vm, a[3], &stop)) return Value();
  if (start < 0) {
    start += l->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += l->size;
    if (stop < 0) stop = 0;
  }
  for (int64_t i = start; i < stop && i < l->size; ++i) {
    Value item = l->items[i];
    if (item == a[1]) return Value::small(i);
    incref(item);
    int c = rich_compare_bool(vm, item, a[1], kEQ);
    decref(item);
    if (c < 0) return Value();
    if (c) return Value::small(i);
  }
  Value r = repr(vm, a[1]);
  if (!r) return Value();
  std::string msg(as_str(r)->view());
  decref(r);
  return raise(vm, &ValueErrorType, msg + " is not in list");
}

Value m_insert(VM& vm, Args a) {
  if (!check_pos_only(vm, a, "insert", 2, 2)) return Value();
  int64_t where;
  if (!ssize_arg(vm, a[1], &where)) return Value();
  List* l = a[0].as<List>();
  int64_t n = l->size;
  if (!list_resize(l, n + 1)) return raise_memory_error(vm);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  for (int64_t i = n; --i >= where;) l->items[i + 1] = l->items[i];
  l->items[where] = newref(a[2]);
  return new_none();
}

Value m_pop(VM& vm, Args a) {
  if (!check_pos_only(vm, a, "pop", 0, 1)) return Value();
  int64_t index = -1;
  if (a.n > 1 && !ssize_arg(vm, a[1], &index)) return Value();
  List* l = a[0].as<List>();
  if (l->size == 0) return raise(vm, &IndexErrorType, "pop from empty list");
  if (index < 0) index += l->size;
  if (uint64_t(index) >= uint64_t(l->size)) return raise(vm, &IndexErrorType, "pop index out of range");
  Value v = l->items[index];
  if (index == l->size - 1) {
    list_resize(l, l->size - 1);
    return v;  // the list's reference
  }
  std::memmove(static_cast<void*>(l->items + index), l->items + index + 1,
               std::size_t(l->size - index - 1) * sizeof(Value));
  list_resize(l, l->size - 1);
  return v;
}

Value m_remove(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "list.remove")) return Value();
  List* l = a[0].as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    Value item = l->items[i];
    int c = 1;
    if (item != a[1]) {
      incref(item);
      c = rich_compare_bool(vm, item, a[1], kEQ);
      decref(item);
    }
    if (c < 0) return Value();
    if (c) {
      if (!list_ass_slice(vm, l, i, i + 1, Value())) return Value();
      return new_none();
    }
  }
  return raise(vm, &ValueErrorType, "list.remove(x): x not in list");
}

Value m_reverse(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "list.reverse")) return Value();
  List* l = a[0].as<List>();
  if (l->size > 1) reverse_range(l->items, l->items + l->size);
  return new_none();
}

Value m_reversed(VM& vm, Args a);
Value m_sizeof(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "list.__sizeof__")) return Value();
  List* l = a[0].as<List>();
  int64_t cap = l->capacity > 0 ? l->capacity : 0;
  return Value::small(int64_t(type_of(a[0])->basicsize) + cap * int64_t(sizeof(Value)));
}

const MethodDef kListMethods[] = {
    {"__class_getitem__", generic_alias_class_getitem, kMethClass, "See PEP 585", nullptr},
    {"__reversed__", m_reversed, kMethPlain, "Return a reverse iterator over the list.", nullptr},
    {"__sizeof__", m_sizeof, kMethPlain, "Return the size of the list in memory, in bytes.", nullptr},
    {"clear", m_clear, kMethPlain, "Remove all items from list.", nullptr},
    {"copy", m_copy, kMethPlain, "Return a shallow copy of the list.", nullptr},
    {"append", m_append, kMethPlain, "Append object to the end of the list.", nullptr},
    {"insert", m_insert, kMethPlain, "Insert object before index.", nullptr},
    {"extend", m_extend, kMethPlain, "Extend list by appending elements from the iterable.", nullptr},
    {"pop", m_pop, kMethPlain,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.",
     nullptr},
    {"remove", m_remove, kMethPlain,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present.", nullptr},
    {"index", m_index, kMethPlain, "Return first index of value.\n\nRaises ValueError if the value is not present.",
     nullptr},
    {"count", m_count, kMethPlain, "Return number of occurrences of value.", nullptr},
    {"reverse", m_reverse, kMethPlain, "Reverse *IN PLACE*.", nullptr},
    {"sort", nullptr, kMethCo,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) "
     "and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once "
     "to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse "
     "flag can be set to sort in descending order.",
     list_sort_co},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

// list.sort(*, key=None, reverse=False): keys are computed first with suspendable calls, then the
// items are sorted with plain comparisons. The list is empty while it is being sorted; any change
// made meanwhile (by a key function or a comparison) is discarded and reported.
Co<Value> list_sort_co(VM& vm, Args a) {
  if (a.n > 1) {
    raise(vm, &TypeErrorType, "sort() takes no positional arguments");
    co_return Value();
  }
  Value key, reverse_arg;
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    Str* name = a.kwname(i);
    if (str_eq_ascii(name, "key")) {
      key = a.kwvalue(i);
    } else if (str_eq_ascii(name, "reverse")) {
      reverse_arg = a.kwvalue(i);
    } else {
      raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for sort()", name->data);
      co_return Value();
    }
  }
  bool reverse = false;
  if (reverse_arg) {
    Value r = number_index(vm, reverse_arg);
    if (!r) co_return Value();
    bool overflow = false;
    int64_t x = int_as_i64(r, &overflow);
    decref(r);
    if (overflow || x > INT32_MAX || x < INT32_MIN) {
      raise(vm, &OverflowErrorType, "Python int too large to convert to C int");
      co_return Value();
    }
    reverse = x != 0;
  }
  if (key && is_none(key)) key = Value();
  List* self = a[0].as<List>();
  int64_t n = self->size;
  Value* saved = self->items;
  int64_t saved_cap = self->capacity;
  self->size = 0;
  self->items = nullptr;
  self->capacity = -1;  // any mutation makes it >= 0

  bool ok = true;
  std::vector<Value> keys;
  if (key) {
    keys.reserve(std::size_t(n));
    for (int64_t i = 0; i < n; ++i) {
      Value k = co_await call_co1(vm, key, saved[i]);
      if (!k) {
        ok = false;
        break;
      }
      keys.push_back(k);
    }
  }
  bool key_failed = !ok;
  if (ok) {
    if (key) ok = sort_arrays(vm, keys.data(), saved, n, reverse);
    else ok = sort_arrays(vm, saved, nullptr, n, reverse);
  }
  for (Value k : keys) decref(k);
  if (!key_failed && self->capacity != -1 && ok) {
    raise(vm, &ValueErrorType, "list modified during sort");
    ok = false;
  }
  // Put the saved items back; drop whatever was added meanwhile.
  Value* final_items = self->items;
  int64_t final_size = self->size, final_cap = self->capacity;
  self->items = saved;
  self->size = n;
  self->capacity = saved_cap;
  if (final_items) {
    for (int64_t i = final_size; i-- > 0;) decref(final_items[i]);
    heap_free(final_items, cap_bytes(final_cap));
  }
  if (!ok) co_return Value();
  co_return new_none();
}

// ============================================================== 6. iterators

namespace {

struct ListIter : Object {
  int64_t index;
  List* seq;  // null when exhausted
};

Value iter_self(VM&, Value self) { return newref(self); }

Value new_list_iter(Type* type, List* l, int64_t index) {
  ListIter* it = reinterpret_cast<ListIter*>(object_alloc(type, sizeof(ListIter)));
  it->index = index;
  it->seq = newref(l);
  gc_track(it);
  return Value(it);
}

Value list_iter(VM&, Value self) { return new_list_iter(&ListIterType, self.as<List>(), 0); }

Value m_reversed(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "list.__reversed__")) return Value();
  List* l = a[0].as<List>();
  return new_list_iter(&ListRevIterType, l, l->size - 1);
}

Value listiter_next(VM&, Value self) {
  ListIter* it = self.as<ListIter>();
  List* l = it->seq;
  if (!l) return Value::iter_done();
  if (it->index < l->size) return newref(l->items[it->index++]);
  it->seq = nullptr;
  decref(l);
  return Value::iter_done();
}

Value listreviter_next(VM&, Value self) {
  ListIter* it = self.as<ListIter>();
  List* l = it->seq;
  if (!l) return Value::iter_done();
  if (it->index >= 0 && it->index < l->size) return newref(l->items[it->index--]);
  it->index = -1;
  it->seq = nullptr;
  decref(l);
  return Value::iter_done();
}

void listiter_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  xdecref(static_cast<ListIter*>(o)->seq);
  generic_dealloc(o);
}

void listiter_traverse(Object* o, VisitFn visit, void* arg) {
  ListIter* it = static_cast<ListIter*>(o);
  if (it->seq) visit(it->seq, arg);
}

void listiter_clear(Object* o) {
  ListIter* it = static_cast<ListIter*>(o);
  List* l = it->seq;
  it->seq = nullptr;
  xdecref(l);
}

Value listiter_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "list_iterator.__length_hint__")) return Value();
  ListIter* it = a[0].as<ListIter>();
  if (it->seq) {
    int64_t n = it->seq->size - it->index;
    if (n >= 0) return Value::small(n);
  }
  return Value::small(0);
}

Value listreviter_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "list_reverseiterator.__length_hint__")) return Value();
  ListIter* it = a[0].as<ListIter>();
  int64_t n = it->index + 1;
  if (!it->seq || it->seq->size < n) n = 0;
  return Value::small(n);
}

const MethodDef kListIterMethods[] = {
    {"__length_hint__", listiter_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kListRevIterMethods[] = {
    {"__length_hint__", listreviter_length_hint, kMethPlain,
     "Private method returning an estimate of len(list(it)).", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

// ============================================================== 7. type set-up

void init_list_type() {
  Type* t = &ListType;
  static_type_init(t, "list", sizeof(List), &ObjectType,
                   kTypeBaseType | kTypeHasGC | kTypeListSubclass | kTypeSequence);
  t->cdoc =
      "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
      "The argument must be an iterable if specified.";
  t->new_ = list_tp_new;
  t->init = list_init;
  t->dealloc = list_dealloc;
  t->traverse = list_traverse;
  t->clear = list_clear_slot;
  t->repr = list_repr;
  t->richcompare = list_richcompare;
  t->len = list_len;
  t->contains = list_contains;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->iter = list_iter;
  t->concat = list_concat;
  t->repeat = list_repeat;
  g_list_number.inplace[kAdd] = list_iadd;
  g_list_number.inplace[kMul] = list_imul;
  t->number = &g_list_number;
  t->methods = kListMethods;
  mark_unhashable(t);

  t = &ListIterType;
  static_type_init(t, "list_iterator", sizeof(ListIter), &ObjectType, kTypeHasGC | kTypeDisallowInstantiation);
  t->dealloc = listiter_dealloc;
  t->traverse = listiter_traverse;
  t->clear = listiter_clear;
  t->iter = iter_self;
  t->next = listiter_next;
  t->methods = kListIterMethods;

  t = &ListRevIterType;
  static_type_init(t, "list_reverseiterator", sizeof(ListIter), &ObjectType, kTypeHasGC | kTypeDisallowInstantiation);
  t->dealloc = listiter_dealloc;
  t->traverse = listiter_traverse;
  t->clear = listiter_clear;
  t->iter = iter_self;
  t->next = listreviter_next;
  t->methods = kListRevIterMethods;
}

}  // namespace coil
