// slots.cpp - slot wrappers (native slots seen as dunders) and Python slots (dunders seen as slots).
//
// Section index
//   1. Operator names
//   2. Calling special methods
//   3. Python slots installed in heap types
//   4. Wrapper descriptors: calling a native slot as a method
//   5. Filling static types' dicts (wrappers, method tables)
//   6. Recomputing a heap type's slots from its MRO
#include "vm/slots.h"

#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/stackless.h"

namespace coil {

// ============================================================== 1. operator names

namespace {
Str* g_binop_names[kBinOpCount][3];
Str* g_unary_names[kUnaryOpCount];
const char* const kBinopSymbols[kBinOpCount] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
const char* const kBinopBase[kBinOpCount] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                             "or", "pow", "rshift", "sub", "truediv", "xor"};
void init_binop_names() {
  if (g_binop_names[0][0]) return;
  for (int i = 0; i < kBinOpCount; ++i) {
    std::string b = kBinopBase[i];
    g_binop_names[i][0] = intern("__" + b + "__");
    g_binop_names[i][1] = intern("__r" + b + "__");
    g_binop_names[i][2] = intern("__i" + b + "__");
  }
  g_unary_names[kNeg] = intern("__neg__");
  g_unary_names[kPos] = intern("__pos__");
  g_unary_names[kInvert] = intern("__invert__");
  g_unary_names[kAbs] = intern("__abs__");
}
}  // namespace

Str* binop_name(int op, int which) {
  init_binop_names();
  return g_binop_names[op][which];
}
const char* binop_symbol(int op) { return kBinopSymbols[op]; }
Str* unary_name(UnaryOp op) {
  init_binop_names();
  return g_unary_names[op];
}

// ============================================================== 2. calling special methods

Value call_special(VM& vm, Value descr, Value self, Value* args, uint32_t n) {
  Type* dt = type_of(descr);
  if (dt == &FunctionType || dt == &MethodDescriptorType || dt == &WrapperDescriptorType) {
    Value buf[8];
    Value* all = n + 1 <= 8 ? buf : new Value[n + 1];
    all[0] = self;
    for (uint32_t i = 0; i < n; ++i) all[i + 1] = args[i];
    Value r = call(vm, descr, Args{all, n + 1, nullptr});
    if (all != buf) delete[] all;
    return r;
  }
  if (dt->descr_get) {
    Value bound = dt->descr_get(vm, descr, self, Value(type_of(self)));
    if (!bound) return Value();
    Value r = call(vm, bound, Args{args, n, nullptr});
    decref(bound);
    return r;
  }
  return call(vm, descr, Args{args, n, nullptr});
}

Value call_special_stackless(VM& vm, Value descr, Value self, Value* args, uint32_t n) {
  Type* dt = type_of(descr);
  if (dt == &FunctionType) {
    Value buf[8];
    Value* all = n + 1 <= 8 ? buf : new Value[n + 1];
    all[0] = self;
    for (uint32_t i = 0; i < n; ++i) all[i + 1] = args[i];
    Value r = call_stackless(vm, descr, Value(), Args{all, n + 1, nullptr});
    if (all != buf) delete[] all;
    return r;
  }
  if (dt->descr_get && dt != &MethodDescriptorType && dt != &WrapperDescriptorType) {
    Value bound = dt->descr_get(vm, descr, self, Value(type_of(self)));
    if (!bound) return Value();
    Value r = call_stackless(vm, bound, Value(), Args{args, n, nullptr});
    decref(bound);
    return r;
  }
  return call_special(vm, descr, self, args, n);
}

Value call_dunder(VM& vm, Value self, Str* name, Value* args, uint32_t n, bool* found) {
  Value d = type_lookup(type_of(self), name);
  if (!d) {
    if (found) *found = false;
    return Value();
  }
  if (found) *found = true;
  incref(d);
  Value r = call_special(vm, d, self, args, n);
  decref(d);
  return r;
}

// ============================================================== 3. Python slots

namespace {

Value dunder_or_error(VM& vm, Value self, Str* name, Value* args, uint32_t n) {
  bool found;
  Value r = call_dunder(vm, self, name, args, n, &found);
  if (!found) return raise_attribute_error(vm, self, name);
  return r;
}

}  // namespace

Value slot_repr(VM& vm, Value self) {
  Value r = dunder_or_error(vm, self, g_names.repr, nullptr, 0);
  if (r && !is_str(r)) {
    raisef(vm, &TypeErrorType, "__repr__ returned non-string (type %s)", tname(r));
    decref(r);
    return Value();
  }
  return r;
}

Value slot_str(VM& vm, Value self) {
  Value r = dunder_or_error(vm, self, g_names.str, nullptr, 0);
  if (r && !is_str(r)) {
    raisef(vm, &TypeErrorType, "__str__ returned non-string (type %s)", tname(r));
    decref(r);
    return Value();
  }
  return r;
}

bool slot_hash(VM& vm, Value self, int64_t* out) {
  Value r = dunder_or_error(vm, self, g_names.hash, nullptr, 0);
  if (!r) return false;
  if (!is_int(r)) {
    decref(r);
    raise(vm, &TypeErrorType, "__hash__ method should return an integer");
    return false;
  }
  // Python reduces big hash values modulo 2**61-1 like int.__hash__.
  *out = int_hash(int_value(r));
  decref(r);
  return true;
}

Value slot_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  static Str* const* names[6] = {&g_names.lt, &g_names.le, &g_names.eq, &g_names.ne, &g_names.gt, &g_names.ge};
  Value d = type_lookup(type_of(self), *names[op]);
  if (!d) return new_not_implemented();
  incref(d);
  Value r = call_special(vm, d, self, &other, 1);
  decref(d);
  return r;
}

Value slot_getattr_hook(VM& vm, Value self, Str* name) {
  Type* t = type_of(self);
  Value getattribute = type_lookup(t, g_names.getattribute);
  Value getattr = type_lookup(t, g_names.getattr);
  Value r;
  Value namev(name);
  if (getattribute && type_of(getattribute) == &WrapperDescriptorType &&
      getattribute.as<WrapperDescriptor>()->slot == reinterpret_cast<void*>(&generic_getattr)) {
    r = generic_getattr(vm, self, name);
  } else if (getattribute) {
    incref(getattribute);
    r = call_special(vm, getattribute, self, &namev, 1);
    decref(getattribute);
  } else {
    r = generic_getattr(vm, self, name);
  }
  if (r || !getattr || !error_matches(vm, &AttributeErrorType)) return r;
  clear_error(vm);
  incref(getattr);
  r = call_special(vm, getattr, self, &namev, 1);
  decref(getattr);
  return r;
}

bool slot_setattr(VM& vm, Value self, Str* name, Value v) {
  Value r;
  if (v) {
    Value args[2] = {Value(name), v};
    r = dunder_or_error(vm, self, g_names.setattr, args, 2);
  } else {
    Value namev(name);
    r = dunder_or_error(vm, self, g_names.delattr, &namev, 1);
  }
  if (!r) return false;
  decref(r);
  return true;
}

Value slot_descr_get(VM& vm, Value self, Value obj, Value type) {
  Value args[2] = {obj ? obj : none(), type ? type : none()};
  return dunder_or_error(vm, self, g_names.get, args, 2);
}

bool slot_descr_set(VM& vm, Value self, Value obj, Value v) {
  Value r;
  if (v) {
    Value args[2] = {obj, v};
    bool found;
    r = call_dunder(vm, self, g_names.set, args, 2, &found);
    if (!found) {
      raise(vm, &AttributeErrorType, "__set__");
      return false;
    }
  } else {
    bool found;
    r = call_dunder(vm, self, g_names.delete_, &obj, 1, &found);
    if (!found) {
      raise(vm, &AttributeErrorType, "__delete__");
      return false;
    }
  }
  if (!r) return false;
  decref(r);
  return true;
}

Value slot_call(VM& vm, Value self, Args args) {
  Value d = type_lookup(type_of(self), g_names.call);
  if (!d) return raisef(vm, &TypeErrorType, "'%s' object is not callable", tname(self));
  incref(d);
  Value r;
  if (type_of(d) == &FunctionType) {
    uint32_t total = args.n + args.nkw();
    Value* all = new Value[total + 1];
    all[0] = self;
    for (uint32_t i = 0; i < total; ++i) all[i + 1] = args.v[i];
    r = call(vm, d, Args{all, args.n + 1, args.kwnames});
    delete[] all;
  } else {
    Value bound = type_of(d)->descr_get ? type_of(d)->descr_get(vm, d, self, Value(type_of(self))) : newref(d);
    r = bound ? call(vm, bound, args) : Value();
    decref(bound);
  }
  decref(d);
  return r;
}

Value slot_iter(VM& vm, Value self) {
  Value d = type_lookup(type_of(self), g_names.iter);
  if (!d || is_none(d)) return raisef(vm, &TypeErrorType, "'%s' object is not iterable", tname(self));
  incref(d);
  Value r = call_special(vm, d, self, nullptr, 0);
  decref(d);
  if (r && !type_of(r)->next) {
    raisef(vm, &TypeErrorType, "iter() returned non-iterator of type '%s'", tname(r));
    decref(r);
    return Value();
  }
  return r;
}

Value slot_next(VM& vm, Value self) {
  Value r = dunder_or_error(vm, self, g_names.next, nullptr, 0);
  if (!r && error_matches(vm, &StopIterationType)) {
    clear_error(vm);
    return Value::iter_done();
  }
  return r;
}

bool slot_init(VM& vm, Value self, Args args) {
  Value d = type_lookup(type_of(self), g_names.init);
  if (!d) return true;
  incref(d);
  uint32_t total = args.n + args.nkw();
  Value* all = new Value[total + 1];
  all[0] = self;
  for (uint32_t i = 0; i < total; ++i) all[i + 1] = args.v[i];
  Value r;
  if (type_of(d) == &FunctionType || type_of(d) == &WrapperDescriptorType) {
    r = call(vm, d, Args{all, args.n + 1, args.kwnames});
  } else {
    Value bound = type_of(d)->descr_get ? type_of(d)->descr_get(vm, d, self, Value(type_of(self))) : newref(d);
    r = bound ? call(vm, bound, args) : Value();
    decref(bound);
  }
  delete[] all;
  decref(d);
  if (!r) return false;
  if (!is_none(r)) {
    raisef(vm, &TypeErrorType, "__init__() should return None, not '%s'", tname(r));
    decref(r);
    return false;
  }
  decref(r);
  return true;
}

Value slot_new(VM& vm, Type* type, Args args) {
  Value d = type_lookup(type, g_names.new_);
  if (!d) return raise(vm, &TypeErrorType, "no __new__");
  incref(d);
  // __new__ is a static method: unwrap and call with the class first.
  Value fn = d;
  if (type_of(d) == &StaticMethodType) fn = d.as<StaticMethod>()->callable;
  uint32_t total = args.n + args.nkw();
  Value* all = new Value[total + 1];
  all[0] = Value(type);
  for (uint32_t i = 0; i < total; ++i) all[i + 1] = args.v[i];
  Value r = call(vm, fn, Args{all, args.n + 1, args.kwnames});
  delete[] all;
  decref(d);
  return r;
}

int slot_truth(VM& vm, Value self) {
  Type* t = type_of(self);
  Value d = type_lookup(t, g_names.bool_);
  if (d && !is_none(d)) {
    incref(d);
    Value r = call_special(vm, d, self, nullptr, 0);
    decref(d);
    if (!r) return -1;
    if (!is_bool(r)) {
      raisef(vm, &TypeErrorType, "__bool__ should return bool, returned %s", tname(r));
      decref(r);
      return -1;
    }
    int b = r.obj() == g_true;
    decref(r);
    return b;
  }
  d = type_lookup(t, g_names.len);
  if (d) {
    int64_t n = slot_len(vm, self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

int64_t slot_len(VM& vm, Value self) {
  Value r = dunder_or_error(vm, self, g_names.len, nullptr, 0);
  if (!r) return -1;
  Value idx = number_index(vm, r);
  decref(r);
  if (!idx) return -1;
  bool overflow = false;
  int64_t n = int_as_i64(idx, &overflow);
  int sign = int_sign(idx);
  decref(idx);
  if (sign < 0) {
    raise(vm, &ValueErrorType, "__len__() should return >= 0");
    return -1;
  }
  if (overflow) {
    raise(vm, &OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return n;
}

Value slot_getitem(VM& vm, Value self, Value key) { return dunder_or_error(vm, self, g_names.getitem, &key, 1); }

bool slot_setitem(VM& vm, Value self, Value key, Value v) {
  Value r;
  if (v) {
    Value args[2] = {key, v};
    r = dunder_or_error(vm, self, g_names.setitem, args, 2);
  } else {
    r = dunder_or_error(vm, self, g_names.delitem, &key, 1);
  }
  if (!r) return false;
  decref(r);
  return true;
}

int slot_contains(VM& vm, Value self, Value item) {
  Value d = type_lookup(type_of(self), g_names.contains);
  if (d && is_none(d)) {  // `__contains__ = None` opts out of the protocol
    raisef(vm, &TypeErrorType, "'%s' object is not a container", tname(self));
    return -1;
  }
  bool found;
  Value r = call_dunder(vm, self, g_names.contains, &item, 1, &found);
  if (!found) {
    // fall back to iteration (like CPython's _PySequence_IterSearch)
    Value it = get_iter(vm, self);
    if (!it) return -1;
    for (;;) {
      Value x = iter_next(vm, it);
      if (x.is_iter_done()) break;
      if (!x) {
        decref(it);
        return -1;
      }
      int eq = values_equal(vm, x, item);
      decref(x);
      if (eq != 0) {
        decref(it);
        return eq;
      }
    }
    decref(it);
    return 0;
  }
  if (!r) return -1;
  int t = truthy(vm, r);
  decref(r);
  return t;
}

Value slot_index(VM& vm, Value self) { return dunder_or_error(vm, self, g_names.index, nullptr, 0); }
Value slot_int(VM& vm, Value self) { return dunder_or_error(vm, self, g_names.int_, nullptr, 0); }
Value slot_float(VM& vm, Value self) { return dunder_or_error(vm, self, g_names.float_, nullptr, 0); }

Value slot_pow3(VM& vm, Value a, Value b, Value mod) {
  // Three-argument pow only tries the left operand's __pow__.
  if (type_of(a)->number && type_of(a)->number->pow3 == slot_pow3) {
    bool found;
    Value args[2] = {b, mod};
    Value r = call_dunder(vm, a, binop_name(kPow, 0), args, 2, &found);
    if (found) return r;
  }
  return new_not_implemented();
}

namespace {

bool method_is_overloaded(Type* left, Type* right, Str* name) {
  Value a = type_lookup(right, name);
  if (!a) return false;
  Value b = type_lookup(left, name);
  return !b || a != b;
}

// CPython's SLOT1BINFULL: the slot for op on a heap type, called as slot(a, b) for both
// operand orders; decides whether a's forward or b's reflected method applies.
template <int OP>
Value slot_binary(VM& vm, Value a, Value b) {
  Str* fwd = binop_name(OP, 0);
  Str* rev = binop_name(OP, 1);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto ours = [](Type* t) { return t->number && t->number->binary[OP] == &slot_binary<OP>; };
  bool do_other = ta != tb && ours(tb) && type_lookup(tb, rev);
  if (ours(ta) && type_lookup(ta, fwd)) {
    if (do_other && is_subtype(tb, ta) && method_is_overloaded(ta, tb, rev)) {
      bool found;
      Value r = call_dunder(vm, b, rev, &a, 1, &found);
      if (!r || !is_not_implemented(r)) return r;
      decref(r);
      do_other = false;
    }
    bool found;
    Value r = call_dunder(vm, a, fwd, &b, 1, &found);
    if (!r || !is_not_implemented(r) || ta == tb) return r;
    decref(r);
  }
  if (do_other) {
    bool found;
    return call_dunder(vm, b, rev, &a, 1, &found);
  }
  return new_not_implemented();
}

template <int OP>
Value slot_inplace(VM& vm, Value a, Value b) {
  bool found;
  Value r = call_dunder(vm, a, binop_name(OP, 2), &b, 1, &found);
  if (!found) return new_not_implemented();
  return r;
}

template <int OP>
Value slot_unary(VM& vm, Value a) {
  return dunder_or_error(vm, a, unary_name(UnaryOp(OP)), nullptr, 0);
}

template <int... I> struct Seq {};
template <int... I>
constexpr std::array<Value (*)(VM&, Value, Value), sizeof...(I)> binary_table(Seq<I...>) {
  return {&slot_binary<I>...};
}

}  // namespace

Value (*const kSlotBinary[kBinOpCount])(VM&, Value, Value) = {
    &slot_binary<0>, &slot_binary<1>, &slot_binary<2>, &slot_binary<3>, &slot_binary<4>,
    &slot_binary<5>, &slot_binary<6>, &slot_binary<7>, &slot_binary<8>, &slot_binary<9>,
    &slot_binary<10>, &slot_binary<11>, &slot_binary<12>};
Value (*const kSlotInplace[kBinOpCount])(VM&, Value, Value) = {
    &slot_inplace<0>, &slot_inplace<1>, &slot_inplace<2>, &slot_inplace<3>, &slot_inplace<4>,
    &slot_inplace<5>, &slot_inplace<6>, &slot_inplace<7>, &slot_inplace<8>, &slot_inplace<9>,
    &slot_inplace<10>, &slot_inplace<11>, &slot_inplace<12>};
Value (*const kSlotUnary[kUnaryOpCount])(VM&, Value) = {&slot_unary<0>, &slot_unary<1>, &slot_unary<2>,
                                                       &slot_unary<3>};

// ============================================================== 4. wrapper descriptors

enum WrapperKind {
  kWrapRepr, kWrapStr, kWrapHash, kWrapCall, kWrapIter, kWrapNext, kWrapInit, kWrapGetattribute,
  kWrapSetattr, kWrapDelattr, kWrapGet, kWrapSet, kWrapDelete, kWrapLen, kWrapBool, kWrapGetitem,
  kWrapSetitem, kWrapDelitem, kWrapContains, kWrapRichcmp /* + op */, kWrapBinary = kWrapRichcmp + 6,
  kWrapRBinary = kWrapBinary + kBinOpCount, kWrapInplace = kWrapRBinary + kBinOpCount,
  kWrapUnary = kWrapInplace + kBinOpCount, kWrapIndex = kWrapUnary + kUnaryOpCount, kWrapInt,
  kWrapFloat, kWrapDivmod, kWrapRDivmod, kWrapPow3, kWrapRPow3, kWrapConcat, kWrapRepeat, kWrapRRepeat,
};

namespace {

bool wrapper_check_self(VM& vm, WrapperDescriptor* d, Value self) {
  if (!is_subtype(type_of(self), d->owner)) {
    raisef(vm, &TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", d->name->data,
           type_name(d->owner), tname(self));
    return false;
  }
  return true;
}

bool want_args(VM& vm, WrapperDescriptor* d, Args a, uint32_t n) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "wrapper %s() takes no keyword arguments", d->name->data);
    return false;
  }
  if (a.n != n) {
    if (n == 0)
      raisef(vm, &TypeErrorType, "expected 0 arguments, got %u", a.n);
    else
      raisef(vm, &TypeErrorType, "expected %u argument%s, got %u", n, n == 1 ? "" : "s", a.n);
    return false;
  }
  return true;
}

Value bool_result(int r) { return r < 0 ? Value() : new_bool(r != 0); }
Value none_result(bool ok) { return ok ? new_none() : Value(); }

}  // namespace

// Calls the wrapped slot with self and the rest of the arguments.
Value wrapper_call(VM& vm, WrapperDescriptor* d, Value self, Args a) {
  if (!wrapper_check_self(vm, d, self)) return Value();
  int k = d->kind;
  void* s = d->slot;
  switch (k) {
    case kWrapRepr:
    case kWrapStr:
    case kWrapIter:
    case kWrapIndex:
    case kWrapInt:
    case kWrapFloat:
      if (!want_args(vm, d, a, 0)) return Value();
      return reinterpret_cast<Value (*)(VM&, Value)>(s)(vm, self);
    case kWrapNext: {
      if (!want_args(vm, d, a, 0)) return Value();
      Value r = reinterpret_cast<Value (*)(VM&, Value)>(s)(vm, self);
      if (r.is_iter_done()) return raise_stop_iteration(vm, Value());
      return r;
    }
    case kWrapHash: {
      if (!want_args(vm, d, a, 0)) return Value();
      int64_t h;
      if (!reinterpret_cast<bool (*)(VM&, Value, int64_t*)>(s)(vm, self, &h)) return Value();
      return int_from_i64(h);
    }
    case kWrapCall:
      return reinterpret_cast<Value (*)(VM&, Value, Args)>(s)(vm, self, a);
    case kWrapInit:
      return none_result(reinterpret_cast<bool (*)(VM&, Value, Args)>(s)(vm, self, a));
    case kWrapGetattribute:
      if (!want_args(vm, d, a, 1)) return Value();
      if (!is_str(a[0]))
        return raisef(vm, &TypeErrorType, "attribute name must be string, not '%s'", tname(a[0]));
      return reinterpret_cast<Value (*)(VM&, Value, Str*)>(s)(vm, self, as_str(a[0]));
    case kWrapSetattr:
    case kWrapDelattr: {
      if (!want_args(vm, d, a, k == kWrapSetattr ? 2 : 1)) return Value();
      if (!is_str(a[0]))
        return raisef(vm, &TypeErrorType, "attribute name must be string, not '%s'", tname(a[0]));
      Value v = k == kWrapSetattr ? a[1] : Value();
      return none_result(reinterpret_cast<bool (*)(VM&, Value, Str*, Value)>(s)(vm, self, as_str(a[0]), v));
    }
    case kWrapGet: {
      if (a.nkw() || a.n < 1 || a.n > 2) return raise(vm, &TypeErrorType, "expected 1 or 2 arguments");
      Value obj = is_none(a[0]) ? Value() : a[0];
      Value type = a.n > 1 && !is_none(a[1]) ? a[1] : Value();
      if (!obj && !type) return raise(vm, &TypeErrorType, "__get__(None, None) is invalid");
      return reinterpret_cast<Value (*)(VM&, Value, Value, Value)>(s)(vm, self, obj, type);
    }
    case kWrapSet:
      if (!want_args(vm, d, a, 2)) return Value();
      return none_result(reinterpret_cast<bool (*)(VM&, Value, Value, Value)>(s)(vm, self, a[0], a[1]));
    case kWrapDelete:
      if (!want_args(vm, d, a, 1)) return Value();
      return none_result(reinterpret_cast<bool (*)(VM&, Value, Value, Value)>(s)(vm, self, a[0], Value()));
    case kWrapLen: {
      if (!want_args(vm, d, a, 0)) return Value();
      int64_t n = reinterpret_cast<int64_t (*)(VM&, Value)>(s)(vm, self);
      return n < 0 ? Value() : int_from_i64(n);
    }
    case kWrapBool:
      if (!want_args(vm, d, a, 0)) return Value();
      return bool_result(reinterpret_cast<int (*)(VM&, Value)>(s)(vm, self));
    case kWrapGetitem:
      if (!want_args(vm, d, a, 1)) return Value();
      return reinterpret_cast<Value (*)(VM&, Value, Value)>(s)(vm, self, a[0]);
    case kWrapSetitem:
      if (!want_args(vm, d, a, 2)) return Value();
      return none_result(reinterpret_cast<bool (*)(VM&, Value, Value, Value)>(s)(vm, self, a[0], a[1]));
    case kWrapDelitem:
      if (!want_args(vm, d, a, 1)) return Value();
      return none_result(reinterpret_cast<bool (*)(VM&, Value, Value, Value)>(s)(vm, self, a[0], Value()));
    case kWrapContains:
      if (!want_args(vm, d, a, 1)) return Value();
      return bool_result(reinterpret_cast<int (*)(VM&, Value, Value)>(s)(vm, self, a[0]));
    case kWrapDivmod:
    case kWrapRDivmod: {
      if (!want_args(vm, d, a, 1)) return Value();
      auto fn = reinterpret_cast<Value (*)(VM&, Value, Value)>(s);
      return k == kWrapDivmod ? fn(vm, self, a[0]) : fn(vm, a[0], self);
    }
    case kWrapConcat:
      if (!want_args(vm, d, a, 1)) return Value();
      return reinterpret_cast<Value (*)(VM&, Value, Value)>(s)(vm, self, a[0]);
    case kWrapRepeat:
    case kWrapRRepeat: {
      if (!want_args(vm, d, a, 1)) return Value();
      Type* nt = type_of(a[0]);
      if (!(nt->number && nt->number->index) && !is_int(a[0]))
        return raisef(vm, &TypeErrorType, "can't multiply sequence by non-int of type '%s'", type_name(nt));
      int64_t n;
      if (!index_to_i64(vm, a[0], &n, &OverflowErrorType)) return Value();
      return reinterpret_cast<Value (*)(VM&, Value, int64_t)>(s)(vm, self, n);
    }
    case kWrapPow3:
    case kWrapRPow3: {
      if (a.nkw() || a.n < 1 || a.n > 2) return raise(vm, &TypeErrorType, "expected 1 or 2 arguments");
      Value mod = a.n > 1 ? a[1] : none();
      if (k == kWrapPow3) {
        if (is_none(mod)) return reinterpret_cast<Value (*)(VM&, Value, Value)>(type_of(self)->number->binary[kPow])(vm, self, a[0]);
        return reinterpret_cast<Value (*)(VM&, Value, Value, Value)>(s)(vm, self, a[0], mod);
      }
      if (is_none(mod)) return reinterpret_cast<Value (*)(VM&, Value, Value)>(type_of(self)->number->binary[kPow])(vm, a[0], self);
      return reinterpret_cast<Value (*)(VM&, Value, Value, Value)>(s)(vm, a[0], self, mod);
    }
    default:
      break;
  }
  if (k >= kWrapRichcmp && k < kWrapRichcmp + 6) {
    if (!want_args(vm, d, a, 1)) return Value();
    return reinterpret_cast<Value (*)(VM&, Value, Value, CompareOp)>(s)(vm, self, a[0], CompareOp(k - kWrapRichcmp));
  }
  if (k >= kWrapBinary && k < kWrapBinary + kBinOpCount) {
    if (!want_args(vm, d, a, 1)) return Value();
    return reinterpret_cast<Value (*)(VM&, Value, Value)>(s)(vm, self, a[0]);
  }
  if (k >= kWrapRBinary && k < kWrapRBinary + kBinOpCount) {
    if (!want_args(vm, d, a, 1)) return Value();
    return reinterpret_cast<Value (*)(VM&, Value, Value)>(s)(vm, a[0], self);
  }
  if (k >= kWrapInplace && k < kWrapInplace + kBinOpCount) {
    if (!want_args(vm, d, a, 1)) return Value();
    return reinterpret_cast<Value (*)(VM&, Value, Value)>(s)(vm, self, a[0]);
  }
  if (k >= kWrapUnary && k < kWrapUnary + kUnaryOpCount) {
    if (!want_args(vm, d, a, 0)) return Value();
    return reinterpret_cast<Value (*)(VM&, Value)>(s)(vm, self);
  }
  return raise(vm, &SystemErrorType, "bad wrapper");
}

// ============================================================== 5. filling static types' dicts

namespace {

void add_wrapper(Type* t, const char* name, int kind, void* slot) {
  Str* n = intern(name);
  if (dict_get_str(t->dict, n)) return;
  WrapperDescriptor* d = reinterpret_cast<WrapperDescriptor*>(object_alloc(&WrapperDescriptorType, sizeof(WrapperDescriptor)));
  d->owner = t;
  d->name = n;
  d->kind = kind;
  d->slot = slot;
  dict_set_str(t->dict, n, Value(d));
  decref(d);
}

template <class F> void* vp(F f) { return reinterpret_cast<void*>(f); }

}  // namespace

Value tp_new_wrapper(VM& vm, Args args);  // objects/object.cpp

void add_slot_wrappers(Type* t) {
  init_binop_names();
  // A Python-visible __new__ (a builtin bound to the type) for types with their own new_.
  if (t->new_ && (!t->base || t->new_ != t->base->new_)) {
    static MethodDef new_def = {"__new__", tp_new_wrapper, kMethPlain,
                                "Create and return a new object.  See help(type) for accurate signature.", nullptr};
    if (!dict_get_str(t->dict, g_names.new_)) {
      BuiltinFunction* bf = builtin_function_new(&new_def, Value(t), Value());
      dict_set_str(t->dict, g_names.new_, Value(bf));
      decref(bf);
    }
  }
  Type* b = t->base;
  auto own = [b](void* mine, void* base) { return mine && (!b || mine != base); };
  if (own(vp(t->repr), b ? vp(b->repr) : nullptr)) add_wrapper(t, "__repr__", kWrapRepr, vp(t->repr));
  if (own(vp(t->str), b ? vp(b->str) : nullptr)) add_wrapper(t, "__str__", kWrapStr, vp(t->str));
  if (own(vp(t->hash), b ? vp(b->hash) : nullptr)) add_wrapper(t, "__hash__", kWrapHash, vp(t->hash));
  if (own(vp(t->call), b ? vp(b->call) : nullptr)) add_wrapper(t, "__call__", kWrapCall, vp(t->call));
  if (own(vp(t->iter), b ? vp(b->iter) : nullptr)) add_wrapper(t, "__iter__", kWrapIter, vp(t->iter));
  if (own(vp(t->next), b ? vp(b->next) : nullptr)) add_wrapper(t, "__next__", kWrapNext, vp(t->next));
  if (own(vp(t->init), b ? vp(b->init) : nullptr)) add_wrapper(t, "__init__", kWrapInit, vp(t->init));
  if (own(vp(t->getattr), b ? vp(b->getattr) : nullptr))
    add_wrapper(t, "__getattribute__", kWrapGetattribute, vp(t->getattr));
  if (own(vp(t->setattr), b ? vp(b->setattr) : nullptr)) {
    add_wrapper(t, "__setattr__", kWrapSetattr, vp(t->setattr));
    add_wrapper(t, "__delattr__", kWrapDelattr, vp(t->setattr));
  }
  if (own(vp(t->descr_get), b ? vp(b->descr_get) : nullptr)) add_wrapper(t, "__get__", kWrapGet, vp(t->descr_get));
  if (own(vp(t->descr_set), b ? vp(b->descr_set) : nullptr)) {
    add_wrapper(t, "__set__", kWrapSet, vp(t->descr_set));
    add_wrapper(t, "__delete__", kWrapDelete, vp(t->descr_set));
  }
  if (own(vp(t->len), b ? vp(b->len) : nullptr)) add_wrapper(t, "__len__", kWrapLen, vp(t->len));
  if (t->number && own(vp(t->truth), b ? vp(b->truth) : nullptr)) add_wrapper(t, "__bool__", kWrapBool, vp(t->truth));
  if (own(vp(t->getitem), b ? vp(b->getitem) : nullptr)) add_wrapper(t, "__getitem__", kWrapGetitem, vp(t->getitem));
  if (own(vp(t->setitem), b ? vp(b->setitem) : nullptr)) {
    add_wrapper(t, "__setitem__", kWrapSetitem, vp(t->setitem));
    add_wrapper(t, "__delitem__", kWrapDelitem, vp(t->setitem));
  }
  if (own(vp(t->contains), b ? vp(b->contains) : nullptr))
    add_wrapper(t, "__contains__", kWrapContains, vp(t->contains));
  if (own(vp(t->concat), b ? vp(b->concat) : nullptr)) add_wrapper(t, "__add__", kWrapConcat, vp(t->concat));
  if (own(vp(t->repeat), b ? vp(b->repeat) : nullptr)) {
    add_wrapper(t, "__mul__", kWrapRepeat, vp(t->repeat));
    add_wrapper(t, "__rmul__", kWrapRRepeat, vp(t->repeat));
  }
  if (own(vp(t->richcompare), b ? vp(b->richcompare) : nullptr)) {
    static const char* const cmp[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; ++i) add_wrapper(t, cmp[i], kWrapRichcmp + i, vp(t->richcompare));
  }
  if (t->number && (!b || t->number != b->number)) {
    NumberSlots* n = t->number;
    NumberSlots* bn = b ? b->number : nullptr;
    for (int i = 0; i < kBinOpCount; ++i) {
      if (n->binary[i] && (!bn || n->binary[i] != bn->binary[i])) {
        if (i == kPow && n->pow3) {
          add_wrapper(t, "__pow__", kWrapPow3, vp(n->pow3));
          add_wrapper(t, "__rpow__", kWrapRPow3, vp(n->pow3));
        } else {
          add_wrapper(t, g_binop_names[i][0]->data, kWrapBinary + i, vp(n->binary[i]));
          add_wrapper(t, g_binop_names[i][1]->data, kWrapRBinary + i, vp(n->binary[i]));
        }
      }
      if (n->inplace[i] && (!bn || n->inplace[i] != bn->inplace[i]))
        add_wrapper(t, g_binop_names[i][2]->data, kWrapInplace + i, vp(n->inplace[i]));
    }
    for (int i = 0; i < kUnaryOpCount; ++i)
      if (n->unary[i] && (!bn || n->unary[i] != bn->unary[i]))
        add_wrapper(t, g_unary_names[i]->data, kWrapUnary + i, vp(n->unary[i]));
    if (n->index && (!bn || n->index != bn->index)) add_wrapper(t, "__index__", kWrapIndex, vp(n->index));
    if (n->to_int && (!bn || n->to_int != bn->to_int)) add_wrapper(t, "__int__", kWrapInt, vp(n->to_int));
    if (n->to_float && (!bn || n->to_float != bn->to_float)) add_wrapper(t, "__float__", kWrapFloat, vp(n->to_float));
    if (n->divmod && (!bn || n->divmod != bn->divmod)) {
      add_wrapper(t, "__divmod__", kWrapDivmod, vp(n->divmod));
      add_wrapper(t, "__rdivmod__", kWrapRDivmod, vp(n->divmod));
    }
  }
}

Value make_method_descriptor(Type* owner, const MethodDef* def);      // objects/descriptors.cpp
Value make_getset_descriptor(Type* owner, const GetSetDef* def);
Value make_member_descriptor(Type* owner, const MemberDef* def);

void add_method_table(Type* t) {
  if (t->methods) {
    for (const MethodDef* m = t->methods; m->name; ++m) {
      Str* name = intern(m->name);
      if (dict_get_str(t->dict, name)) continue;
      Value d = make_method_descriptor(t, m);
      dict_set_str(t->dict, name, d);
      decref(d);
    }
  }
  if (t->getsets) {
    for (const GetSetDef* g = t->getsets; g->name; ++g) {
      Str* name = intern(g->name);
      if (dict_get_str(t->dict, name)) continue;
      Value d = make_getset_descriptor(t, g);
      dict_set_str(t->dict, name, d);
      decref(d);
    }
  }
  if (t->members) {
    for (const MemberDef* m = t->members; m->name; ++m) {
      Str* name = intern(m->name);
      if (dict_get_str(t->dict, name)) continue;
      Value d = make_member_descriptor(t, m);
      dict_set_str(t->dict, name, d);
      decref(d);
    }
  }
}

// ============================================================== 6. heap type slots from the MRO

namespace {

// The native slot wrapped by the attribute found under `name`, if it is a wrapper of kind `kind`.
void* native_of(Type* t, Str* name, int kind, bool* found) {
  Value v = type_lookup(t, name);
  *found = bool(v);
  if (!v) return nullptr;
  if (type_of(v) == &WrapperDescriptorType && v.as<WrapperDescriptor>()->kind == kind)
    return v.as<WrapperDescriptor>()->slot;
  return nullptr;
}

template <class F> void pick(F* slot, Type* t, const char* name, int kind, F python) {
  bool found;
  void* native = native_of(t, intern(name), kind, &found);
  if (!found) {
    *slot = nullptr;
  } else if (native) {
    *slot = reinterpret_cast<F>(native);
  } else {
    *slot = python;
  }
}

}  // namespace

void type_update_slots(Type* t) {
  init_binop_names();
  bool found;
  pick(&t->repr, t, "__repr__", kWrapRepr, &slot_repr);
  pick(&t->str, t, "__str__", kWrapStr, &slot_str);
  {
    Value h = type_lookup(t, g_names.hash);
    if (!h || is_none(h)) t->hash = nullptr;
    else pick(&t->hash, t, "__hash__", kWrapHash, &slot_hash);
  }
  pick(&t->call, t, "__call__", kWrapCall, &slot_call);
  {
    Value it = type_lookup(t, g_names.iter);
    if (it && is_none(it)) t->iter = nullptr;
    else pick(&t->iter, t, "__iter__", kWrapIter, &slot_iter);
  }
  pick(&t->next, t, "__next__", kWrapNext, &slot_next);
  pick(&t->init, t, "__init__", kWrapInit, &slot_init);
  {
    Value n = type_lookup(t, g_names.new_);
    if (n && type_of(n) == &BuiltinFunctionType && n.as<BuiltinFunction>()->self.is_obj() &&
        is_type(n.as<BuiltinFunction>()->self)) {
      t->new_ = n.as<BuiltinFunction>()->self.as<Type>()->new_;
    } else if (n) {
      t->new_ = &slot_new;
    }
  }
  {
    void* ga = native_of(t, g_names.getattribute, kWrapGetattribute, &found);
    bool has_getattr = bool(type_lookup(t, g_names.getattr));
    t->getattr = (ga && !has_getattr) ? reinterpret_cast<Value (*)(VM&, Value, Str*)>(ga) : &slot_getattr_hook;
  }
  {
    bool f1, f2;
    void* sa = native_of(t, g_names.setattr, kWrapSetattr, &f1);
    void* da = native_of(t, g_names.delattr, kWrapDelattr, &f2);
    t->setattr = (sa && da && sa == da) ? reinterpret_cast<bool (*)(VM&, Value, Str*, Value)>(sa) : &slot_setattr;
  }
  pick(&t->descr_get, t, "__get__", kWrapGet, &slot_descr_get);
  {
    bool f1, f2;
    void* s1 = native_of(t, g_names.set, kWrapSet, &f1);
    void* s2 = native_of(t, g_names.delete_, kWrapDelete, &f2);
    if (!f1 && !f2) t->descr_set = nullptr;
    else if (s1 && (s2 || !f2)) t->descr_set = reinterpret_cast<bool (*)(VM&, Value, Value, Value)>(s1);
    else t->descr_set = &slot_descr_set;
  }
  pick(&t->len, t, "__len__", kWrapLen, &slot_len);
  {
    bool fb, fl;
    void* nb = native_of(t, g_names.bool_, kWrapBool, &fb);
    native_of(t, g_names.len, kWrapLen, &fl);
    if (fb) t->truth = nb ? reinterpret_cast<int (*)(VM&, Value)>(nb) : &slot_truth;
    else if (fl) t->truth = t->len == &slot_len ? &slot_truth : nullptr;
    else t->truth = nullptr;
  }
  pick(&t->getitem, t, "__getitem__", kWrapGetitem, &slot_getitem);
  {
    bool f1, f2;
    void* s1 = native_of(t, g_names.setitem, kWrapSetitem, &f1);
    void* s2 = native_of(t, g_names.delitem, kWrapDelitem, &f2);
    if (!f1 && !f2) t->setitem = nullptr;
    else if (s1 && s2 && s1 == s2) t->setitem = reinterpret_cast<bool (*)(VM&, Value, Value, Value)>(s1);
    else t->setitem = &slot_setitem;
  }
  pick(&t->contains, t, "__contains__", kWrapContains, &slot_contains);
  {
    static const char* const cmp[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    void* native = nullptr;
    bool python = false, any = false;
    for (int i = 0; i < 6; ++i) {
      void* s = native_of(t, intern(cmp[i]), kWrapRichcmp + i, &found);
      if (!found) continue;
      any = true;
      if (!s) python = true;
      else if (!native) native = s;
      else if (native != s) python = true;
    }
    if (!any) t->richcompare = nullptr;
    else if (python) t->richcompare = &slot_richcompare;
    else t->richcompare = reinterpret_cast<Value (*)(VM&, Value, Value, CompareOp)>(native);
  }
  // Number slots: heap types own their NumberSlots.
  NumberSlots* n = t->number;
  if (!n || (t->base && n == t->base->number)) {
    n = new NumberSlots();
    t->number = n;
  }
  for (int i = 0; i < kBinOpCount; ++i) {
    bool ff, fr;
    void* sf = native_of(t, g_binop_names[i][0], kWrapBinary + i, &ff);
    void* sr = native_of(t, g_binop_names[i][1], kWrapRBinary + i, &fr);
    if (i == kPow) {
      bool f3, f4;
      void* p3 = native_of(t, g_binop_names[i][0], kWrapPow3, &f3);
      void* p4 = native_of(t, g_binop_names[i][1], kWrapRPow3, &f4);
      if (p3) { sf = nullptr; ff = true; }
      if (p4) { sr = nullptr; fr = true; }
      bool native_pow = (p3 || !f3) && (p4 || !f4) && (p3 || p4);
      if (native_pow) {
        Type* owner = nullptr;
        for (Type* b = t->base; b && !owner; b = b->base)
          if (b->number && b->number->pow3 == p3) owner = b;
        n->binary[i] = owner ? owner->number->binary[i] : &slot_binary<kPow>;
        n->pow3 = reinterpret_cast<Value (*)(VM&, Value, Value, Value)>(p3 ? p3 : p4);
        continue;
      }
      n->pow3 = (ff || fr) ? &slot_pow3 : nullptr;
    }
    if (!ff && !fr) n->binary[i] = nullptr;
    else if ((sf || !ff) && (sr || !fr) && (!sf || !sr || sf == sr)) n->binary[i] = reinterpret_cast<Value (*)(VM&, Value, Value)>(sf ? sf : sr);
    else n->binary[i] = kSlotBinary[i];
    bool fi;
    void* si = native_of(t, g_binop_names[i][2], kWrapInplace + i, &fi);
    n->inplace[i] = !fi ? nullptr : si ? reinterpret_cast<Value (*)(VM&, Value, Value)>(si) : kSlotInplace[i];
  }
  for (int i = 0; i < kUnaryOpCount; ++i) {
    bool fu;
    void* su = native_of(t, g_unary_names[i], kWrapUnary + i, &fu);
    n->unary[i] = !fu ? nullptr : su ? reinterpret_cast<Value (*)(VM&, Value)>(su) : kSlotUnary[i];
  }
  pick(&n->index, t, "__index__", kWrapIndex, &slot_index);
  pick(&n->to_int, t, "__int__", kWrapInt, &slot_int);
  pick(&n->to_float, t, "__float__", kWrapFloat, &slot_float);
  {
    bool f1, f2;
    void* d1 = native_of(t, g_names.divmod, kWrapDivmod, &f1);
    void* d2 = native_of(t, g_names.rdivmod, kWrapRDivmod, &f2);
    if (!f1 && !f2) n->divmod = nullptr;
    else if ((d1 || !f1) && (d2 || !f2)) n->divmod = reinterpret_cast<Value (*)(VM&, Value, Value)>(d1 ? d1 : d2);
    else n->divmod = kSlotBinary[kFloorDiv] ? nullptr : nullptr;  // Python __divmod__: handled by divmod()
  }
  if (type_lookup(t, g_names.del)) t->flags |= kTypeHasFinalizer;
  else t->flags &= ~kTypeHasFinalizer;
}

void type_update_slot_for(Type* t, Str* name) {
  if (name->size < 5 || name->data[0] != '_' || name->data[1] != '_') return;
  type_update_slots(t);
  if (t->subclasses) {
    for (Type* s : *static_cast<std::vector<Type*>*>(t->subclasses)) type_update_slot_for(s, name);
  }
}

}  // namespace coil
