// ops_co.cpp - suspendable (coroutine) forms of the operations whose Python dunders need a
// result processed afterwards: binary operators with NotImplemented fallback, rich comparison,
// and calling a class whose __new__ is written in Python.
#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/slots.h"

namespace coil {

Object* instance_alloc(VM& vm, Type* type);
Value binary_op_fallback(VM& vm, Value a, Value b, int op);  // vm/ops.cpp

namespace {

// Calls descr (found on type(self)) with self prepended; suspendable when descr is Python.
CallAwaiter call_special_co(VM& vm, Value descr, Value self, Value* args, uint32_t n) {
  Type* dt = type_of(descr);
  if (dt == &FunctionType || dt == &MethodDescriptorType) return call_co(vm, descr, self, Args{args, n, nullptr});
  if (dt->descr_get) {
    Value bound = dt->descr_get(vm, descr, self, Value(type_of(self)));
    if (!bound) return CallAwaiter{vm, CallPrep{}};
    CallAwaiter aw = call_co(vm, bound, Args{args, n, nullptr});
    decref(bound);
    return aw;
  }
  return call_co(vm, descr, Args{args, n, nullptr});
}

bool method_is_overloaded(Type* left, Type* right, Str* name) {
  Value a = type_lookup(right, name);
  if (!a) return false;
  Value b = type_lookup(left, name);
  return !b || a != b;
}

// slot_binary<OP> (vm/slots.cpp), awaiting the dunders.
Co<Value> slot_binary_co(VM& vm, Value a, Value b, int op) {
  Str* fwd = binop_name(op, 0);
  Str* rev = binop_name(op, 1);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto ours = [op](Type* t) { return t->number && t->number->binary[op] == kSlotBinary[op]; };
  bool do_other = ta != tb && ours(tb) && type_lookup(tb, rev);
  if (ours(ta)) {
    Value f = type_lookup(ta, fwd);
    if (f) {
      if (do_other && is_subtype(tb, ta) && method_is_overloaded(ta, tb, rev)) {
        Value rf = type_lookup(tb, rev);
        Value arg = a;
        Value r = co_await call_special_co(vm, rf, b, &arg, 1);
        if (!r || !is_not_implemented(r)) co_return r;
        decref(r);
        do_other = false;
      }
      Value arg = b;
      Value r = co_await call_special_co(vm, f, a, &arg, 1);
      if (!r || !is_not_implemented(r) || ta == tb) co_return r;
      decref(r);
    }
  }
  if (do_other) {
    Value rf = type_lookup(tb, rev);
    Value arg = a;
    co_return co_await call_special_co(vm, rf, b, &arg, 1);
  }
  co_return new_not_implemented();
}

Co<Value> apply_binary_slot(VM& vm, Value (*slot)(VM&, Value, Value), Value a, Value b, int op) {
  if (slot == kSlotBinary[op]) co_return co_await slot_binary_co(vm, a, b, op);
  co_return slot(vm, a, b);
}

}  // namespace

Co<Value> binary_op_co(VM& vm, Value a, Value b, int op) {
  bool inplace = op >= kInplace;
  int base = inplace ? op - kInplace : op;
  if (inplace) {
    Type* ta = type_of(a);
    if (ta->number && ta->number->inplace[base]) {
      Value r;
      if (ta->number->inplace[base] == kSlotInplace[base]) {
        Value d = type_lookup(ta, binop_name(base, 2));
        Value arg = b;
        // (no co_await inside a conditional expression: g++ 12 miscompiles it)
        if (d) r = co_await call_special_co(vm, d, a, &arg, 1);
        else r = new_not_implemented();
      } else {
        r = ta->number->inplace[base](vm, a, b);
      }
      if (!r || !is_not_implemented(r)) co_return r;
      decref(r);
    }
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto slota = ta->number ? ta->number->binary[base] : nullptr;
  auto slotb = (ta != tb && tb->number) ? tb->number->binary[base] : nullptr;
  if (slotb == slota) slotb = nullptr;
  if (slota) {
    if (slotb && is_subtype(tb, ta)) {
      Value r = co_await apply_binary_slot(vm, slotb, a, b, base);
      if (!r || !is_not_implemented(r)) co_return r;
      decref(r);
      slotb = nullptr;
    }
    Value r = co_await apply_binary_slot(vm, slota, a, b, base);
    if (!r || !is_not_implemented(r)) co_return r;
    decref(r);
  }
  if (slotb) {
    Value r = co_await apply_binary_slot(vm, slotb, a, b, base);
    if (!r || !is_not_implemented(r)) co_return r;
    decref(r);
  }
  // Sequence fallbacks and the error message.
  co_return binary_op_fallback(vm, a, b, op);
}

Co<Value> compare_co(VM& vm, Value a, Value b, CompareOp op) {
  static const CompareOp swapped[6] = {kGT, kGE, kEQ, kNE, kLT, kLE};
  static Str* const* names[6] = {&g_names.lt, &g_names.le, &g_names.eq, &g_names.ne, &g_names.gt, &g_names.ge};
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto apply = [&](Type* t, Value self, Value other, CompareOp o) -> Co<Value> {
    if (t->richcompare == slot_richcompare) {
      Value d = type_lookup(t, *names[o]);
      if (!d) co_return new_not_implemented();
      Value arg = other;
      co_return co_await call_special_co(vm, d, self, &arg, 1);
    }
    co_return t->richcompare(vm, self, other, o);
  };
  bool checked_reverse = false;
  if (ta != tb && is_subtype(tb, ta) && tb->richcompare) {
    checked_reverse = true;
    Value r = co_await apply(tb, b, a, swapped[op]);
    if (!r || !is_not_implemented(r)) co_return r;
    decref(r);
  }
  if (ta->richcompare) {
    Value r = co_await apply(ta, a, b, op);
    if (!r || !is_not_implemented(r)) co_return r;
    decref(r);
  }
  if (!checked_reverse && tb->richcompare) {
    Value r = co_await apply(tb, b, a, swapped[op]);
    if (!r || !is_not_implemented(r)) co_return r;
    decref(r);
  }
  if (op == kEQ) co_return new_bool(a == b);
  if (op == kNE) co_return new_bool(a != b);
  static const char* const symbols[6] = {"<", "<=", "==", "!=", ">", ">="};
  co_return raisef(vm, &TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", symbols[op],
                   type_name(ta), type_name(tb));
}

// type.__call__ for a class whose __new__ is defined in Python.
Co<Value> type_call_co(VM& vm, Type* type, Args args) {
  Value d = type_lookup(type, g_names.new_);
  if (!d) co_return raisef(vm, &TypeErrorType, "cannot create '%s' instances", type_name(type));
  Value fn = d;
  if (type_of(d) == &StaticMethodType) fn = d.as<StaticMethod>()->callable;
  incref(fn);
  Value obj = co_await call_co(vm, fn, Value(type), args);
  decref(fn);
  if (!obj) co_return Value();
  Type* ot = type_of(obj);
  if (!is_subtype(ot, type)) co_return obj;
  if (ot->init == slot_init) {
    Value init = type_lookup(ot, g_names.init);
    if (init) {
      incref(init);
      Value r;
      if (type_of(init) == &FunctionType) {
        r = co_await call_co(vm, init, obj, args);
      } else {
        Value bound = type_of(init)->descr_get ? type_of(init)->descr_get(vm, init, obj, Value(ot)) : newref(init);
        if (bound) r = co_await call_co(vm, bound, args);
        decref(bound);
      }
      decref(init);
      if (!r) {
        decref(obj);
        co_return Value();
      }
      if (!is_none(r)) {
        raisef(vm, &TypeErrorType, "__init__() should return None, not '%s'", tname(r));
        decref(r);
        decref(obj);
        co_return Value();
      }
      decref(r);
    }
  } else if (ot->init && !ot->init(vm, obj, args)) {
    decref(obj);
    co_return Value();
  }
  co_return obj;
}

}  // namespace coil
