// slice.cpp - the slice type (slice(start, stop, step), indices()) and the index arithmetic of a[i:j:k].
#include "objects/slice.h"

#include "objects/argcheck.h"
#include "objects/unhashable.h"
#include "vm/runtime.h"

namespace coil {

Type SliceType;

namespace {

inline Value or_none(Value v) { return v ? v : none(); }

// CPython's _PyIndex_Check: ints and objects whose type has __index__.
inline bool has_index(Value v) {
  if (is_int(v)) return true;
  Type* t = type_of(v);
  return t->number && t->number->index;
}

// _PyEval_SliceIndex: None leaves *out unchanged; big values clamp to the int64 range.
bool eval_slice_index(VM& vm, Value v, int64_t* out) {
  if (is_none(v)) return true;
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  if (!has_index(v)) {
    raise(vm, &TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_to_i64(vm, v, out, nullptr);
}

// evaluate_slice_index for the arbitrary-size path: an exact int (new ref).
Value eval_long_index(VM& vm, Value v) {
  if (!has_index(v))
    return raise(vm, &TypeErrorType, "slice indices must be integers or None or have an __index__ method");
  return number_index(vm, v);
}

}  // namespace

// ------------------------------------------------------------------------ index arithmetic

Value slice_new(Value start, Value stop, Value step) {
  Slice* s = reinterpret_cast<Slice*>(object_alloc(&SliceType, sizeof(Slice)));
  s->start = newref(or_none(start));
  s->stop = newref(or_none(stop));
  s->step = newref(or_none(step));
  return Value(s);
}

bool slice_unpack_raw(VM& vm, Value slice, int64_t* start, int64_t* stop, int64_t* step) {
  Slice* s = slice.as<Slice>();
  constexpr int64_t kMax = INT64_MAX, kMin = INT64_MIN;
  if (is_none(s->step)) {
    *step = 1;
  } else {
    if (!eval_slice_index(vm, s->step, step)) return false;
    if (*step == 0) {
      raise(vm, &ValueErrorType, "slice step cannot be zero");
      return false;
    }
    if (*step < -kMax) *step = -kMax;
  }
  if (is_none(s->start)) {
    *start = *step < 0 ? kMax : 0;
  } else if (!eval_slice_index(vm, s->start, start)) {
    return false;
  }
  if (is_none(s->stop)) {
    *stop = *step < 0 ? kMin : kMax;
  } else if (!eval_slice_index(vm, s->stop, stop)) {
    return false;
  }
  return true;
}

int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return int64_t((uint64_t(*start) - uint64_t(*stop) - 1) / uint64_t(-step) + 1);
  } else if (*start < *stop) {
    return int64_t((uint64_t(*stop) - uint64_t(*start) - 1) / uint64_t(step) + 1);
  }
  return 0;
}

bool slice_unpack(VM& vm, Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                  int64_t* slicelength) {
  if (!slice_unpack_raw(vm, slice, start, stop, step)) return false;
  *slicelength = slice_adjust_indices(length, start, stop, *step);
  return true;
}

bool slice_long_indices(VM& vm, Value slice, Value length, Value* start_out, Value* stop_out, Value* step_out) {
  Slice* s = slice.as<Slice>();
  Ref step, lower, upper, start, stop;
  bool negative;
  if (is_none(s->step)) {
    step = Ref(Value::small(1));
    negative = false;
  } else {
    step = Ref(eval_long_index(vm, s->step));
    if (!step) return false;
    int sign = int_sign(step.get());
    if (sign == 0) {
      raise(vm, &ValueErrorType, "slice step cannot be zero");
      return false;
    }
    negative = sign < 0;
  }
  if (negative) {
    lower = Ref(Value::small(-1));
    upper = Ref(int_add(vm, length, Value::small(-1)));
    if (!upper) return false;
  } else {
    lower = Ref(Value::small(0));
    upper = Ref::borrow(length);
  }
  auto bound = [&](Value v, Value dflt, Ref* out) -> bool {
    if (is_none(v)) {
      *out = Ref::borrow(dflt);
      return true;
    }
    Ref x(eval_long_index(vm, v));
    if (!x) return false;
    if (int_sign(x.get()) < 0) {
      Ref y(int_add(vm, x.get(), length));
      if (!y) return false;
      if (int_compare(y.get(), lower.get()) < 0) y = Ref::borrow(lower.get());
      *out = std::move(y);
    } else {
      if (int_compare(x.get(), upper.get()) > 0) x = Ref::borrow(upper.get());
      *out = std::move(x);
    }
    return true;
  };
  if (!bound(s->start, negative ? upper.get() : lower.get(), &start)) return false;
  if (!bound(s->stop, negative ? lower.get() : upper.get(), &stop)) return false;
  *start_out = start.release();
  *stop_out = stop.release();
  *step_out = step.release();
  return true;
}

// ------------------------------------------------------------------------ the slice type

namespace {

Value slice_tp_new(VM& vm, Type* type, Args a) {
  (void)type;
  if (!check_no_kw(vm, a, "slice")) return Value();
  if (!check_positional(vm, "slice", a.n, 1, 3)) return Value();
  if (a.n == 1) return slice_new(none(), a[0], none());
  return slice_new(a[0], a[1], a.n == 3 ? a[2] : none());
}

void slice_dealloc(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  generic_dealloc(o);
}

Value slice_repr(VM& vm, Value self) {
  Slice* s = self.as<Slice>();
  std::string out = "slice(";
  Value parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; ++i) {
    if (i) out += ", ";
    Value r = repr(vm, parts[i]);
    if (!r) return Value();
    out += as_str(r)->view();
    decref(r);
  }
  out += ")";
  return Value(str_new(out));
}

Value slice_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_slice(a) || !is_slice(b)) return new_not_implemented();
  if (a == b) return new_bool(op == kEQ || op == kLE || op == kGE);
  Slice* x = a.as<Slice>();
  Slice* y = b.as<Slice>();
  Tuple* t1 = tuple_of({x->start, x->stop, x->step});
  Tuple* t2 = tuple_of({y->start, y->stop, y->step});
  Value r = rich_compare(vm, Value(t1), Value(t2), op);
  decref(t1);
  decref(t2);
  return r;
}

Value slice_indices(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "slice.indices")) return Value();
  Ref length(number_index(vm, a[1]));
  if (!length) return Value();
  if (int_sign(length.get()) < 0) return raise(vm, &ValueErrorType, "length should not be negative");
  Value start, stop, step;
  if (!slice_long_indices(vm, a[0], length.get(), &start, &stop, &step)) return Value();
  Tuple* t = tuple_new(3);
  t->items[0] = start;
  t->items[1] = stop;
  t->items[2] = step;
  return Value(t);
}

Value slice_reduce(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "slice.__reduce__")) return Value();
  Slice* s = a[0].as<Slice>();
  Tuple* args = tuple_of({s->start, s->stop, s->step});
  Tuple* r = tuple_of({Value(&SliceType), Value(args)});
  decref(args);
  return Value(r);
}

const MethodDef kSliceMethods[] = {
    {"indices", slice_indices, kMethPlain,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in\n"
     "a manner consistent with the handling of normal slices.",
     nullptr},
    {"__reduce__", slice_reduce, kMethPlain, "Return state information for pickling.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MemberDef kSliceMembers[] = {
    {"start", kMemberObjectReadOnly, offsetof(Slice, start), nullptr},
    {"stop", kMemberObjectReadOnly, offsetof(Slice, stop), nullptr},
    {"step", kMemberObjectReadOnly, offsetof(Slice, step), nullptr},
    {nullptr, kMemberObject, 0, nullptr}};

}  // namespace

void init_slice_type() {
  Type* t = &SliceType;
  static_type_init(t, "slice", sizeof(Slice), &ObjectType, 0);
  t->cdoc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).";
  t->new_ = slice_tp_new;
  t->dealloc = slice_dealloc;
  t->repr = slice_repr;
  t->richcompare = slice_richcompare;
  t->methods = kSliceMethods;
  t->members = kSliceMembers;
  mark_unhashable(t);
}

}  // namespace coil
