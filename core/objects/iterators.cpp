// iterators.cpp - enumerate, zip, map, filter, reversed, the sequence iterator and callable_iterator.
//
// Their next slots call Python through the plain protocol (nested runs when a user __next__,
// __getitem__ or function is involved).
#include "objects/iterators.h"

#include <vector>

#include "objects/argcheck.h"
#include "vm/runtime.h"
#include "vm/slots.h"

namespace coil {

Type EnumerateType, ZipType, MapType, FilterType, ReversedType, SeqIterType, CallableIterType;

namespace {

Value iter_self(VM&, Value self) { return newref(self); }

Object* alloc_iter(VM& vm, Type* type) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) {
    raise_memory_error(vm);
    return nullptr;
  }
  gc_track(o);
  return o;
}

// Finds keyword `name` in a call's keywords (borrowed value, or null).
Value kwarg(Args a, const char* name, uint32_t* used) {
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    if (str_eq_ascii(a.kwname(i), name)) {
      ++*used;
      return a.kwvalue(i);
    }
  }
  return Value();
}

// ------------------------------------------------------------------------ enumerate

struct Enumerate : Object {
  int64_t index;     // INT64_MAX: continue with long_index
  Value it;
  Value long_index;  // null until the index passes INT64_MAX
};

Value enumerate_tp_new(VM& vm, Type* type, Args a) {
  uint32_t nkw = a.nkw();
  if (a.n + nkw > 2) return raisef(vm, &TypeErrorType, "enumerate() takes at most 2 arguments (%u given)", a.n + nkw);
  Value iterable = a.n >= 1 ? a[0] : Value();
  Value start = a.n >= 2 ? a[1] : Value();
  auto invalid = [&](Str* name) {
    return raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for enumerate()", name->data);
  };
  // CPython 3.11's parser: unknown names first, then names already given positionally.
  for (uint32_t i = 0; i < nkw; ++i)
    if (!str_eq_ascii(a.kwname(i), "iterable") && !str_eq_ascii(a.kwname(i), "start")) return invalid(a.kwname(i));
  for (uint32_t i = 0; i < nkw; ++i) {
    Str* name = a.kwname(i);
    bool is_iterable = str_eq_ascii(name, "iterable");
    if ((is_iterable && iterable) || (!is_iterable && start)) return invalid(name);
    if (is_iterable) iterable = a.kwvalue(i);
    else start = a.kwvalue(i);
  }
  if (!iterable) {
    if (nkw) return invalid(a.kwname(0));
    return raise(vm, &TypeErrorType, "enumerate() missing required argument 'iterable'");
  }
  int64_t index = 0;
  Value long_index;
  if (start) {
    Value s = number_index(vm, start);
    if (!s) return Value();
    bool overflow = false;
    index = int_as_i64(s, &overflow);
    if (overflow) {
      index = INT64_MAX;
      long_index = s;
    } else {
      decref(s);
    }
  }
  Value it = get_iter(vm, iterable);
  if (!it) {
    decref(long_index);
    return Value();
  }
  Enumerate* e = static_cast<Enumerate*>(alloc_iter(vm, type));
  if (!e) {
    decref(it);
    decref(long_index);
    return Value();
  }
  e->index = index;
  e->it = it;
  e->long_index = long_index;
  return Value(e);
}

Value enumerate_next(VM& vm, Value self) {
  Enumerate* e = self.as<Enumerate>();
  Value item = iter_next(vm, e->it);
  if (!item || item.is_iter_done()) return item;
  Value idx;
  if (e->index == INT64_MAX) {
    if (!e->long_index) e->long_index = int_from_i64(INT64_MAX);
    idx = e->long_index;
    Value next = int_add(vm, idx, Value::small(1));
    if (!next) {
      decref(item);
      return Value();
    }
    e->long_index = next;  // idx keeps the old reference
  } else {
    idx = int_from_i64(e->index++);
  }
  Tuple* t = tuple_new(2);
  t->items[0] = idx;
  t->items[1] = item;
  return Value(t);
}

void enumerate_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  Enumerate* e = static_cast<Enumerate*>(o);
  decref(e->it);
  decref(e->long_index);
  generic_dealloc(o);
}

void enumerate_traverse(Object* o, VisitFn visit, void* arg) {
  Enumerate* e = static_cast<Enumerate*>(o);
  if (e->it.is_obj()) visit(e->it.obj(), arg);
}

void enumerate_clear(Object* o) {
  Enumerate* e = static_cast<Enumerate*>(o);
  Value it = e->it;
  e->it = Value();
  decref(it);
}

// ------------------------------------------------------------------------ zip

struct Zip : Object {
  Tuple* iters;
  bool strict;
};

Value zip_tp_new(VM& vm, Type* type, Args a) {
  bool strict = false;
  uint32_t nkw = a.nkw();
  if (nkw) {
    if (nkw > 1) return raisef(vm, &TypeErrorType, "zip() takes at most 1 keyword argument (%u given)", nkw);
    if (!str_eq_ascii(a.kwname(0), "strict"))
      return raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for zip()", a.kwname(0)->data);
    int t = truthy(vm, a.kwvalue(0));
    if (t < 0) return Value();
    strict = t != 0;
  }
  Tuple* iters = tuple_new(a.n);
  for (uint32_t i = 0; i < a.n; ++i) {
    Value it = get_iter(vm, a[i]);
    if (!it) {
      for (uint32_t j = i; j < a.n; ++j) iters->items[j] = new_none();
      decref(iters);
      return Value();
    }
    iters->items[i] = it;
  }
  Zip* z = static_cast<Zip*>(alloc_iter(vm, type));
  if (!z) {
    decref(iters);
    return Value();
  }
  z->iters = iters;
  z->strict = strict;
  return Value(z);
}

Value zip_next(VM& vm, Value self) {
  Zip* z = self.as<Zip>();
  int64_t n = z->iters->size;
  if (n == 0) return Value::iter_done();
  Tuple* result = tuple_new(n);
  int64_t i = 0;
  for (; i < n; ++i) {
    Value item = iter_next(vm, z->iters->items[i]);
    if (!item || item.is_iter_done()) {
      for (int64_t j = i; j < n; ++j) result->items[j] = new_none();
      decref(result);
      if (!item) {
        if (!z->strict || !error_matches(vm, &StopIterationType)) return Value();
        clear_error(vm);
      }
      if (!z->strict) return Value::iter_done();
      break;
    }
    result->items[i] = item;
  }
  if (i == n) return Value(result);
  // strict: every iterator must be exhausted at the same step
  if (i) {
    return raisef(vm, &ValueErrorType, "zip() argument %lld is shorter than argument%s%lld",
                  static_cast<long long>(i + 1), i == 1 ? " " : "s 1-", static_cast<long long>(i));
  }
  for (i = 1; i < n; ++i) {
    Value item = iter_next(vm, z->iters->items[i]);
    if (item && !item.is_iter_done()) {
      decref(item);
      return raisef(vm, &ValueErrorType, "zip() argument %lld is longer than argument%s%lld",
                    static_cast<long long>(i + 1), i == 1 ? " " : "s 1-", static_cast<long long>(i));
    }
    if (!item) {
      if (!error_matches(vm, &StopIterationType)) return Value();
      clear_error(vm);
    }
  }
  return Value::iter_done();
}

void zip_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  xdecref(static_cast<Zip*>(o)->iters);
  generic_dealloc(o);
}

void zip_traverse(Object* o, VisitFn visit, void* arg) {
  Zip* z = static_cast<Zip*>(o);
  if (z->iters) visit(z->iters, arg);
}

void zip_clear(Object* o) {
  Zip* z = static_cast<Zip*>(o);
  Tuple* t = z->iters;
  z->iters = tuple_empty();
  xdecref(t);
}

// ------------------------------------------------------------------------ map

struct Map : Object {
  Value func;
  Tuple* iters;
};

Value map_tp_new(VM& vm, Type* type, Args a) {
  if ((type == &MapType || type->init == MapType.init) && !check_no_kw(vm, a, "map")) return Value();
  if (a.n < 2) return raise(vm, &TypeErrorType, "map() must have at least two arguments.");
  Tuple* iters = tuple_new(a.n - 1);
  for (uint32_t i = 1; i < a.n; ++i) {
    Value it = get_iter(vm, a[i]);
    if (!it) {
      for (uint32_t j = i; j < a.n; ++j) iters->items[j - 1] = new_none();
      decref(iters);
      return Value();
    }
    iters->items[i - 1] = it;
  }
  Map* m = static_cast<Map*>(alloc_iter(vm, type));
  if (!m) {
    decref(iters);
    return Value();
  }
  m->func = newref(a[0]);
  m->iters = iters;
  return Value(m);
}

Value map_next(VM& vm, Value self) {
  Map* m = self.as<Map>();
  int64_t n = m->iters->size;
  Value small[8];
  std::vector<Value> big;
  Value* args = small;
  if (n > 8) {
    big.resize(std::size_t(n));
    args = big.data();
  }
  int64_t i = 0;
  Value r;
  for (; i < n; ++i) {
    Value item = iter_next(vm, m->iters->items[i]);
    if (!item || item.is_iter_done()) {
      r = item;
      goto done;
    }
    args[i] = item;
  }
  r = call(vm, m->func, Args{args, uint32_t(n), nullptr});
done:
  for (int64_t j = 0; j < i; ++j) decref(args[j]);
  return r;
}

void map_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  Map* m = static_cast<Map*>(o);
  decref(m->func);
  xdecref(m->iters);
  generic_dealloc(o);
}

void map_traverse(Object* o, VisitFn visit, void* arg) {
  Map* m = static_cast<Map*>(o);
  if (m->func.is_obj()) visit(m->func.obj(), arg);
  if (m->iters) visit(m->iters, arg);
}

void map_clear(Object* o) {
  Map* m = static_cast<Map*>(o);
  Value f = m->func;
  m->func = new_none();
  decref(f);
  Tuple* t = m->iters;
  m->iters = tuple_empty();
  xdecref(t);
}

// ------------------------------------------------------------------------ filter

struct Filter : Object {
  Value func;
  Value it;
};

Value filter_tp_new(VM& vm, Type* type, Args a) {
  if ((type == &FilterType || type->init == FilterType.init) && !check_no_kw(vm, a, "filter")) return Value();
  if (!check_positional(vm, "filter", a.n, 2, 2)) return Value();
  Value it = get_iter(vm, a[1]);
  if (!it) return Value();
  Filter* f = static_cast<Filter*>(alloc_iter(vm, type));
  if (!f) {
    decref(it);
    return Value();
  }
  f->func = newref(a[0]);
  f->it = it;
  return Value(f);
}

Value filter_next(VM& vm, Value self) {
  Filter* f = self.as<Filter>();
  bool checktrue = is_none(f->func) || f->func == Value(&BoolType);
  for (;;) {
    Value item = iter_next(vm, f->it);
    if (!item || item.is_iter_done()) return item;
    int ok;
    if (checktrue) {
      ok = truthy(vm, item);
    } else {
      Value good = call1(vm, f->func, item);
      if (!good) {
        decref(item);
        return Value();
      }
      ok = truthy(vm, good);
      decref(good);
    }
    if (ok > 0) return item;
    decref(item);
    if (ok < 0) return Value();
  }
}

void filter_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  Filter* f = static_cast<Filter*>(o);
  decref(f->func);
  decref(f->it);
  generic_dealloc(o);
}

void filter_traverse(Object* o, VisitFn visit, void* arg) {
  Filter* f = static_cast<Filter*>(o);
  if (f->func.is_obj()) visit(f->func.obj(), arg);
  if (f->it.is_obj()) visit(f->it.obj(), arg);
}

void filter_clear(Object* o) {
  Filter* f = static_cast<Filter*>(o);
  Value a = f->func, b = f->it;
  f->func = new_none();
  f->it = Value();
  decref(a);
  decref(b);
}

// ------------------------------------------------------------------------ reversed

struct Reversed : Object {
  int64_t index;
  Value seq;  // null when exhausted
};

// PySequence_Check: __getitem__ on a non-dict.
inline bool is_sequence(Value v) {
  Type* t = type_of(v);
  return t->getitem && !type_has(t, kTypeDictSubclass);
}

Value reversed_tp_new(VM& vm, Type* type, Args a) {
  if ((type == &ReversedType || type->init == ReversedType.init) && !check_no_kw(vm, a, "reversed")) return Value();
  if (!check_positional(vm, "reversed", a.n, 1, 1)) return Value();
  Value seq = a[0];
  Value meth = type_lookup(type_of(seq), g_names.reversed);
  if (meth && is_none(meth)) return raisef(vm, &TypeErrorType, "'%s' object is not reversible", tname(seq));
  if (meth) {
    incref(meth);
    Value r = call_special(vm, meth, seq, nullptr, 0);
    decref(meth);
    return r;
  }
  if (!is_sequence(seq)) return raisef(vm, &TypeErrorType, "'%s' object is not reversible", tname(seq));
  int64_t n = length(vm, seq);
  if (n < 0) return Value();
  Reversed* r = static_cast<Reversed*>(alloc_iter(vm, type));
  if (!r) return Value();
  r->index = n - 1;
  r->seq = newref(seq);
  return Value(r);
}

Value reversed_next(VM& vm, Value self) {
  Reversed* r = self.as<Reversed>();
  if (r->index >= 0 && r->seq) {
    Value item = get_item(vm, r->seq, int_from_i64(r->index));
    if (item) {
      r->index--;
      return item;
    }
    if (!error_matches(vm, &IndexErrorType) && !error_matches(vm, &StopIterationType)) return Value();
    clear_error(vm);
  }
  r->index = -1;
  Value s = r->seq;
  r->seq = Value();
  decref(s);
  return Value::iter_done();
}

Value reversed_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "reversed.__length_hint__")) return Value();
  Reversed* r = a[0].as<Reversed>();
  if (!r->seq) return Value::small(0);
  int64_t n = length(vm, r->seq);
  if (n < 0) return Value();
  int64_t pos = r->index + 1;
  return Value::small(n < pos ? 0 : pos);
}

void reversed_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  decref(static_cast<Reversed*>(o)->seq);
  generic_dealloc(o);
}

void reversed_traverse(Object* o, VisitFn visit, void* arg) {
  Reversed* r = static_cast<Reversed*>(o);
  if (r->seq.is_obj()) visit(r->seq.obj(), arg);
}

void reversed_clear(Object* o) {
  Reversed* r = static_cast<Reversed*>(o);
  Value s = r->seq;
  r->seq = Value();
  decref(s);
}

const MethodDef kReversedMethods[] = {
    {"__length_hint__", reversed_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ------------------------------------------------------------------------ iterator (sequence protocol)

struct SeqIter : Object {
  int64_t index;
  Value seq;  // null when exhausted
};

Value seqiter_next(VM& vm, Value self) {
  SeqIter* it = self.as<SeqIter>();
  if (!it->seq) return Value::iter_done();
  if (it->index == INT64_MAX) return raise(vm, &OverflowErrorType, "iter index too large");
  Value item = get_item(vm, it->seq, int_from_i64(it->index));
  if (item) {
    it->index++;
    return item;
  }
  if (error_matches(vm, &IndexErrorType) || error_matches(vm, &StopIterationType)) {
    clear_error(vm);
    Value s = it->seq;
    it->seq = Value();
    decref(s);
    return Value::iter_done();
  }
  return Value();
}

Value seqiter_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "iterator.__length_hint__")) return Value();
  SeqIter* it = a[0].as<SeqIter>();
  if (it->seq) {
    if (!type_of(it->seq)->len) return new_not_implemented();
    int64_t n = length(vm, it->seq);
    if (n < 0) return Value();
    n -= it->index;
    if (n >= 0) return Value::small(n);
  }
  return Value::small(0);
}

void seqiter_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  decref(static_cast<SeqIter*>(o)->seq);
  generic_dealloc(o);
}

void seqiter_traverse(Object* o, VisitFn visit, void* arg) {
  SeqIter* it = static_cast<SeqIter*>(o);
  if (it->seq.is_obj()) visit(it->seq.obj(), arg);
}

void seqiter_clear(Object* o) {
  SeqIter* it = static_cast<SeqIter*>(o);
  Value s = it->seq;
  it->seq = Value();
  decref(s);
}

const MethodDef kSeqIterMethods[] = {
    {"__length_hint__", seqiter_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ------------------------------------------------------------------------ callable_iterator

struct CallIter : Object {
  Value callable;  // null when exhausted
  Value sentinel;
};

Value calliter_next(VM& vm, Value self) {
  CallIter* it = self.as<CallIter>();
  if (!it->callable) return Value::iter_done();
  Value result = call0(vm, it->callable);
  if (result) {
    int ok = rich_compare_bool(vm, it->sentinel, result, kEQ);
    if (ok == 0) return result;
    decref(result);
    if (ok < 0) return Value();
  } else if (error_matches(vm, &StopIterationType)) {
    clear_error(vm);
  } else {
    return Value();
  }
  Value c = it->callable, s = it->sentinel;
  it->callable = Value();
  it->sentinel = Value();
  decref(c);
  decref(s);
  return Value::iter_done();
}

void calliter_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  CallIter* it = static_cast<CallIter*>(o);
  decref(it->callable);
  decref(it->sentinel);
  generic_dealloc(o);
}

void calliter_traverse(Object* o, VisitFn visit, void* arg) {
  CallIter* it = static_cast<CallIter*>(o);
  if (it->callable.is_obj()) visit(it->callable.obj(), arg);
  if (it->sentinel.is_obj()) visit(it->sentinel.obj(), arg);
}

void calliter_clear(Object* o) {
  CallIter* it = static_cast<CallIter*>(o);
  Value c = it->callable, s = it->sentinel;
  it->callable = Value();
  it->sentinel = Value();
  decref(c);
  decref(s);
}

void setup(Type* t, const char* name, uint32_t size, uint32_t flags, void (*dealloc)(Object*),
           void (*traverse)(Object*, VisitFn, void*), void (*clear)(Object*), Value (*next)(VM&, Value)) {
  static_type_init(t, name, size, &ObjectType, kTypeHasGC | flags);
  t->dealloc = dealloc;
  t->traverse = traverse;
  t->clear = clear;
  t->iter = iter_self;
  t->next = next;
}

}  // namespace

Value seq_iter_new(VM& vm, Value seq) {
  SeqIter* it = static_cast<SeqIter*>(alloc_iter(vm, &SeqIterType));
  if (!it) return Value();
  it->index = 0;
  it->seq = newref(seq);
  return Value(it);
}

Value callable_iter_new(VM& vm, Value callable, Value sentinel) {
  if (!is_callable(callable)) return raise(vm, &TypeErrorType, "iter(v, w): v must be callable");
  CallIter* it = static_cast<CallIter*>(alloc_iter(vm, &CallableIterType));
  if (!it) return Value();
  it->callable = newref(callable);
  it->sentinel = newref(sentinel);
  return Value(it);
}

void init_iterator_types() {
  setup(&EnumerateType, "enumerate", sizeof(Enumerate), kTypeBaseType, enumerate_dealloc, enumerate_traverse,
        enumerate_clear, enumerate_next);
  EnumerateType.new_ = enumerate_tp_new;
  EnumerateType.cdoc =
      "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields "
      "pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable "
      "argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...";

  setup(&ZipType, "zip", sizeof(Zip), kTypeBaseType, zip_dealloc, zip_traverse, zip_clear, zip_next);
  ZipType.new_ = zip_tp_new;
  ZipType.cdoc =
      "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', "
      "range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, "
      "where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\n"
      "comes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\n"
      "If strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.";

  setup(&MapType, "map", sizeof(Map), kTypeBaseType, map_dealloc, map_traverse, map_clear, map_next);
  MapType.new_ = map_tp_new;
  MapType.cdoc =
      "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\n"
      "each of the iterables.  Stops when the shortest iterable is exhausted.";

  setup(&FilterType, "filter", sizeof(Filter), kTypeBaseType, filter_dealloc, filter_traverse, filter_clear,
        filter_next);
  FilterType.new_ = filter_tp_new;
  FilterType.cdoc =
      "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable "
      "for which function(item)\nis true. If function is None, return the items that are true.";

  setup(&ReversedType, "reversed", sizeof(Reversed), kTypeBaseType, reversed_dealloc, reversed_traverse,
        reversed_clear, reversed_next);
  ReversedType.new_ = reversed_tp_new;
  ReversedType.methods = kReversedMethods;
  ReversedType.cdoc = "Return a reverse iterator over the values of the given sequence.";

  setup(&SeqIterType, "iterator", sizeof(SeqIter), kTypeDisallowInstantiation, seqiter_dealloc, seqiter_traverse,
        seqiter_clear, seqiter_next);
  SeqIterType.methods = kSeqIterMethods;

  setup(&CallableIterType, "callable_iterator", sizeof(CallIter), kTypeDisallowInstantiation, calliter_dealloc,
        calliter_traverse, calliter_clear, calliter_next);
}

}  // namespace coil
