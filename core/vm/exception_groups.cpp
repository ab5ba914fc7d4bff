// exception_groups.cpp - the VM's exception hooks: `raise X from Y`, except/except* type checks,
// CHECK_EG_MATCH and PREP_RERAISE_STAR (except* semantics), NameError/AttributeError context.
#include <vector>

#include "vm/runtime.h"
#include "vm/stackless.h"

namespace coil {

// objects/exception.cpp: the subgroup of eg made of the leaves in `leaves` (None if empty).
Value exception_group_project(VM& vm, Value eg, const std::vector<Object*>& leaves);

// -------------------------------------------------------------------------- handled exception

Value current_handled_exception(VM& vm) {
  for (ExcInfo* e = vm.task ? vm.task->exc_info : nullptr; e; e = e->prev)
    if (e->exc && !is_none(e->exc)) return e->exc;
  return Value();
}

// -------------------------------------------------------------------------- raise

Value raise_object(VM& vm, Value exc, Value cause, bool has_cause) {
  Ref value;
  if (is_exception_class(exc)) {
    value = Ref(call0(vm, exc));
    if (!value) return Value();
    if (!is_exception_instance(value.get())) {
      Value r1 = repr(vm, exc);
      Value r2 = r1 ? repr(vm, Value(type_of(value.get()))) : Value();
      if (r2)
        raisef(vm, &TypeErrorType, "calling %s should have returned an instance of BaseException, not %s",
               as_str(r1)->data, as_str(r2)->data);
      decref(r1);
      decref(r2);
      return Value();
    }
  } else if (is_exception_instance(exc)) {
    value = Ref::borrow(exc);
  } else {
    return raise(vm, &TypeErrorType, "exceptions must derive from BaseException");
  }
  if (has_cause) {
    Ref fixed;
    if (is_exception_class(cause)) {
      fixed = Ref(call0(vm, cause));
      if (!fixed) return Value();
      // CPython does not check the result's type here either; a non-exception is stored as is.
    } else if (is_exception_instance(cause)) {
      fixed = Ref::borrow(cause);
    } else if (!cause || is_none(cause)) {
      // raise X from None
    } else {
      return raise(vm, &TypeErrorType, "exception causes must derive from BaseException");
    }
    exception_set_cause(as_exc(value.get()), fixed.get());
  }
  return raise_exc(vm, value.get());
}

// -------------------------------------------------------------------------- except clauses

namespace {

constexpr const char* kCannotCatch = "catching classes that do not inherit from BaseException is not allowed";

bool check_except_star_type_valid(VM& vm, Value type) {
  if (!check_except_type_valid(vm, type)) return false;
  bool is_group = false;
  if (is_tuple(type)) {
    Tuple* t = as_tuple(type);
    for (int64_t i = 0; i < t->size && !is_group; ++i) {
      int r = is_subclass(vm, t->items[i], Value(&BaseExceptionGroupType));
      if (r < 0) return false;
      is_group = r > 0;
    }
  } else {
    int r = is_subclass(vm, type, Value(&BaseExceptionGroupType));
    if (r < 0) return false;
    is_group = r > 0;
  }
  if (is_group) {
    raise(vm, &TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  return true;
}

void collect_leaf_ids(Value exc, std::vector<Object*>* out) {
  if (!exc || is_none(exc)) return;
  if (!is_exception_group(exc)) {
    out->push_back(exc.obj());
    return;
  }
  Value ev = as_exc(exc)->extra[exc_slot::kEgExcs];
  if (!ev) return;
  Tuple* t = ev.as<Tuple>();
  for (int64_t i = 0; i < t->size; ++i) collect_leaf_ids(t->items[i], out);
}

bool same_metadata(BaseException* a, BaseException* b) {
  return a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

}  // namespace

bool check_except_type_valid(VM& vm, Value type) {
  if (is_tuple(type)) {
    Tuple* t = as_tuple(type);
    for (int64_t i = 0; i < t->size; ++i)
      if (!is_exception_class(t->items[i])) {
        raise(vm, &TypeErrorType, kCannotCatch);
        return false;
      }
    return true;
  }
  if (!is_exception_class(type)) {
    raise(vm, &TypeErrorType, kCannotCatch);
    return false;
  }
  return true;
}

bool exception_group_match(VM& vm, Value eg, Value type, Value* match, Value* rest) {
  *match = Value();
  *rest = Value();
  if (!check_except_star_type_valid(vm, type)) return false;
  Value m, r;
  if (!eg || is_none(eg)) {
    m = new_none();
    r = new_none();
  } else if (exception_matches(eg, type)) {
    if (is_exception_group(eg)) {
      m = newref(eg);
    } else {
      Tuple* excs = tuple_of({eg});
      Str* empty = str_empty();
      m = exception_group_create(vm, empty, Value(excs));
      decref(empty);
      decref(excs);
      if (!m) return false;
    }
    r = new_none();
  } else if (is_exception_group(eg)) {
    Value pair = call_method1(vm, eg, intern("split"), type);
    if (!pair) return false;
    if (!is_tuple(pair) || as_tuple(pair)->size != 2) {
      decref(pair);
      raise(vm, &TypeErrorType, "split must return a 2-tuple");
      return false;
    }
    m = newref(as_tuple(pair)->items[0]);
    r = newref(as_tuple(pair)->items[1]);
    decref(pair);
  } else {
    m = new_none();
    r = new_none();
  }
  if (is_none(m)) {
    // No match: the stack keeps the original exception below None.
    decref(r);
    r = eg ? newref(eg) : new_none();
  } else if (vm.task) {
    // The handler runs with the matched part as the handled exception (sys.exc_info()).
    ExcInfo* info = vm.task->exc_info;
    Value old = info->exc;
    info->exc = newref(m);
    decref(old);
  }
  *match = m;
  *rest = r;
  return true;
}

Value prep_reraise_star(VM& vm, Value orig, Value excs) {
  if (!is_list(excs)) return raise(vm, &SystemErrorType, "PREP_RERAISE_STAR: excs is not a list");
  List* l = excs.as<List>();
  if (l->size == 0) return new_none();
  if (!is_exception_group(orig)) {
    // A naked exception was caught and wrapped: only one except* clause could have run.
    return newref(l->items[0]);
  }
  std::vector<Value> raised, reraised;
  for (int64_t i = 0; i < l->size; ++i) {
    Value e = l->items[i];
    if (is_none(e)) continue;
    if (!is_exception_instance(e)) continue;
    (same_metadata(as_exc(e), as_exc(orig)) ? reraised : raised).push_back(e);
  }
  std::vector<Object*> leaves;
  for (Value e : reraised) collect_leaf_ids(e, &leaves);
  Value reraised_eg = exception_group_project(vm, orig, leaves);
  if (!reraised_eg) return Value();
  if (raised.empty()) return reraised_eg;
  if (!is_none(reraised_eg)) raised.push_back(reraised_eg);
  Value result;
  if (raised.size() > 1) {
    List* items = list_new(0);
    for (Value e : raised) list_append(vm, items, e);
    Str* empty = str_empty();
    result = exception_group_create(vm, empty, Value(items));
    decref(empty);
    decref(items);
  } else {
    result = newref(raised[0]);
  }
  decref(reraised_eg);
  return result;
}

// -------------------------------------------------------------------------- error context

void set_name_error_name(VM& vm, Str* name) {
  if (!vm.exc || !is_subtype(vm.exc->type, &NameErrorType)) return;
  BaseException* e = static_cast<BaseException*>(vm.exc);
  if (e->extra[exc_slot::kNameName]) return;
  e->extra[exc_slot::kNameName] = newref(Value(name));
}

void set_attribute_error_context(VM& vm, Value obj, Str* name) {
  if (!vm.exc || !is_subtype(vm.exc->type, &AttributeErrorType)) return;
  BaseException* e = static_cast<BaseException*>(vm.exc);
  if (e->extra[exc_slot::kAttrName] || e->extra[exc_slot::kAttrObj]) return;
  e->extra[exc_slot::kAttrName] = newref(Value(name));
  e->extra[exc_slot::kAttrObj] = newref(obj);
}

}  // namespace coil
