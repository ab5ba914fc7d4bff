// stackless.cpp - operator, container, iteration and with-statement paths used by the opcodes:
// Python dunders become frames (or coroutine NativeFrames) instead of nested runs.
#include "vm/stackless.h"

#include <vector>

#include "objects/generator.h"
#include "objects/textio.h"
#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/slots.h"

namespace coil {

Co<Value> binary_op_co(VM& vm, Value a, Value b, int op);   // vm/ops_co.cpp
Co<Value> compare_co(VM& vm, Value a, Value b, CompareOp op);
std::string function_str(VM& vm, Value func);                // objects/function_str.cpp

namespace {

Value pending_native(VM& vm, Co<Value> co) {
  vm.pending_frame = native_frame_new(vm, std::move(co));
  return Value::pending();
}

bool has_python_binary(Type* t, int op) {
  if (!t->number) return false;
  int base = op >= kInplace ? op - kInplace : op;
  if (t->number->binary[base] == kSlotBinary[base]) return true;
  if (op >= kInplace && t->number->inplace[base] == kSlotInplace[base]) return true;
  if (base == kPow && t->number->pow3 == slot_pow3) return true;
  return false;
}

Value g_send_return;

}  // namespace

Value take_send_return() {
  Value v = g_send_return;
  g_send_return = Value();
  return v ? v : new_none();
}

// -------------------------------------------------------------------------- operators

Value unary_op_stackless(VM& vm, Value v, UnaryOp op) {
  Type* t = type_of(v);
  if (t->number && t->number->unary[op] == kSlotUnary[op]) {
    Value d = type_lookup(t, unary_name(op));
    if (d) return call_special_stackless(vm, d, v, nullptr, 0);
  }
  return unary_op(vm, v, op);
}

Value binary_op_stackless(VM& vm, Value a, Value b, int op) {
  if (has_python_binary(type_of(a), op) || has_python_binary(type_of(b), op)) {
    return pending_native(vm, binary_op_co(vm, a, b, op));
  }
  return binary_op(vm, a, b, op);
}

Value compare_stackless(VM& vm, Value a, Value b, CompareOp op) {
  if (type_of(a)->richcompare == slot_richcompare || type_of(b)->richcompare == slot_richcompare) {
    return pending_native(vm, compare_co(vm, a, b, op));
  }
  return rich_compare(vm, a, b, op);
}

Value get_item_stackless(VM& vm, Value container, Value key) {
  Type* t = type_of(container);
  if (t->getitem == slot_getitem) {
    Value d = type_lookup(t, g_names.getitem);
    if (d) return call_special_stackless(vm, d, container, &key, 1);
  }
  return get_item(vm, container, key);
}

Value set_item_stackless(VM& vm, Value container, Value key, Value v) {
  Type* t = type_of(container);
  if (t->setitem == slot_setitem) {
    Value d = type_lookup(t, v ? g_names.setitem : g_names.delitem);
    if (d) {
      Value args[2] = {key, v};
      return call_special_stackless(vm, d, container, args, v ? 2 : 1);
    }
  }
  if (!set_item(vm, container, key, v)) return Value();
  return new_none();
}

// -------------------------------------------------------------------------- iteration

Value get_iter_stackless(VM& vm, Value v) {
  Type* t = type_of(v);
  if (t->iter == slot_iter) {
    Value d = type_lookup(t, g_names.iter);
    if (d && type_of(d) == &FunctionType) return call_special_stackless(vm, d, v, nullptr, 0);
  }
  return get_iter(vm, v);
}

Value for_iter_next(VM& vm, Value it) {
  Type* t = type_of(it);
  if (t == &GeneratorType) {
    Frame* f = generator_prepare_resume(vm, it.as<Generator>(), none(), nullptr);
    if (!f) return has_error(vm) ? Value() : Value::iter_done();
    vm.pending_frame = f;
    return Value::pending();
  }
  if (t->next == slot_next) {
    Value d = type_lookup(t, g_names.next);
    if (d && type_of(d) == &FunctionType) return call_special_stackless(vm, d, it, nullptr, 0);
  }
  if (t == &ConsoleStreamType) return console_stream_next_stackless(vm, it);
  if (!t->next) return raisef(vm, &TypeErrorType, "'%s' object is not an iterator", type_name(t));
  return t->next(vm, it);
}

bool is_async_awaitable(Value v);                              // objects/asyncgen.cpp
Value async_awaitable_send(VM& vm, Value receiver, Value v);

// SEND: generators and coroutines are resumed as frames, the asend/athrow/anext awaitables run as
// NativeFrames, Python send()/__next__ as frames. A StopIteration from any of them ends the
// await (exception unwinding at SEND, vm/interp.cpp).
Value send_stackless(VM& vm, Value receiver, Value v) {
  Type* t = type_of(receiver);
  if (t == &CoroutineWrapperType) {
    receiver = coroutine_wrapper_target(receiver);
    t = &CoroutineType;
  }
  if (t == &GeneratorType || t == &CoroutineType) {
    Generator* g = receiver.as<Generator>();
    Frame* f = generator_prepare_resume(vm, g, v, nullptr);
    if (!f) {
      if (has_error(vm)) return Value();
      g_send_return = new_none();
      return Value::iter_done();
    }
    vm.pending_frame = f;
    return Value::pending();
  }
  if (is_async_awaitable(receiver)) return async_awaitable_send(vm, receiver, v);
  Value r;
  if (is_none(v) && t->next) {
    if (t->next == slot_next) {
      Value d = type_lookup(t, g_names.next);
      if (d && type_of(d) == &FunctionType) return call_special_stackless(vm, d, receiver, nullptr, 0);
    }
    r = t->next(vm, receiver);
  } else {
    Value m = get_attr(vm, receiver, g_names.send);
    if (!m) return Value();
    r = call_stackless(vm, m, Value(), Args{&v, 1, nullptr});
    decref(m);
    if (r.is_pending()) return r;
    if (!r && error_matches(vm, &StopIterationType)) {
      Object* e = take_error(vm);
      BaseException* be = reinterpret_cast<BaseException*>(e);
      g_send_return = newref(be->extra[0] ? be->extra[0] : none());
      decref(e);
      return Value::iter_done();
    }
  }
  if (r.is_iter_done()) g_send_return = new_none();
  return r;
}

// -------------------------------------------------------------------------- with

Value before_with(VM& vm, Value mgr, Value* exit_out) {
  Type* t = type_of(mgr);
  Value enter = type_lookup(t, g_names.enter);
  if (!enter) return raisef(vm, &TypeErrorType, "'%s' object does not support the context manager protocol", type_name(t));
  Value exit = lookup_special(vm, mgr, g_names.exit);
  if (!exit) {
    if (has_error(vm)) return Value();
    return raisef(vm, &TypeErrorType,
                  "'%s' object does not support the context manager protocol (missed __exit__ method)", type_name(t));
  }
  *exit_out = exit;
  incref(enter);
  Value r = call_special_stackless(vm, enter, mgr, nullptr, 0);
  decref(enter);
  if (!r) {
    decref(exit);
    *exit_out = Value();
  }
  return r;
}

Value with_exit_call(VM& vm, Value exit_fn, Value exc) {
  Value tb = exc.as<BaseException>()->traceback;
  Value args[3] = {Value(type_of(exc)), exc, tb ? tb : none()};
  return call_stackless(vm, exit_fn, Value(), Args{args, 3, nullptr});
}

// -------------------------------------------------------------------------- names

Value mapping_lookup_name(VM& vm, Value mapping, Str* name) {
  if (!mapping) return Value();
  if (is_dict_exact(mapping)) {
    Value v = dict_get_str(mapping.as<Dict>(), name);
    return v ? newref(v) : Value();
  }
  Value r = get_item(vm, mapping, Value(name));
  if (!r && error_matches(vm, &KeyErrorType)) clear_error(vm);
  return r;
}

bool mapping_store_name(VM& vm, Value mapping, Str* name, Value v) {
  if (!mapping) {
    raisef(vm, &SystemErrorType, "no locals found when storing '%s'", name->data);
    return false;
  }
  if (is_dict_exact(mapping)) {
    if (!dict_set_str(mapping.as<Dict>(), name, v)) {
      raise_memory_error(vm);
      return false;
    }
    return true;
  }
  return set_item(vm, mapping, Value(name), v);
}

int mapping_delete_name(VM& vm, Value mapping, Str* name) {
  if (is_dict_exact(mapping)) return dict_del_str(mapping.as<Dict>(), name);
  if (set_item(vm, mapping, Value(name), Value())) return 1;
  if (error_matches(vm, &KeyErrorType)) {
    clear_error(vm);
    return 0;
  }
  return -1;
}

// -------------------------------------------------------------------------- containers

bool list_extend(VM& vm, List* l, Value iterable, bool star_unpack) {
  if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
    Value* items;
    int64_t n;
    if (is_list_exact(iterable)) {
      items = iterable.as<List>()->items;
      n = iterable.as<List>()->size;
    } else {
      items = iterable.as<Tuple>()->items;
      n = iterable.as<Tuple>()->size;
    }
    if (!list_reserve(vm, l, l->size + n)) return false;
    // items may alias l's own storage (l.extend(l)): copy by index
    for (int64_t i = 0; i < n; ++i) {
      Value v = is_list_exact(iterable) ? iterable.as<List>()->items[i] : items[i];
      l->items[l->size++] = newref(v);
    }
    return true;
  }
  Type* t = type_of(iterable);
  if (star_unpack && !t->iter && !t->getitem) {
    raisef(vm, &TypeErrorType, "Value after * must be an iterable, not %s", type_name(t));
    return false;
  }
  return for_each_item(vm, iterable, [&](Value item) { return list_append(vm, l, item); });
}

bool set_update(VM& vm, Set* s, Value iterable) {
  return for_each_item(vm, iterable, [&](Value item) { return set_add(vm, s, item) == 0; });
}

bool dict_update_from_mapping(VM& vm, Dict* d, Value other, bool merge, Value callable) {
  if (is_dict(other)) {
    Dict* o = other.as<Dict>();
    int64_t pos = 0;
    Value k, v;
    while (dict_next(o, &pos, &k, &v)) {
      if (merge) {
        int has = dict_contains(vm, d, k);
        if (has < 0) return false;
        if (has) {
          std::string fs = function_str(vm, callable);
          raisef(vm, &TypeErrorType, "%s got multiple values for keyword argument '%s'", fs.c_str(),
                 is_str(k) ? as_str(k)->data : "?");
          return false;
        }
      }
      incref(k);
      incref(v);
      bool ok = dict_set(vm, d, k, v);
      decref(k);
      decref(v);
      if (!ok) return false;
    }
    return true;
  }
  Value keys = get_attr_opt(vm, other, g_names.keys);
  if (!keys) {
    if (has_error(vm)) return false;
    if (merge) {
      std::string fs = function_str(vm, callable);
      raisef(vm, &TypeErrorType, "%s argument after ** must be a mapping, not %s", fs.c_str(), tname(other));
    } else {
      raisef(vm, &TypeErrorType, "'%s' object is not a mapping", tname(other));
    }
    return false;
  }
  Value klist = call0(vm, keys);
  decref(keys);
  if (!klist) return false;
  bool ok = for_each_item(vm, klist, [&](Value k) {
    if (merge) {
      int has = dict_contains(vm, d, k);
      if (has < 0) return false;
      if (has) {
        std::string fs = function_str(vm, callable);
        raisef(vm, &TypeErrorType, "%s got multiple values for keyword argument '%s'", fs.c_str(),
               is_str(k) ? as_str(k)->data : "?");
        return false;
      }
    }
    Value v = get_item(vm, other, k);
    if (!v) return false;
    bool r = dict_set(vm, d, k, v);
    decref(v);
    return r;
  });
  decref(klist);
  return ok;
}

bool unpack_iterable(VM& vm, Value seq, int before, int after, Value* out) {
  Type* t = type_of(seq);
  if (!t->iter && !t->getitem) {
    raisef(vm, &TypeErrorType, "cannot unpack non-iterable %s object", type_name(t));
    return false;
  }
  Value it = get_iter(vm, seq);
  if (!it) return false;
  int total = before + (after >= 0 ? 1 + after : 0);
  std::vector<Value> items;
  auto fail = [&]() {
    for (Value v : items) decref(v);
    decref(it);
    return false;
  };
  for (int i = 0; i < before; ++i) {
    Value v = iter_next(vm, it);
    if (!v) return fail();
    if (v.is_iter_done()) {
      if (after < 0)
        raisef(vm, &ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, i);
      else
        raisef(vm, &ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before + after, i);
      return fail();
    }
    items.push_back(v);
  }
  if (after < 0) {
    Value v = iter_next(vm, it);
    if (!v) return fail();
    if (!v.is_iter_done()) {
      decref(v);
      raisef(vm, &ValueErrorType, "too many values to unpack (expected %d)", before);
      return fail();
    }
  } else {
    List* rest = list_new(0);
    for (;;) {
      Value v = iter_next(vm, it);
      if (!v) {
        decref(rest);
        return fail();
      }
      if (v.is_iter_done()) break;
      bool ok = list_append(vm, rest, v);
      decref(v);
      if (!ok) {
        decref(rest);
        return fail();
      }
    }
    if (rest->size < after) {
      raisef(vm, &ValueErrorType, "not enough values to unpack (expected at least %d, got %lld)", before + after,
             static_cast<long long>(before + rest->size));
      decref(rest);
      return fail();
    }
    // move the last `after` items out of the list
    int64_t keep = rest->size - after;
    std::vector<Value> tail(rest->items + keep, rest->items + rest->size);
    rest->size = keep;
    items.push_back(Value(rest));
    for (Value v : tail) items.push_back(v);
  }
  decref(it);
  for (int i = 0; i < total; ++i) out[total - 1 - i] = items[i];
  return true;
}

Value slice_new(Value start, Value stop, Value step);  // objects/slice.cpp (declared here for the loop)

}  // namespace coil
