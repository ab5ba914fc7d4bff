// range.cpp - the range type with ints of any size: construction, len, indexing and slicing,
// fast membership, count/index, comparison, hash, and the range/longrange iterators.
#include "objects/range.h"

#include <string>

#include "objects/argcheck.h"
#include "objects/slice.h"
#include "vm/runtime.h"

namespace coil {

Type RangeType;
Type RangeIterType;
Type LongRangeIterType;

namespace {

// The number of items of range(start, stop, step) (exact ints; step != 0). New ref or null.
Value compute_length(VM& vm, Value start, Value stop, Value step) {
  if (start.is_small() && stop.is_small() && step.is_small()) {
    int64_t lo = start.small_value(), hi = stop.small_value(), st = step.small_value();
    uint64_t n = 0;
    if (st > 0 && lo < hi) n = 1 + (uint64_t(hi) - 1 - uint64_t(lo)) / uint64_t(st);
    else if (st < 0 && lo > hi) n = 1 + (uint64_t(lo) - 1 - uint64_t(hi)) / (0 - uint64_t(st));
    return int_from_u64(n);
  }
  Value lo = start, hi = stop;
  Ref neg_step;
  if (int_sign(step) < 0) {
    lo = stop;
    hi = start;
    neg_step = Ref(int_neg(vm, step));
    if (!neg_step) return Value();
    step = neg_step.get();
  }
  if (int_compare(lo, hi) >= 0) return Value::small(0);
  Ref diff(int_sub(vm, hi, lo));
  if (!diff) return Value();
  Ref diff1(int_sub(vm, diff.get(), Value::small(1)));
  if (!diff1) return Value();
  Ref q(int_floordiv(vm, diff1.get(), step));
  if (!q) return Value();
  return int_add(vm, q.get(), Value::small(1));
}

// start + i * step
Value compute_item(VM& vm, Range* r, Value i) {
  if (r->step.is_small() && r->step.small_value() == 1) return int_add(vm, r->start, i);
  Ref prod(int_mul(vm, i, r->step));
  if (!prod) return Value();
  return int_add(vm, r->start, prod.get());
}

Value make_range(VM& vm, Value start, Value stop, Value step) {
  Value length = compute_length(vm, start, stop, step);
  if (!length) return Value();
  Range* r = reinterpret_cast<Range*>(object_alloc(&RangeType, sizeof(Range)));
  if (!r) {
    decref(length);
    return raise_memory_error(vm);
  }
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  r->length = length;
  return Value(r);
}

}  // namespace

Value range_new(VM& vm, Value start, Value stop, Value step) { return make_range(vm, start, stop, step); }

namespace {

// ------------------------------------------------------------------------ construction

Value range_tp_new(VM& vm, Type*, Args a) {
  if (!check_no_kw(vm, a, "range")) return Value();
  if (!check_positional(vm, "range", a.n, 1, 3)) return Value();
  Ref start, stop, step;
  if (a.n == 1) {
    stop = Ref(number_index(vm, a[0]));
    if (!stop) return Value();
    start = Ref(Value::small(0));
    step = Ref(Value::small(1));
  } else {
    start = Ref(number_index(vm, a[0]));
    if (!start) return Value();
    stop = Ref(number_index(vm, a[1]));
    if (!stop) return Value();
    if (a.n == 3) {
      step = Ref(number_index(vm, a[2]));
      if (!step) return Value();
      if (int_sign(step.get()) == 0) return raise(vm, &ValueErrorType, "range() arg 3 must not be zero");
    } else {
      step = Ref(Value::small(1));
    }
  }
  return make_range(vm, start.get(), stop.get(), step.get());
}

void range_dealloc(Object* o) {
  Range* r = static_cast<Range*>(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  generic_dealloc(o);
}

// ------------------------------------------------------------------------ slots

Value range_repr(VM& vm, Value self) {
  Range* r = self.as<Range>();
  bool step1 = r->step.is_small() && r->step.small_value() == 1;
  std::string out = "range(";
  Value parts[3] = {r->start, r->stop, r->step};
  for (int i = 0; i < (step1 ? 2 : 3); ++i) {
    if (i) out += ", ";
    Value s = repr(vm, parts[i]);
    if (!s) return Value();
    out += as_str(s)->view();
    decref(s);
  }
  out += ")";
  return Value(str_new(out));
}

int64_t range_len(VM& vm, Value self) {
  bool overflow = false;
  int64_t n = int_as_i64(self.as<Range>()->length, &overflow);
  if (overflow) {
    raise(vm, &OverflowErrorType, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

int range_truth(VM&, Value self) { return int_sign(self.as<Range>()->length) != 0; }

// 1/0/-1 (ob is an int or a bool).
int contains_long(VM& vm, Range* r, Value ob) {
  ob = int_value(ob);
  int c1, c2;
  if (int_sign(r->step) > 0) {
    c1 = int_compare(r->start, ob) <= 0;
    c2 = int_compare(ob, r->stop) < 0;
  } else {
    c1 = int_compare(ob, r->start) <= 0;
    c2 = int_compare(r->stop, ob) < 0;
  }
  if (!c1 || !c2) return 0;
  if (r->step.is_small() && (r->step.small_value() == 1 || r->step.small_value() == -1)) return 1;
  Ref diff(int_sub(vm, ob, r->start));
  if (!diff) return -1;
  Ref rem(int_mod(vm, diff.get(), r->step));
  if (!rem) return -1;
  return int_sign(rem.get()) == 0;
}

inline bool is_int_or_bool_exact(Value v) { return is_int_exact(v) || is_bool(v); }

Value range_iter(VM& vm, Value self);

// Generic search by iteration (CPython's _PySequence_IterSearch): mode 0 contains, 1 count, 2 index.
int64_t iter_search(VM& vm, Value self, Value ob, int mode) {
  Value it = range_iter(vm, self);
  if (!it) return -1;
  int64_t n = 0, index = 0;
  Type* t = type_of(it);
  for (;;) {
    Value item = t->next(vm, it);
    if (item.is_iter_done()) break;
    if (!item) {
      decref(it);
      return -1;
    }
    int c = rich_compare_bool(vm, item, ob, kEQ);
    decref(item);
    if (c < 0) {
      decref(it);
      return -1;
    }
    if (c) {
      if (mode == 0) {
        decref(it);
        return 1;
      }
      if (mode == 2) {
        decref(it);
        return index;
      }
      ++n;
    }
    ++index;
  }
  decref(it);
  if (mode == 2) {
    raise(vm, &ValueErrorType, "sequence.index(x): x not in sequence");
    return -1;
  }
  return mode == 0 ? 0 : n;
}

int range_contains(VM& vm, Value self, Value ob) {
  if (is_int_or_bool_exact(ob)) return contains_long(vm, self.as<Range>(), ob);
  return int(iter_search(vm, self, ob, 0));
}

Value compute_range_item(VM& vm, Range* r, Value arg) {
  Ref i;
  if (int_sign(arg) < 0) {
    i = Ref(int_add(vm, r->length, arg));
    if (!i) return Value();
  } else {
    i = Ref::borrow(arg);
  }
  if (int_sign(i.get()) < 0 || int_compare(i.get(), r->length) >= 0)
    return raise(vm, &IndexErrorType, "range object index out of range");
  return compute_item(vm, r, i.get());
}

Value range_getitem(VM& vm, Value self, Value key) {
  Range* r = self.as<Range>();
  if (key.is_small() && r->start.is_small() && r->step.is_small() && r->length.is_small()) {
    int64_t i = key.small_value(), n = r->length.small_value();
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(vm, &IndexErrorType, "range object index out of range");
    return compute_item(vm, r, Value::small(i));
  }
  Type* kt = type_of(key);
  if (is_int(key) || (kt->number && kt->number->index)) {
    Ref i(number_index(vm, key));
    if (!i) return Value();
    return compute_range_item(vm, r, i.get());
  }
  if (is_slice(key)) {
    Value start, stop, step;
    if (!slice_long_indices(vm, key, r->length, &start, &stop, &step)) return Value();
    Ref rstart(start), rstop(stop), rstep(step);
    Ref substep(int_mul(vm, r->step, step));
    if (!substep) return Value();
    Ref substart(compute_item(vm, r, start));
    if (!substart) return Value();
    Ref substop(compute_item(vm, r, stop));
    if (!substop) return Value();
    return make_range(vm, substart.get(), substop.get(), substep.get());
  }
  return raisef(vm, &TypeErrorType, "range indices must be integers or slices, not %s", type_name(kt));
}

Value range_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_range(b) || (op != kEQ && op != kNE)) return new_not_implemented();
  bool eq;
  if (a == b) {
    eq = true;
  } else {
    Range* x = a.as<Range>();
    Range* y = b.as<Range>();
    if (int_compare(x->length, y->length) != 0) eq = false;
    else if (int_sign(x->length) == 0) eq = true;
    else if (int_compare(x->start, y->start) != 0) eq = false;
    else if (x->length.is_small() && x->length.small_value() == 1) eq = true;
    else eq = int_compare(x->step, y->step) == 0;
  }
  (void)vm;
  return new_bool(op == kEQ ? eq : !eq);
}

bool range_hash(VM& vm, Value self, int64_t* out) {
  Range* r = self.as<Range>();
  Tuple* t = tuple_new(3);
  t->items[0] = newref(r->length);
  if (int_sign(r->length) == 0) {
    t->items[1] = new_none();
    t->items[2] = new_none();
  } else {
    t->items[1] = newref(r->start);
    bool one = r->length.is_small() && r->length.small_value() == 1;
    t->items[2] = one ? new_none() : newref(r->step);
  }
  bool ok = hash_value(vm, Value(t), out);
  decref(t);
  return ok;
}

// ------------------------------------------------------------------------ iterators

struct RangeIter : Object {
  int64_t start;
  int64_t step;
  int64_t len;
};

struct LongRangeIter : Object {
  Value start;
  Value step;
  Value len;
};

Value fast_iter(int64_t start, int64_t step, int64_t len) {
  RangeIter* it = reinterpret_cast<RangeIter*>(object_alloc(&RangeIterType, sizeof(RangeIter)));
  it->start = start;
  it->step = step;
  it->len = len;
  return Value(it);
}

Value long_iter(VM& vm, Value start, Value step, Value len) {
  LongRangeIter* it = reinterpret_cast<LongRangeIter*>(object_alloc(&LongRangeIterType, sizeof(LongRangeIter)));
  if (!it) return raise_memory_error(vm);
  it->start = newref(start);
  it->step = newref(step);
  it->len = newref(len);
  return Value(it);
}

// Length of range(lo, hi, step) as unsigned (CPython's get_len_of_range).
uint64_t len_of_range(int64_t lo, int64_t hi, int64_t step) {
  if (step > 0 && lo < hi) return 1 + (uint64_t(hi) - 1 - uint64_t(lo)) / uint64_t(step);
  if (step < 0 && lo > hi) return 1 + (uint64_t(lo) - 1 - uint64_t(hi)) / (0 - uint64_t(step));
  return 0;
}

bool all_fit(Range* r, int64_t* lo, int64_t* hi, int64_t* st) {
  bool o1, o2, o3;
  *lo = int_as_i64(r->start, &o1);
  *hi = int_as_i64(r->stop, &o2);
  *st = int_as_i64(r->step, &o3);
  return !o1 && !o2 && !o3;
}

Value range_iter(VM& vm, Value self) {
  Range* r = self.as<Range>();
  int64_t lo, hi, st;
  if (all_fit(r, &lo, &hi, &st)) {
    uint64_t n = len_of_range(lo, hi, st);
    if (n <= uint64_t(INT64_MAX)) return fast_iter(lo, st, int64_t(n));
  }
  return long_iter(vm, r->start, r->step, r->length);
}

Value range_reversed(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "range.__reversed__")) return Value();
  Range* r = a[0].as<Range>();
  int64_t lo, hi, st;
  if (all_fit(r, &lo, &hi, &st) && st != INT64_MIN) {
    bool overflow = st > 0 ? uint64_t(lo) - uint64_t(INT64_MIN) < uint64_t(st)
                           : uint64_t(INT64_MAX) - uint64_t(lo) < 0 - uint64_t(st);
    if (!overflow) {
      uint64_t n = len_of_range(lo, hi, st);
      if (n <= uint64_t(INT64_MAX)) {
        int64_t new_stop = lo - st;
        int64_t new_start = int64_t(uint64_t(new_stop) + n * uint64_t(st));
        return fast_iter(new_start, -st, int64_t(n));
      }
    }
  }
  // start + (len - 1) * step, stepping by -step
  Ref len_1(int_sub(vm, r->length, Value::small(1)));
  if (!len_1) return Value();
  Ref prod(int_mul(vm, len_1.get(), r->step));
  if (!prod) return Value();
  Ref new_start(int_add(vm, r->start, prod.get()));
  if (!new_start) return Value();
  Ref neg(int_neg(vm, r->step));
  if (!neg) return Value();
  return long_iter(vm, new_start.get(), neg.get(), r->length);
}

Value rangeiter_next(VM&, Value self) {
  RangeIter* it = self.as<RangeIter>();
  if (it->len > 0) {
    int64_t result = it->start;
    it->start = int64_t(uint64_t(result) + uint64_t(it->step));
    it->len--;
    return int_from_i64(result);
  }
  return Value::iter_done();
}

Value longrangeiter_next(VM& vm, Value self) {
  LongRangeIter* it = self.as<LongRangeIter>();
  if (int_sign(it->len) <= 0) return Value::iter_done();
  Value new_start = int_add(vm, it->start, it->step);
  if (!new_start) return Value();
  Value new_len = int_sub(vm, it->len, Value::small(1));
  if (!new_len) {
    decref(new_start);
    return Value();
  }
  Value result = it->start;
  it->start = new_start;
  decref(it->len);
  it->len = new_len;
  return result;
}

void longrangeiter_dealloc(Object* o) {
  LongRangeIter* it = static_cast<LongRangeIter*>(o);
  decref(it->start);
  decref(it->step);
  decref(it->len);
  generic_dealloc(o);
}

Value iter_self(VM&, Value self) { return newref(self); }

Value rangeiter_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "range_iterator.__length_hint__")) return Value();
  return int_from_i64(a[0].as<RangeIter>()->len);
}

Value longrangeiter_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "longrange_iterator.__length_hint__")) return Value();
  return newref(a[0].as<LongRangeIter>()->len);
}

// ------------------------------------------------------------------------ methods

Value range_count(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "range.count")) return Value();
  if (is_int_or_bool_exact(a[1])) {
    int r = contains_long(vm, a[0].as<Range>(), a[1]);
    return r < 0 ? Value() : Value::small(r);
  }
  int64_t n = iter_search(vm, a[0], a[1], 1);
  return n < 0 ? Value() : int_from_i64(n);
}

Value range_index(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "range.index")) return Value();
  Range* r = a[0].as<Range>();
  Value ob = a[1];
  if (!is_int_or_bool_exact(ob)) {
    int64_t i = iter_search(vm, a[0], ob, 2);
    return i < 0 ? Value() : int_from_i64(i);
  }
  int c = contains_long(vm, r, ob);
  if (c < 0) return Value();
  if (c) {
    Ref idx(int_sub(vm, int_value(ob), r->start));
    if (!idx) return Value();
    if (r->step.is_small() && r->step.small_value() == 1) return idx.release();
    return int_floordiv(vm, idx.get(), r->step);
  }
  Value s = repr(vm, ob);
  if (!s) return Value();
  std::string msg = std::string(as_str(s)->view()) + " is not in range";
  decref(s);
  return raise(vm, &ValueErrorType, msg);
}

Value range_reduce(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "range.__reduce__")) return Value();
  Range* r = a[0].as<Range>();
  Tuple* args = tuple_of({r->start, r->stop, r->step});
  Tuple* t = tuple_of({Value(&RangeType), Value(args)});
  decref(args);
  return Value(t);
}

const MethodDef kRangeMethods[] = {
    {"__reversed__", range_reversed, kMethPlain, "Return a reverse iterator.", nullptr},
    {"__reduce__", range_reduce, kMethPlain, nullptr, nullptr},
    {"count", range_count, kMethPlain, "rangeobject.count(value) -> integer -- return number of occurrences of value",
     nullptr},
    {"index", range_index, kMethPlain,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MemberDef kRangeMembers[] = {
    {"start", kMemberObjectReadOnly, offsetof(Range, start), nullptr},
    {"stop", kMemberObjectReadOnly, offsetof(Range, stop), nullptr},
    {"step", kMemberObjectReadOnly, offsetof(Range, step), nullptr},
    {nullptr, kMemberObject, 0, nullptr}};

const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", rangeiter_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kLongRangeIterMethods[] = {
    {"__length_hint__", longrangeiter_length_hint, kMethPlain,
     "Private method returning an estimate of len(list(it)).", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

NumberSlots g_range_number;

int range_bool_slot(VM& vm, Value self) { return range_truth(vm, self); }

}  // namespace

void init_range_type() {
  Type* t = &RangeType;
  static_type_init(t, "range", sizeof(Range), &ObjectType, kTypeSequence);
  t->cdoc =
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a "
      "sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, "
      "..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the "
      "valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).";
  t->new_ = range_tp_new;
  t->dealloc = range_dealloc;
  t->repr = range_repr;
  t->hash = range_hash;
  t->richcompare = range_richcompare;
  t->len = range_len;
  t->truth = range_bool_slot;
  t->number = &g_range_number;  // gives range a __bool__ like CPython's nb_bool
  t->contains = range_contains;
  t->getitem = range_getitem;
  t->iter = range_iter;
  t->methods = kRangeMethods;
  t->members = kRangeMembers;

  t = &RangeIterType;
  static_type_init(t, "range_iterator", sizeof(RangeIter), &ObjectType, kTypeDisallowInstantiation);
  t->iter = iter_self;
  t->next = rangeiter_next;
  t->methods = kRangeIterMethods;

  t = &LongRangeIterType;
  static_type_init(t, "longrange_iterator", sizeof(LongRangeIter), &ObjectType, kTypeDisallowInstantiation);
  t->dealloc = longrangeiter_dealloc;
  t->iter = iter_self;
  t->next = longrangeiter_next;
  t->methods = kLongRangeIterMethods;
}

}  // namespace coil
